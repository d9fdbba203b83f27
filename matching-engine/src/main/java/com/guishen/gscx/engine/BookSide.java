package com.guishen.gscx.engine;

/**
 * One side of an order book: price levels in an array sorted so that the best level is last
 * (bids ascending, asks descending). The best level is found in O(1) and levels near the
 * top of the book, where nearly all activity is, are inserted and removed with short copies.
 * Levels are pooled.
 */
final class BookSide
{
    private final Side side;
    private PriceLevel[] levels = new PriceLevel[64];
    private int count;
    private PriceLevel[] spare = new PriceLevel[64];
    private int spareCount;

    BookSide(final Side side)
    {
        this.side = side;
        while (spareCount < spare.length)
        {
            spare[spareCount++] = new PriceLevel();
        }
    }

    Side side()
    {
        return side;
    }

    /** The best level, or null when the side is empty. */
    PriceLevel best()
    {
        return count == 0 ? null : levels[count - 1];
    }

    int levelCount()
    {
        return count;
    }

    /** The level {@code rank} places from the best (0 = best). */
    PriceLevel levelFromBest(final int rank)
    {
        return levels[count - 1 - rank];
    }

    /** True if {@code price} on this side is strictly better than {@code other}. */
    boolean isBetter(final long price, final long other)
    {
        return side == Side.BUY ? price > other : price < other;
    }

    void add(final Order order)
    {
        final int index = search(order.price);
        final PriceLevel level;
        if (index >= 0)
        {
            level = levels[index];
        }
        else
        {
            level = insertLevel(-index - 1, order.price);
        }
        level.append(order);
    }

    void remove(final Order order)
    {
        final PriceLevel level = order.level;
        level.remove(order);
        if (level.isEmpty())
        {
            removeLevel(level);
        }
    }

    private void removeLevel(final PriceLevel level)
    {
        int index = count - 1;
        if (levels[index] != level)
        {
            index = search(level.price);
        }
        System.arraycopy(levels, index + 1, levels, index, count - index - 1);
        levels[--count] = null;
        if (spareCount == spare.length)
        {
            spare = java.util.Arrays.copyOf(spare, spareCount * 2);
        }
        spare[spareCount++] = level;
    }

    private PriceLevel insertLevel(final int index, final long price)
    {
        if (count == levels.length)
        {
            levels = java.util.Arrays.copyOf(levels, count * 2);
        }
        final PriceLevel level = spareCount == 0 ? new PriceLevel() : spare[--spareCount];
        level.price = price;
        level.head = null;
        level.tail = null;
        System.arraycopy(levels, index, levels, index + 1, count - index);
        levels[index] = level;
        count++;
        return level;
    }

    /**
     * Binary search in the array's order (ascending keys, where a bid's key is its price and an
     * ask's key is its negated price), so the best level is last on both sides.
     */
    private int search(final long price)
    {
        final long key = side == Side.BUY ? price : -price;
        int low = 0;
        int high = count - 1;
        while (low <= high)
        {
            final int mid = (low + high) >>> 1;
            final long midKey = side == Side.BUY ? levels[mid].price : -levels[mid].price;
            if (midKey < key)
            {
                low = mid + 1;
            }
            else if (midKey > key)
            {
                high = mid - 1;
            }
            else
            {
                return mid;
            }
        }
        return -(low + 1);
    }
}
