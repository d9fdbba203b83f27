package com.guishen.gscx.ledger;

import com.guishen.gscx.events.FixedPoint;

import java.util.Objects;

/**
 * One line of a journal entry: an amount debited or credited to one account.
 *
 * @param account the account id, e.g. {@code szai-lab.cash} or {@code SZDE.fees}.
 * @param side    debit or credit.
 * @param amount  fixed-point CNY ({@link FixedPoint}), always > 0.
 */
public record Posting(String account, Side side, long amount)
{
    public Posting
    {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        if (amount <= 0)
        {
            throw new IllegalArgumentException("a posting's amount must be > 0, got " + FixedPoint.toString(amount, 4) +
                " on " + account);
        }
    }

    public static Posting debit(final String account, final long amount)
    {
        return new Posting(account, Side.DEBIT, amount);
    }

    public static Posting credit(final String account, final long amount)
    {
        return new Posting(account, Side.CREDIT, amount);
    }

    /** What it does to its account's balance: +amount for a debit, -amount for a credit. */
    public long signedAmount()
    {
        return side == Side.DEBIT ? amount : -amount;
    }
}
