package com.guishen.gscx.ledger;

import com.guishen.gscx.config.ExchangeId;

/**
 * Which entries an export or a query wants: a time range and, optionally, one participant's or
 * one exchange's accounts. Whole entries are selected, never single postings, so that every
 * selected entry still balances and carries a hash that can be checked.
 *
 * @param fromTime    first time included, epoch nanoseconds ({@link Long#MIN_VALUE}: no bound).
 * @param toTime      last time excluded, epoch nanoseconds ({@link Long#MAX_VALUE}: no bound).
 * @param participant entries that post to one of its accounts, or null for all.
 * @param exchange    entries that post to an account of the exchange or of its members, or null for all.
 */
public record EntryFilter(long fromTime, long toTime, String participant, ExchangeId exchange)
{
    public static final EntryFilter ALL = new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, null, null);

    /** Whether only a subset of entries in a row can match: participant or exchange given. */
    public boolean selectsAccounts()
    {
        return participant != null || exchange != null;
    }

    public boolean matches(final JournalEntry entry, final ChartOfAccounts chart)
    {
        if (entry.time() < fromTime || entry.time() >= toTime)
        {
            return false;
        }
        if (participant != null && !entry.touches(chart.accountsOf(participant)))
        {
            return false;
        }
        return exchange == null || entry.touches(chart.accountsOf(exchange));
    }
}
