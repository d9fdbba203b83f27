package com.guishen.gscx.ledger;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Account balances derived from entries: {@code debits - credits} per account, fixed-point CNY.
 * Not thread-safe: one writer, the ledger's.
 */
public final class Balances
{
    /** A balance that changes in place: no boxing per posting. */
    private static final class Balance
    {
        private long value;
    }

    private final Map<String, Balance> balances = new HashMap<>();

    /** Adds an entry's postings. */
    public void apply(final JournalEntry entry)
    {
        final java.util.List<Posting> postings = entry.postings();
        for (int i = 0, size = postings.size(); i < size; i++)
        {
            final Posting posting = postings.get(i);
            Balance balance = balances.get(posting.account());
            if (balance == null)
            {
                balance = new Balance();
                balances.put(posting.account(), balance);
            }
            balance.value = Math.addExact(balance.value, posting.signedAmount());
        }
    }

    /** An account's balance; 0 for an account no entry has touched. */
    public long balance(final String account)
    {
        final Balance balance = balances.get(account);
        return balance == null ? 0 : balance.value;
    }

    /** Every account with a posting, sorted by account id. */
    public Map<String, Long> all()
    {
        final Map<String, Long> all = new TreeMap<>();
        for (final Map.Entry<String, Balance> balance : balances.entrySet())
        {
            all.put(balance.getKey(), balance.getValue().value);
        }
        return Collections.unmodifiableMap(all);
    }

    /** The sum of every balance: 0 as long as every entry balanced. */
    public long trialBalance()
    {
        long sum = 0;
        for (final Balance balance : balances.values())
        {
            sum = Math.addExact(sum, balance.value);
        }
        return sum;
    }
}
