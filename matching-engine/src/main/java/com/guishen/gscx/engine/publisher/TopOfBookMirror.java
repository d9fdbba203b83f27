package com.guishen.gscx.engine.publisher;

import org.agrona.collections.Long2ObjectHashMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resting quantity per price of every instrument, rebuilt from engine events alone
 * (orders that may rest are added when accepted, fills and cancels take quantity away,
 * replaces move it), so the publisher can tell the best bid and ask after a batch of events.
 */
final class TopOfBookMirror
{
    /** The resting quantity per price of one instrument's two sides, and the top last published. */
    private static final class Book
    {
        final String symbol;
        final TreeMap<Long, Long> bids = new TreeMap<>();
        final TreeMap<Long, Long> asks = new TreeMap<>();
        Top published;
        boolean changed;

        Book(final String symbol)
        {
            this.symbol = symbol;
        }

        Top top()
        {
            final Map.Entry<Long, Long> bid = bids.lastEntry();
            final Map.Entry<Long, Long> ask = asks.firstEntry();
            return new Top(bid == null ? 0 : bid.getKey(), bid == null ? 0 : bid.getValue(),
                ask == null ? 0 : ask.getKey(), ask == null ? 0 : ask.getValue());
        }
    }

    /** What the mirror knows of one resting order. */
    private static final class RestingOrder
    {
        final Book book;
        final TreeMap<Long, Long> levels;
        long price;
        long leaves;

        RestingOrder(final Book book, final boolean buy, final long price, final long leaves)
        {
            this.book = book;
            this.levels = buy ? book.bids : book.asks;
            this.price = price;
            this.leaves = leaves;
        }
    }

    /** Best bid and ask of one instrument; a price of 0 means that side is empty. */
    record Top(long bidPrice, long bidQuantity, long askPrice, long askQuantity)
    {
        boolean isCrossed()
        {
            return bidPrice > 0 && askPrice > 0 && bidPrice >= askPrice;
        }
    }

    private final Long2ObjectHashMap<RestingOrder> orders = new Long2ObjectHashMap<>();
    private final Map<String, Book> books = new HashMap<>();
    private final List<Book> changed = new ArrayList<>();

    void accepted(final long orderId, final String symbol, final boolean buy, final long price, final long quantity,
        final boolean mayRest)
    {
        if (mayRest)
        {
            final RestingOrder order = new RestingOrder(books.computeIfAbsent(symbol, Book::new), buy, price, quantity);
            orders.put(orderId, order);
            add(order, quantity);
        }
    }

    void filled(final long orderId, final long quantity)
    {
        final RestingOrder order = orders.get(orderId);
        if (order != null)
        {
            add(order, -quantity);
            order.leaves -= quantity;
            if (order.leaves <= 0)
            {
                orders.remove(orderId);
            }
        }
    }

    void cancelled(final long orderId)
    {
        final RestingOrder order = orders.remove(orderId);
        if (order != null)
        {
            add(order, -order.leaves);
        }
    }

    void replaced(final long orderId, final long price, final long leaves)
    {
        final RestingOrder order = orders.get(orderId);
        if (order != null)
        {
            add(order, -order.leaves);
            order.price = price;
            order.leaves = leaves;
            add(order, leaves);
        }
    }

    /**
     * The instruments whose top of book differs from what was last returned here, with their
     * new top; a crossed top (the middle of an aggressing order's walk) is held back until the
     * book settles.
     */
    Map<String, Top> takeChangedTops()
    {
        final Map<String, Top> result = new HashMap<>();
        for (final Book book : changed)
        {
            final Top top = book.top();
            if (!top.isCrossed() && !top.equals(book.published))
            {
                book.published = top;
                result.put(book.symbol, top);
            }
            book.changed = false;
        }
        changed.clear();
        return result;
    }

    private void add(final RestingOrder order, final long quantity)
    {
        final long total = order.levels.getOrDefault(order.price, 0L) + quantity;
        if (total > 0)
        {
            order.levels.put(order.price, total);
        }
        else
        {
            order.levels.remove(order.price);
        }
        if (!order.book.changed)
        {
            order.book.changed = true;
            changed.add(order.book);
        }
    }
}
