package com.guishen.gscx.engine;

/**
 * Every (participant, clOrdId) the engine has seen, and the live order each one names now.
 * An id once seen stays used for good, so entries are never removed: open addressing with
 * linear probing. The key of a slot (participant, both words of the id) sits in three
 * adjacent longs, so a probe costs one cache line even when the table is far larger than the
 * caches; the orders sit in a parallel array touched only on a hit. Sized up front from the
 * expected number of ids and doubled (the only allocation) when it is 70% full.
 */
final class ClOrdIdTable
{
    private static final int STRIDE = 3;

    /** Per slot: clOrdId high word, low word, participant + 1 (0 = empty slot). */
    private long[] keys;
    private Order[] orders;
    private int mask;
    private int size;
    private int resizeAt;

    ClOrdIdTable(final int expectedIds)
    {
        int capacity = 16;
        while (capacity * 7L / 10 < expectedIds)
        {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(final int capacity)
    {
        keys = new long[capacity * STRIDE];
        orders = new Order[capacity];
        mask = capacity - 1;
        resizeAt = (int)(capacity * 7L / 10);
    }

    /** Forgets every id, keeping the table's capacity. */
    void clear()
    {
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(orders, null);
        size = 0;
    }

    int size()
    {
        return size;
    }

    /** The slot of the id, or -1 if it was never seen. */
    int find(final int participant, final long high, final long low)
    {
        final long tag = participant + 1L;
        int slot = hash(participant, high, low) & mask;
        while (true)
        {
            final int base = slot * STRIDE;
            final long slotTag = keys[base + 2];
            if (slotTag == 0)
            {
                return -1;
            }
            if (slotTag == tag && keys[base] == high && keys[base + 1] == low)
            {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds an id known to be new and returns its slot. */
    int add(final int participant, final long high, final long low)
    {
        if (size >= resizeAt)
        {
            grow();
        }
        final int slot = emptySlot(participant, high, low);
        final int base = slot * STRIDE;
        keys[base] = high;
        keys[base + 1] = low;
        keys[base + 2] = participant + 1L;
        size++;
        return slot;
    }

    private int emptySlot(final int participant, final long high, final long low)
    {
        int slot = hash(participant, high, low) & mask;
        while (keys[slot * STRIDE + 2] != 0)
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    Order order(final int slot)
    {
        return orders[slot];
    }

    void setOrder(final int slot, final Order order)
    {
        orders[slot] = order;
    }

    private void grow()
    {
        final long[] oldKeys = keys;
        final Order[] oldOrders = orders;
        allocate(oldOrders.length * 2);
        for (int i = 0; i < oldOrders.length; i++)
        {
            final int oldBase = i * STRIDE;
            if (oldKeys[oldBase + 2] != 0)
            {
                final int participant = (int)(oldKeys[oldBase + 2] - 1);
                final int slot = emptySlot(participant, oldKeys[oldBase], oldKeys[oldBase + 1]);
                System.arraycopy(oldKeys, oldBase, keys, slot * STRIDE, STRIDE);
                orders[slot] = oldOrders[i];
                if (oldOrders[i] != null)
                {
                    oldOrders[i].clOrdIdSlot = slot;
                }
            }
        }
    }

    /** Writes every id ever seen (not the orders: those are restored separately). */
    void writeTo(final java.io.DataOutput out) throws java.io.IOException
    {
        out.writeInt(size);
        for (int slot = 0; slot < orders.length; slot++)
        {
            final int base = slot * STRIDE;
            if (keys[base + 2] != 0)
            {
                out.writeInt((int)(keys[base + 2] - 1));
                out.writeLong(keys[base]);
                out.writeLong(keys[base + 1]);
            }
        }
    }

    /** Adds every id written by {@link #writeTo}. */
    void readFrom(final java.io.DataInput in) throws java.io.IOException
    {
        final int count = in.readInt();
        for (int i = 0; i < count; i++)
        {
            add(in.readInt(), in.readLong(), in.readLong());
        }
    }

    private static int hash(final int participant, final long high, final long low)
    {
        long h = high * 0x9E3779B97F4A7C15L;
        h ^= low * 0xC2B2AE3D27D4EB4FL + participant;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (int)h;
    }
}
