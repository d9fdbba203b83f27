package com.guishen.gscx.engine;

/**
 * One side of an order book: its price levels linked best to worst, and a ladder that finds the
 * level of a price in O(1). The ladder is a window of consecutive ticks (one slot per tick, a
 * bitmap of the occupied ones); a new level is linked in after the nearest better occupied slot,
 * found a 64-tick word at a time. The window starts at {@value #INITIAL_TICKS} ticks around the
 * first price, and grows (the only allocation besides levels) up to {@value #MAX_TICKS} ticks;
 * a level beyond that stays off the ladder and is found by walking the levels, which is correct
 * but slow, for books spread over more ticks than that. Levels are pooled.
 */
final class BookSide
{
    static final int INITIAL_TICKS = 1 << 12;
    static final int MAX_TICKS = 1 << 16;
    private static final int OFF_LADDER = -1;

    private final Side side;
    private final long tickSize;
    /** The odd part of the tick size's modular inverse and its power of two: exact division by multiplication. */
    private final long tickInverse;
    private final int tickShift;

    private PriceLevel best;
    private int count;

    /** Price of slot 0. */
    private long basePrice;
    private PriceLevel[] slots;
    private long[] occupied;
    /** Levels not on the ladder. */
    private int offLadder;

    private PriceLevel[] spare = new PriceLevel[64];
    private int spareCount;

    BookSide(final Side side, final long tickSize)
    {
        if (tickSize <= 0)
        {
            throw new IllegalArgumentException("tick size must be > 0, got " + tickSize);
        }
        this.side = side;
        this.tickSize = tickSize;
        this.tickShift = Long.numberOfTrailingZeros(tickSize);
        this.tickInverse = inverse(tickSize >> tickShift);
        this.slots = new PriceLevel[INITIAL_TICKS];
        this.occupied = new long[INITIAL_TICKS / 64];
        while (spareCount < spare.length)
        {
            spare[spareCount++] = new PriceLevel();
        }
    }

    Side side()
    {
        return side;
    }

    /** The best level, or null when the side is empty; {@link PriceLevel#worse} leads to the others. */
    PriceLevel best()
    {
        return best;
    }

    int levelCount()
    {
        return count;
    }

    /** True if {@code price} on this side is strictly better than {@code other}. */
    boolean isBetter(final long price, final long other)
    {
        return side == Side.BUY ? price > other : price < other;
    }

