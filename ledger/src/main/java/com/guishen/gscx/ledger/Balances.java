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
    private final Map<String, Long> balances = new HashMap<>();

    /** Adds an entry's postings. */
    public void apply(final JournalEntry entry)
    {
        for (final Posting posting : entry.postings())
        {
            balances.merge(posting.account(), posting.signedAmount(), Math::addExact);
        }
    }

    /** An account's balance; 0 for an account no entry has touched. */
    public long balance(final String account)
    {
        return balances.getOrDefault(account, 0L);
    }

    /** Every account with a posting, sorted by account id. */
    public Map<String, Long> all()
    {
        return Collections.unmodifiableMap(new TreeMap<>(balances));
    }

    /** The sum of every balance: 0 as long as every entry balanced. */
    public long trialBalance()
    {
        long sum = 0;
        for (final long balance : balances.values())
        {
            sum = Math.addExact(sum, balance);
        }
        return sum;
    }
}
