package com.guishen.gscx.ledger;

import java.util.List;

/**
 * One balanced, hash-chained entry of the ledger: the unit the journal stores, Kafka carries on
 * {@code gscx.ledger} and an auditor's export lists.
 *
 * @param entryId  1, 2, 3, ... without gaps: its position in the chain.
 * @param time     the booked event's time, epoch nanoseconds (the engine's clock; 0 for opening balances).
 * @param kind     what it books.
 * @param source   the event it books.
 * @param postings two or more, whose debits equal their credits.
 * @param prevHash the hash of entry {@code entryId - 1}, {@link #GENESIS_HASH} for entry 1.
 * @param hash     SHA-256 of the entry's canonical encoding ({@link EntryCodec#content}), lower-case hex.
 */
public record JournalEntry(
    long entryId,
    long time,
    EntryKind kind,
    EntrySource source,
    List<Posting> postings,
    String prevHash,
    String hash)
{
    /** The prevHash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public JournalEntry
    {
        postings = List.copyOf(postings);
    }

    /** Sum of the debits. */
    public long debits()
    {
        return total(Side.DEBIT);
    }

    /** Sum of the credits. */
    public long credits()
    {
        return total(Side.CREDIT);
    }

    private long total(final Side side)
    {
        long total = 0;
        for (final Posting posting : postings)
        {
            if (posting.side() == side)
            {
                total = Math.addExact(total, posting.amount());
            }
        }
        return total;
    }

    /** Whether any posting goes to one of the accounts. */
    public boolean touches(final java.util.Collection<String> accounts)
    {
        for (final Posting posting : postings)
        {
            if (accounts.contains(posting.account()))
            {
                return true;
            }
        }
        return false;
    }
}