    /** Appends a resting order (its price a multiple of the tick size) to its level, making the level if needed. */
    void add(final Order order)
    {
        final long price = order.price;
        final int slot = slotOf(price);
        PriceLevel level = slot == OFF_LADDER ? findOffLadder(price) : slots[slot];
        if (level == null)
        {
            level = newLevel(price, slot);
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

    // ------------------------------------------------------------------ levels

    private PriceLevel newLevel(final long price, final int slot)
    {
        final PriceLevel level = spareCount == 0 ? new PriceLevel() : spare[--spareCount];
        level.price = price;
        level.head = null;
        level.tail = null;
        level.slot = slot;
        if (slot == OFF_LADDER)
        {
            offLadder++;
            linkByWalking(level);
        }
        else
        {
            slots[slot] = level;
            occupied[slot >>> 6] |= 1L << slot;
            if (best == null || isBetter(price, best.price))
            {
                linkAfter(null, level);
            }
            else if (offLadder > 0)
            {
                linkByWalking(level);
            }
            else
            {
                linkAfter(slots[nearestBetterSlot(slot)], level);
            }
        }
        count++;
        return level;
    }

    private void removeLevel(final PriceLevel level)
    {
        final int slot = level.slot;
        if (slot == OFF_LADDER)
        {
            offLadder--;
        }
        else
        {
            slots[slot] = null;
            occupied[slot >>> 6] &= ~(1L << slot);
        }
        final PriceLevel better = level.better;
        final PriceLevel worse = level.worse;
        if (better == null)
        {
            best = worse;
        }
        else
        {
            better.worse = worse;
        }
        if (worse != null)
        {
            worse.better = better;
        }
        level.better = null;
        level.worse = null;
        count--;
        if (spareCount == spare.length)
        {
            spare = java.util.Arrays.copyOf(spare, spareCount * 2);
        }
        spare[spareCount++] = level;
    }

    /** Links {@code level} right after {@code better} (null: as the new best). */
    private void linkAfter(final PriceLevel better, final PriceLevel level)
    {
        final PriceLevel worse = better == null ? best : better.worse;
        level.better = better;
        level.worse = worse;
        if (better == null)
        {
            best = level;
        }
        else
        {
            better.worse = level;
        }
        if (worse != null)
        {
            worse.better = level;
        }
    }

    private void linkByWalking(final PriceLevel level)
    {
        PriceLevel better = null;
        for (PriceLevel next = best; next != null && isBetter(next.price, level.price); next = next.worse)
        {
            better = next;
        }
        linkAfter(better, level);
    }

    private PriceLevel findOffLadder(final long price)
    {
        for (PriceLevel level = best; level != null; level = level.worse)
        {
            if (level.price == price)
            {
                return level;
            }
        }
        return null;
    }

    /**
     * The nearest occupied slot better than {@code slot} (higher for bids, lower for asks); one
     * exists: the caller has checked that the best level is better and on the ladder.
     */
    private int nearestBetterSlot(final int slot)
    {
        final long[] occupied = this.occupied;
        if (side == Side.BUY)
        {
            int word = slot >>> 6;
            long bits = occupied[word] & (-2L << slot);
            while (bits == 0)
            {
                bits = occupied[++word];
            }
            return (word << 6) + Long.numberOfTrailingZeros(bits);
        }
        int word = slot >>> 6;
        long bits = occupied[word] & ((1L << slot) - 1);
        while (bits == 0)
        {
            bits = occupied[--word];
        }
        return (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    // ------------------------------------------------------------------ the ladder's window

    /** The ladder slot of a price, moving or growing the window to take it if it can; else {@link #OFF_LADDER}. */
    private int slotOf(final long price)
    {
        final long delta = price - basePrice;
        final long ticks = (delta >> tickShift) * tickInverse;
        if (ticks >= 0 && ticks < slots.length && ticks * tickSize == delta)
        {
            return (int)ticks;
        }
        return refit(price);
    }

    private int refit(final long price)
    {
        if (price % tickSize != 0)
        {
            return OFF_LADDER;
        }
        if (count == offLadder)
        {
            // nothing on the ladder: centre the window on this price
            rebuild(Math.max(0, price - (long)(slots.length / 2) * tickSize), slots.length);
            return slotOf(price);
        }
        // the smallest power-of-two window, at most MAX_TICKS, that holds this price and every level now on the ladder
        long low = price;
        long high = price;
        for (PriceLevel level = best; level != null; level = level.worse)
        {
            if (level.slot != OFF_LADDER)
            {
                low = Math.min(low, level.price);
                high = Math.max(high, level.price);
            }
        }
        final long span = (high - low) / tickSize + 1;
        if (span > MAX_TICKS / 2)
        {
            return OFF_LADDER;
        }
        int ticks = slots.length;
        while (ticks < span * 2)
        {
            ticks <<= 1;
        }
        final long margin = (ticks - span) / 2;
        rebuild(Math.max(0, low - margin * tickSize), ticks);
        return slotOf(price);
    }

    /**
     * A new window of {@code ticks} slots from {@code base}: every level whose price falls in it
     * is put on the ladder (the caller makes sure those on it now do), the others are off it.
     */
    private void rebuild(final long base, final int ticks)
    {
        basePrice = base;
        if (ticks != slots.length)
        {
            slots = new PriceLevel[ticks];
            occupied = new long[ticks / 64];
        }
        else
        {
            java.util.Arrays.fill(slots, null);
            java.util.Arrays.fill(occupied, 0);
        }
        offLadder = 0;
        for (PriceLevel level = best; level != null; level = level.worse)
        {
            final long delta = level.price - basePrice;
            if (delta >= 0 && delta % tickSize == 0 && delta / tickSize < ticks)
            {
                final int slot = (int)(delta / tickSize);
                level.slot = slot;
                slots[slot] = level;
                occupied[slot >>> 6] |= 1L << slot;
            }
            else
            {
                level.slot = OFF_LADDER;
                offLadder++;
            }
        }
    }

    /** Throws {@link IllegalStateException} if the ladder and the levels disagree. */
    void verifyLadder()
    {
        int onLadder = 0;
        int levels = 0;
        for (PriceLevel level = best; level != null; level = level.worse)
        {
            levels++;
            if (level.worse != null && level.worse.better != level)
            {
                throw new IllegalStateException("levels mislinked at " + level.price);
            }
            if (level.slot != OFF_LADDER)
            {
                onLadder++;
                if (slots[level.slot] != level || (occupied[level.slot >>> 6] & (1L << level.slot)) == 0
                    || basePrice + level.slot * tickSize != level.price)
                {
                    throw new IllegalStateException("price level " + level.price + " is not in its ladder slot");
                }
            }
        }
        int slotted = 0;
        for (final long word : occupied)
        {
            slotted += Long.bitCount(word);
        }
        if (levels != count || onLadder != slotted || count - onLadder != offLadder)
        {
            throw new IllegalStateException(levels + " levels linked, " + count + " counted, " + slotted +
                " slots occupied, " + onLadder + " on the ladder, " + offLadder + " off it");
        }
    }

    /** The inverse of an odd number modulo 2^64 (Newton's iteration; each step doubles the correct bits). */
    private static long inverse(final long odd)
    {
        long x = odd;
        for (int i = 0; i < 5; i++)
        {
            x *= 2 - odd * x;
        }
        return x;
    }
}
