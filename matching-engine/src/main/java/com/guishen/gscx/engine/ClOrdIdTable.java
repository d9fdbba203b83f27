package com.guishen.gscx.engine;

/**
 * Every (participant, clOrdId) the engine has seen, and the live order each one names now.
 * An id once seen stays used for good, so entries are never removed: open addressing with
 * linear probing over primitive arrays, sized up front from the expected number of ids and
 * doubled (the only allocation) when it gets half full.
 */
final class ClOrdIdTable
{
    private static final int EMPTY = -1;

    private int[] participants;
    private long[] highs;
    private long[] lows;
    private Order[] orders;
    private int mask;
    private int size;

    ClOrdIdTable(final int expectedIds)
    {
        allocate(Integer.highestOneBit(Math.max(16, expectedIds * 2 - 1)) << 1);
    }

    private void allocate(final int capacity)
    {
        participants = new int[capacity];
        java.util.Arrays.fill(participants, EMPTY);
        highs = new long[capacity];
        lows = new long[capacity];
        orders = new Order[capacity];
        mask = capacity - 1;
    }

    int size()
    {
        return size;
    }

    /** The slot of the id, or -1 if it was never seen. */
    int find(final int participant, final long high, final long low)
    {
        int slot = hash(participant, high, low) & mask;
        while (participants[slot] != EMPTY)
        {
            if (participants[slot] == participant && highs[slot] == high && lows[slot] == low)
            {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Adds an id known to be new and returns its slot. */
    int add(final int participant, final long high, final long low)
    {
        if (size * 2 >= participants.length)
        {
            grow();
        }
        int slot = hash(participant, high, low) & mask;
        while (participants[slot] != EMPTY)
        {
            slot = (slot + 1) & mask;
        }
        participants[slot] = participant;
        highs[slot] = high;
        lows[slot] = low;
        size++;
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
        final int[] oldParticipants = participants;
        final long[] oldHighs = highs;
        final long[] oldLows = lows;
        final Order[] oldOrders = orders;
        allocate(oldParticipants.length * 2);
        for (int i = 0; i < oldParticipants.length; i++)
        {
            if (oldParticipants[i] != EMPTY)
            {
                int slot = hash(oldParticipants[i], oldHighs[i], oldLows[i]) & mask;
                while (participants[slot] != EMPTY)
                {
                    slot = (slot + 1) & mask;
                }
                participants[slot] = oldParticipants[i];
                highs[slot] = oldHighs[i];
                lows[slot] = oldLows[i];
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
        for (int slot = 0; slot < participants.length; slot++)
        {
            if (participants[slot] != EMPTY)
            {
                out.writeInt(participants[slot]);
                out.writeLong(highs[slot]);
                out.writeLong(lows[slot]);
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
