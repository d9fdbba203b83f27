package com.guishen.gscx.engine.publisher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The resting quantity per price of every instrument, rebuilt from engine events alone
 * (orders that may rest are added when accepted, fills and cancels take quantity away,
 * replaces move it), so the publisher can tell the best bid and ask after a batch of events.
 */
final class TopOfBookMirror
{
    /** What the mirror knows of one resting order. */
    private static final class RestingOrder
    {
        final String symbol;
        final boolean buy;
        long price;
        long leaves;

        RestingOrder(final String symbol, final boolean buy, final long price, final long leaves)
        {
            this.symbol = symbol;
            this.buy = buy;
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

    private final Map<Long, RestingOrder> orders = new HashMap<>();
    private final Map<String, TreeMap<Long, Long>> bids = new HashMap<>();
    private final Map<String, TreeMap<Long, Long>> asks = new HashMap<>();
    private final Map<String, Top> published = new HashMap<>();
    private final Set<String> changed = new HashSet<>();

    void accepted(final long orderId, final String symbol, final boolean buy, final long price, final long quantity,
        final boolean mayRest)
    {
        if (mayRest)
        {
            final RestingOrder order = new RestingOrder(symbol, buy, price, quantity);
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
        for (final String symbol : changed)
        {
            final Top top = top(symbol);
            if (!top.isCrossed() && !top.equals(published.get(symbol)))
            {
                published.put(symbol, top);
                result.put(symbol, top);
            }
        }
        changed.clear();
        return result;
    }

    private Top top(final String symbol)
    {
        final TreeMap<Long, Long> bidLevels = bids.get(symbol);
        final TreeMap<Long, Long> askLevels = asks.get(symbol);
        final Map.Entry<Long, Long> bid = bidLevels == null ? null : bidLevels.lastEntry();
        final Map.Entry<Long, Long> ask = askLevels == null ? null : askLevels.firstEntry();
        return new Top(bid == null ? 0 : bid.getKey(), bid == null ? 0 : bid.getValue(),
            ask == null ? 0 : ask.getKey(), ask == null ? 0 : ask.getValue());
    }

    private void add(final RestingOrder order, final long quantity)
    {
        final TreeMap<Long, Long> levels = (order.buy ? bids : asks).computeIfAbsent(order.symbol, s -> new TreeMap<>());
        final long total = levels.getOrDefault(order.price, 0L) + quantity;
        if (total > 0)
        {
            levels.put(order.price, total);
        }
        else
        {
            levels.remove(order.price);
        }
        changed.add(order.symbol);
    }
}
