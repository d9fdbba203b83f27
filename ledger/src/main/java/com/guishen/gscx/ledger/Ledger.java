package com.guishen.gscx.ledger;

import com.guishen.gscx.events.FixedPoint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of the book in memory: balances, the head of the hash chain, the events booked and
 * the Kafka positions applied. Deterministic and single-writer: {@link #prepare} checks and seals
 * an entry without changing anything; {@link #apply} takes it in once the journal holds it, so a
 * restart that replays the journal through {@link #apply} comes back to exactly this state.
 */
public final class Ledger
{
    private final ChartOfAccounts chart;
    private final HashChain chain = new HashChain();
    private final Balances balances = new Balances();
    private final Set<String> bookedEvents = new HashSet<>();
    private final Map<String, Long> nextOffsets = new LinkedHashMap<>();
    private long lastEntryId;
    private String lastHash = JournalEntry.GENESIS_HASH;
    /** The entry {@link #prepare} sealed last: {@link #apply} need not hash it again. */
    private JournalEntry prepared;

    public Ledger(final ChartOfAccounts chart)
    {
        this.chart = chart;
    }

    public ChartOfAccounts chart()
    {
        return chart;
    }

    /**
     * The next entry, sealed onto the chain, if it keeps every invariant: at least two postings,
     * known accounts, debits equal credits, and no account past its floor afterwards.
     *
     * @throws InvariantViolationException naming the broken invariant; nothing has changed.
     */
    public JournalEntry prepare(final EntryKind kind, final long time, final EntrySource source,
        final List<Posting> postings)
    {
        if (postings.size() < 2)
        {
            throw new InvariantViolationException(source.eventId() + ": an entry needs at least two postings, got " +
                postings.size());
        }
        final Map<String, Long> changes = new HashMap<>();
        long debits = 0;
        long credits = 0;
        try
        {
            for (final Posting posting : postings)
            {
                if (chart.account(posting.account()).isEmpty())
                {
                    throw new InvariantViolationException(source.eventId() + ": unknown account " + posting.account());
                }
                if (posting.side() == Side.DEBIT)
                {
                    debits = Math.addExact(debits, posting.amount());
                }
                else
                {
                    credits = Math.addExact(credits, posting.amount());
                }
                changes.merge(posting.account(), posting.signedAmount(), Math::addExact);
            }
        }
        catch (final ArithmeticException ex)
        {
            throw new InvariantViolationException(source.eventId() + ": amounts overflow");
        }
        if (debits != credits)
        {
            throw new InvariantViolationException(source.eventId() + ": does not balance: debits " +
                EntryCodec.amountText(debits) + ", credits " + EntryCodec.amountText(credits));
        }
        for (final Map.Entry<String, Long> change : changes.entrySet())
        {
            final ChartOfAccounts.Account account = chart.account(change.getKey()).orElseThrow();
            final long before = balances.balance(account.id());
            final long after;
            try
            {
                after = Math.addExact(before, change.getValue());
            }
            catch (final ArithmeticException ex)
            {
                throw new InvariantViolationException(source.eventId() + ": balance of " + account.id() + " overflows");
            }
            if (!account.floor().allows(after))
            {
                throw new InvariantViolationException(source.eventId() + ": " + account.id() + " would go from " +
                    FixedPoint.toString(before, 4) + " to " + FixedPoint.toString(after, 4) + " (" +
                    (account.floor() == AccountFloor.NOT_NEGATIVE ? "it may not go below 0" : "it may not go above 0") + ")");
            }
        }
        prepared = chain.seal(lastEntryId + 1, time, kind, source, postings, lastHash);
        return prepared;
    }

    /** The JSON of the entry {@link #prepare} sealed last, encoded while it was hashed; null for any other entry. */
    EntryEncoder preparedJson(final JournalEntry entry)
    {
        return entry == prepared ? chain.sealedJson(entry) : null;
    }

    /**
     * Takes in the next entry of the chain (one just prepared, or one read back from the journal).
     *
     * @throws IllegalStateException when it does not continue the chain: wrong entryId, prevHash or hash.
     */
    public void apply(final JournalEntry entry)
    {
        if (entry.entryId() != lastEntryId + 1)
        {
            throw new IllegalStateException("entry " + entry.entryId() + " does not follow entry " + lastEntryId);
        }
        if (!entry.prevHash().equals(lastHash))
        {
            throw new IllegalStateException("entry " + entry.entryId() + ": prevHash is not the hash of entry " + lastEntryId);
        }
        if (entry != prepared && !entry.hash().equals(chain.hashOf(entry)))
        {
            throw new IllegalStateException("entry " + entry.entryId() + ": hash does not match its content");
        }
        prepared = null;
        balances.apply(entry);
        bookedEvents.add(entry.source().eventId());
        advance(entry.source());
        lastEntryId = entry.entryId();
        lastHash = entry.hash();
    }

    /** Records that a Kafka record was consumed without an entry (rejected, or refused with an alert). */
    public void skip(final EntrySource source)
    {
        advance(source);
    }

    private void advance(final EntrySource source)
    {
        if (!EntrySource.CONFIG.equals(source.topic()))
        {
            nextOffsets.merge(source.topic() + "/" + source.partition(), source.offset() + 1, Math::max);
        }
    }

    /** Whether an event is booked already. */
    public boolean isBooked(final String eventId)
    {
        return bookedEvents.contains(eventId);
    }

    /** The offset to read a partition from next: one past the last applied, -1 when none was. */
    public long nextOffset(final String topic, final int partition)
    {
        return nextOffsets.getOrDefault(topic + "/" + partition, -1L);
    }

    public long lastEntryId()
    {
        return lastEntryId;
    }

    public String lastHash()
    {
        return lastHash;
    }

    public Balances balances()
    {
        return balances;
    }
}
