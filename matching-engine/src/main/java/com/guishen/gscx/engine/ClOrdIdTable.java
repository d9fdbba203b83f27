package com.guishen.gscx.engine;

/**
 * Every (participant, clOrdId) the engine has seen: the duplicate check. An id once seen stays
 * used for good, so the set only grows, to one entry per NEW, CANCEL and REPLACE of the day,
 * which is far larger than the caches. Its parts keep the common case (a new id) off main
 * memory:
 * <ul>
 * <li>a blocked Bloom filter (one 64-bit word per id, three bits in it, ~16 bits per expected
 *     id) answers "certainly never seen" for almost every new id with one cached read;</li>
 * <li>the ids themselves go to an append-only log (participant and both words of the id in
 *     three adjacent longs), written sequentially;</li>
 * <li>an index of log positions (open addressing, linear probing, one int per slot, a quarter
 *     the size of a table of keys, so it stays in the last-level cache far longer) takes the
 *     logged ids {@value #BATCH} at a time, so the cache misses of those inserts overlap
 *     instead of stalling each command in turn;</li>
 * <li>the exact lookup (the not-yet-indexed tail of the log, then the index and the log) runs
 *     only when the filter says "maybe": a duplicate, or a false positive (well under 1% while
 *     the filter is in size).</li>
 * </ul>
 * Sized up front from the expected number of ids; log, index and filter double (the only
 * allocation) when they are full.
 */
final class ClOrdIdTable
{
    private static final int STRIDE = 3;
    /**
     * Ids indexed together. Eight overlap enough misses that throughput is the same as with 64
     * (within the noise of alternating runs), and the command that indexes a batch waits ~0.3 us
     * instead of ~2 us: per-command p99 at 1M commands/s 0.65 us instead of 1.97 us.
     */
    static final int BATCH = 8;

    /** Per id, in order of use: clOrdId high word, low word, participant + 1. */
    private long[] log;
    private int logged;
    /** Ids of the log (from the start) that are in the index; the rest are the pending batch. */
    private int indexed;

    /** Per slot: a log position + 1 (0 = empty slot). */
    private int[] index;
    private int mask;
    private int resizeAt;

    private long[] filter;
    private int filterMask;
    private int filterCapacity;

    ClOrdIdTable(final int expectedIds)
    {
        int capacity = 16;
        while (capacity * 7L / 10 < expectedIds)
        {
            capacity <<= 1;
        }
        allocateIndex(capacity);
        log = new long[Math.max(BATCH, expectedIds) * STRIDE];
        allocateFilter(expectedIds);
    }

    private void allocateIndex(final int capacity)
    {
        index = new int[capacity];
        mask = capacity - 1;
        resizeAt = (int)(capacity * 7L / 10);
    }

    private void allocateFilter(final int expectedIds)
    {
        int words = 1024;
        while (words < expectedIds / 4)
        {
            words <<= 1;
        }
        filter = new long[words];
        filterMask = words - 1;
        filterCapacity = words * 4;
    }

    /** The number of ids seen. */
    int size()
    {
        return logged;
    }

    /**
     * Uses an id: returns true if it was never seen before (it is now), false if it is a
     * duplicate.
     */
    boolean use(final int participant, final long high, final long low)
    {
        final long hash = hash64(participant, high, low);
        final int word = filterWord(hash);
        final long bits = filterBits(hash);
        final long[] filter = this.filter;
        if ((filter[word] & bits) == bits && contains(participant, high, low, hash))
        {
            return false;
        }
        filter[word] |= bits;
        if (logged * STRIDE == log.length)
        {
            log = java.util.Arrays.copyOf(log, log.length * 2);
        }
        final int base = logged * STRIDE;
        log[base] = high;
        log[base + 1] = low;
        log[base + 2] = participant + 1L;
        if (++logged - indexed == BATCH)
        {
            indexPending();
        }
        return true;
    }

    /** True if the id was seen. */
    boolean contains(final int participant, final long high, final long low)
    {
        return contains(participant, high, low, hash64(participant, high, low));
    }

    private boolean contains(final int participant, final long high, final long low, final long hash)
    {
        final long tag = participant + 1L;
        final long[] log = this.log;
        for (int base = indexed * STRIDE, end = logged * STRIDE; base < end; base += STRIDE)
        {
            if (log[base + 2] == tag && log[base] == high && log[base + 1] == low)
            {
                return true;
            }
        }
        final int[] index = this.index;
        int slot = (int)hash & mask;
        int position;
        while ((position = index[slot]) != 0)
        {
            final int base = (position - 1) * STRIDE;
            if (log[base + 2] == tag && log[base] == high && log[base + 1] == low)
            {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    /** Indexes the pending batch (and grows the index and the filter when due). */
    private void indexPending()
    {
        if (logged > resizeAt)
        {
            growIndex();
        }
        for (int position = indexed; position < logged; position++)
        {
            insert(position);
        }
        indexed = logged;
        if (logged > filterCapacity)
        {
            rebuildFilter(filterCapacity * 2);
        }
    }

    /** Puts a log position in the index; an id is logged once, so only an empty slot is looked for. */
    private void insert(final int position)
    {
        final int[] index = this.index;
        final int base = position * STRIDE;
        int slot = (int)hash64((int)(log[base + 2] - 1), log[base], log[base + 1]) & mask;
        while (index[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        index[slot] = position + 1;
    }

    private void growIndex()
    {
        allocateIndex((mask + 1) * 2);
        for (int position = 0; position < indexed; position++)
        {
            insert(position);
        }
    }

    private void rebuildFilter(final int expectedIds)
    {
        allocateFilter(expectedIds);
        for (int base = 0, end = logged * STRIDE; base < end; base += STRIDE)
        {
            final long hash = hash64((int)(log[base + 2] - 1), log[base], log[base + 1]);
            filter[filterWord(hash)] |= filterBits(hash);
        }
    }

    /** Forgets every id, keeping the capacity of the log, the index and the filter. */
    void clear()
    {
        java.util.Arrays.fill(index, 0);
        java.util.Arrays.fill(filter, 0);
        logged = 0;
        indexed = 0;
    }

    /** Writes every id ever seen, in order of use. */
    void writeTo(final java.io.DataOutput out) throws java.io.IOException
    {
        out.writeInt(logged);
        for (int base = 0, end = logged * STRIDE; base < end; base += STRIDE)
        {
            out.writeInt((int)(log[base + 2] - 1));
            out.writeLong(log[base]);
            out.writeLong(log[base + 1]);
        }
    }

    /** Adds every id written by {@link #writeTo}. */
    void readFrom(final java.io.DataInput in) throws java.io.IOException
    {
        final int count = in.readInt();
        for (int i = 0; i < count; i++)
        {
            use(in.readInt(), in.readLong(), in.readLong());
        }
    }

    // the table slot takes the low bits of the hash, the filter word the top 24, its bits the 18 below
    private int filterWord(final long hash)
    {
        return (int)(hash >>> 40) & filterMask;
    }

    private static long filterBits(final long hash)
    {
        return 1L << ((hash >>> 22) & 63) | 1L << ((hash >>> 28) & 63) | 1L << ((hash >>> 34) & 63);
    }

    static int hash(final int participant, final long high, final long low)
    {
        return (int)hash64(participant, high, low);
    }

    static long hash64(final int participant, final long high, final long low)
    {
        long h = high * 0x9E3779B97F4A7C15L;
        h ^= low * 0xC2B2AE3D27D4EB4FL + participant;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h;
    }
}
