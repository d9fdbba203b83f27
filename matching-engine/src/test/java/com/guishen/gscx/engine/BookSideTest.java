package com.guishen.gscx.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The price ladder against a sorted map: levels in priority order and orders in time order
 * stay right wherever prices go, including books wider than the ladder's window can grow
 * (levels off the ladder) and prices that move the window.
 */
class BookSideTest
{
    @Test
    void bidsAndAsksStayInPriorityOrderOverAnyPriceRange()
    {
        for (final Side side : Side.values())
        {
            for (final long tick : new long[]{1, 5, 100, 3 << 4})
            {
                replayRandomBook(side, tick, 40, 1);                            // narrow: all on the ladder
                replayRandomBook(side, tick, 20_000, 2);                        // grows the window
                replayRandomBook(side, tick, 3L * BookSide.MAX_TICKS, 3);       // some levels off the ladder
            }
        }
    }

    @Test
    void aBookThatEmptiesMovesItsWindowToTheNextPrice()
    {
        final BookSide asks = new BookSide(Side.SELL, 10);
        final Order first = order(Side.SELL, 1_000);
        asks.add(first);
        asks.remove(first);
        final Order far = order(Side.SELL, 10_000_000);
        final Order farther = order(Side.SELL, 10_000_010);
        asks.add(farther);
        asks.add(far);
        asks.verifyLadder();
        assertSame(far, asks.best().head);
        assertSame(farther, asks.best().worse.head);
    }

    private static void replayRandomBook(final Side side, final long tick, final long rangeTicks, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final BookSide book = new BookSide(side, tick);
        final TreeMap<Long, List<Order>> expected = side == Side.BUY ?
            new TreeMap<>(java.util.Comparator.reverseOrder()) : new TreeMap<>();
        final List<Order> resting = new ArrayList<>();
        final long centre = 1_000_000 * tick;
        for (int i = 0; i < 20_000; i++)
        {
            if (resting.isEmpty() || random.nextInt(100) < 55)
            {
                final long offset = random.nextInt(10) == 0 ? random.nextLong(rangeTicks) : random.nextLong(Math.min(rangeTicks, 200));
                final Order order = order(side, centre + (offset - rangeTicks / 2) * tick);
                book.add(order);
                expected.computeIfAbsent(order.price, price -> new ArrayList<>()).add(order);
                resting.add(order);
            }
            else
            {
                final Order order = resting.remove(random.nextInt(resting.size()));
                book.remove(order);
                final List<Order> level = expected.get(order.price);
                level.remove(order);
                if (level.isEmpty())
                {
                    expected.remove(order.price);
                }
            }
            if (i % 97 == 0)
            {
                assertSameBook(expected, book);
            }
        }
        assertSameBook(expected, book);
    }

    private static void assertSameBook(final TreeMap<Long, List<Order>> expected, final BookSide book)
    {
        book.verifyLadder();
        assertEquals(expected.size(), book.levelCount());
        PriceLevel level = book.best();
        for (final var entry : expected.entrySet())
        {
            assertEquals(entry.getKey(), level.price);
            Order order = level.head;
            for (final Order expectedOrder : entry.getValue())
            {
                assertSame(expectedOrder, order);
                order = order.levelNext;
            }
            assertEquals(null, order);
            level = level.worse;
        }
        assertEquals(null, level);
    }

    private static Order order(final Side side, final long price)
    {
        final Order order = new Order();
        order.side = side;
        order.price = price;
        order.quantity = 1;
        return order;
    }
}
