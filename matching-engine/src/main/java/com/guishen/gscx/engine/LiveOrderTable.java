package com.guishen.gscx.engine;

/**
 * The live orders by their current (participant, clOrdId): what CANCEL and REPLACE look up.
 * Only live orders are in it, so it stays small and in cache however many ids a day uses
 * ({@link ClOrdIdTable} remembers those). Open addressing with linear probing over the orders
 * themselves (their fields are the key), kept at most half full, with backward-shift deletion
 * so no tombstones build up. Grows (the only allocation) by doubling.
 */
final class LiveOrderTable
{
    private Order[] slots;
    private int mask;
    private int size;

    LiveOrderTable(final int expectedOrders)
    {
        int capacity = 64;
        while (capacity < expectedOrders * 2L)
        {
            capacity <<= 1;
        }
        slots = new Order[capacity];
        mask = capacity - 1;
    }

    int size()
    {
        return size;
    }

    /** The live order with this id, or null. */
    Order find(final int participant, final long high, final long low)
    {
        final Order[] slots = this.slots;
        int slot = ClOrdIdTable.hash(participant, high, low) & mask;
        Order order;
        while ((order = slots[slot]) != null)
        {
            if (order.clOrdIdLow == low && order.clOrdIdHigh == high && order.participant == participant)
            {
                return order;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** Adds an order under its current id, which no other live order has. */
    void put(final Order order)
    {
        if (size * 2 >= slots.length)
        {
            grow();
        }
        insert(slots, mask, order);
        size++;
    }

    /** Removes an order, found under its current id. */
    void remove(final Order order)
    {
        final Order[] slots = this.slots;
        final int mask = this.mask;
        int slot = ClOrdIdTable.hash(order.participant, order.clOrdIdHigh, order.clOrdIdLow) & mask;
        while (slots[slot] != order)
        {
            slot = (slot + 1) & mask;
        }
        // backward-shift deletion: pull later entries of the probe run into the gap when their
        // home slot does not lie cyclically in (gap, their slot]
        int gap = slot;
        int next = (gap + 1) & mask;
        Order candidate;
        while ((candidate = slots[next]) != null)
        {
            final int home = ClOrdIdTable.hash(candidate.participant, candidate.clOrdIdHigh, candidate.clOrdIdLow) & mask;
            if (((next - home) & mask) >= ((next - gap) & mask))
            {
                slots[gap] = candidate;
                gap = next;
            }
            next = (next + 1) & mask;
        }
        slots[gap] = null;
        size--;
    }

    /** Forgets every order, keeping the capacity. */
    void clear()
    {
        java.util.Arrays.fill(slots, null);
        size = 0;
    }

    private void grow()
    {
        final Order[] old = slots;
        final Order[] grown = new Order[old.length * 2];
        final int grownMask = grown.length - 1;
        for (final Order order : old)
        {
            if (order != null)
            {
                insert(grown, grownMask, order);
            }
        }
        slots = grown;
        mask = grownMask;
    }

    private static void insert(final Order[] slots, final int mask, final Order order)
    {
        int slot = ClOrdIdTable.hash(order.participant, order.clOrdIdHigh, order.clOrdIdLow) & mask;
        while (slots[slot] != null)
        {
            slot = (slot + 1) & mask;
        }
        slots[slot] = order;
    }
}
