package com.guishen.gscx.ledger;

import com.guishen.gscx.events.FixedPoint;

import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.LongHashSet;

import java.util.HashMap;
import java.util.HashSet;
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
    private static final long NO_OFFSET = Long.MIN_VALUE;

    private final ChartOfAccounts chart;
    private final HashChain chain = new HashChain();
    private final Balances balances = new Balances();
    /** The fills booked, by trade id: {@code FILL/<tradeId>} without a string per look-up. */
    private final LongHashSet bookedFills = new LongHashSet();
    /** Every other event booked (deposits, settlement events, and any id not of the form {@code FILL/<tradeId>}). */
    private final Set<String> bookedEvents = new HashSet<>();
    /** Per topic, per partition, the next offset to read; {@link #NO_OFFSET} where none was applied. */
    private final Map<String, Long2LongHashMap> nextOffsets = new HashMap<>();
    /** Scratch of {@link #keepsInvariants}: the accounts an entry changes, and by how much. */
    private ChartOfAccounts.Account[] changedAccounts = new ChartOfAccounts.Account[8];
    private long[] changes = new long[8];
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
        if (!keepsInvariants(postings))
        {
            check(source, postings);
        }
        prepared = chain.seal(lastEntryId + 1, time, kind, source, postings, lastHash);
        return prepared;
    }

    /**
     * The booking path's check of the invariants, without allocating: true when the entry keeps
     * them all. When it says false, {@link #check} finds the broken one and names it, exactly as it
     * always has.
     */
    private boolean keepsInvariants(final List<Posting> postings)
    {
        final int size = postings.size();
        if (size < 2)
        {
            return false;
        }
        if (changedAccounts.length < size)
        {
            changedAccounts = new ChartOfAccounts.Account[size];
            changes = new long[size];
        }
        int changed = 0;
        long debits = 0;
        long credits = 0;
        for (int i = 0; i < size; i++)
        {
            final Posting posting = postings.get(i);
            final ChartOfAccounts.Account account = chart.find(posting.account());
            final long amount = posting.amount(); // > 0
            if (account == null)
            {
                return false;
            }
            if (posting.side() == Side.DEBIT)
            {
                if (debits > Long.MAX_VALUE - amount)
                {
                    return false;
                }
                debits += amount;
            }
            else
            {
                if (credits > Long.MAX_VALUE - amount)
                {
                    return false;
                }
                credits += amount;
            }
            int j = 0;
            while (j < changed && changedAccounts[j] != account)
            {
                j++;
            }
            if (j == changed)
            {
                changedAccounts[changed] = account;
                changes[changed++] = 0;
            }
            final long change = changes[j] + posting.signedAmount();
            if (((changes[j] ^ change) & (posting.signedAmount() ^ change)) < 0)
            {
                return false;
            }
            changes[j] = change;
        }
        if (debits != credits)
        {
            return false;
        }
        for (int j = 0; j < changed; j++)
        {
            final ChartOfAccounts.Account account = changedAccounts[j];
            final long before = balances.balance(account.id());
            final long after = before + changes[j];
            if (((before ^ after) & (changes[j] ^ after)) < 0 || !account.floor().allows(after))
            {
                return false;
            }
        }
        return true;
    }

    /** The invariants checked one by one: throws naming the first one the entry breaks. */
    private void check(final EntrySource source, final List<Posting> postings)
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
        final long tradeId = fillTradeId(entry.source().eventId());
        if (tradeId > 0)
        {
            bookedFills.add(tradeId);
        }
        else
        {
            bookedEvents.add(entry.source().eventId());
        }
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
            Long2LongHashMap partitions = nextOffsets.get(source.topic());
            if (partitions == null)
            {
                partitions = new Long2LongHashMap(NO_OFFSET);
                nextOffsets.put(source.topic(), partitions);
            }
            final long applied = partitions.get(source.partition());
            final long next = source.offset() + 1;
            partitions.put(source.partition(), applied == NO_OFFSET ? next : Math.max(applied, next));
        }
    }

    /** Whether an event is booked already. */
    public boolean isBooked(final String eventId)
    {
        final long tradeId = fillTradeId(eventId);
        return tradeId > 0 ? bookedFills.contains(tradeId) : bookedEvents.contains(eventId);
    }

    /** Whether the fill of a trade is booked already: {@link #isBooked} of {@link Fill#eventId(long)}, without the text. */
    public boolean isFillBooked(final long tradeId)
    {
        return tradeId > 0 ? bookedFills.contains(tradeId) : bookedEvents.contains(Fill.eventId(tradeId));
    }

    /** The trade id of an event id that is exactly {@code FILL/<tradeId>} for a trade id > 0, else -1. */
    static long fillTradeId(final String eventId)
    {
        final int length = eventId.length();
        if (length < 6 || length > 24 || !eventId.startsWith("FILL/") || eventId.charAt(5) == '0')
        {
            return -1;
        }
        long tradeId = 0;
        for (int i = 5; i < length; i++)
        {
            final int digit = eventId.charAt(i) - '0';
            if (digit < 0 || digit > 9 || tradeId > (Long.MAX_VALUE - digit) / 10)
            {
                return -1;
            }
            tradeId = tradeId * 10 + digit;
        }
        return tradeId;
    }

    /** The offset to read a partition from next: one past the last applied, -1 when none was. */
    public long nextOffset(final String topic, final int partition)
    {
        final Long2LongHashMap partitions = nextOffsets.get(topic);
        final long next = partitions == null ? NO_OFFSET : partitions.get(partition);
        return next == NO_OFFSET ? -1L : next;
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
