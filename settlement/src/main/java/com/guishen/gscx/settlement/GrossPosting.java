package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;

/**
 * One change of balance a settlement event makes, as the ledger books it: a participant's cash
 * or escrow, or an exchange's clearing account.
 *
 * @param owner    the participant, or the exchange for CLEARING.
 * @param exchange the exchange the account belongs to.
 * @param account  which of its accounts.
 * @param amount   fixed-point CNY, signed: + debit (the balance grows), - credit.
 */
public record GrossPosting(String owner, ExchangeId exchange, Account account, long amount)
{
    /** The accounts settlement moves money between. */
    public enum Account
    {
        CASH,
        ESCROW,
        CLEARING
    }
}
