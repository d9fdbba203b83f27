package com.guishen.gscx.gateway;

import java.util.ArrayDeque;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * The live orders as the gateway learns them from engine events: what an ExecutionReport needs
 * beyond the event itself (order quantity, cumulative quantity and notional for AvgPx, price,
 * side, symbol). Entries are pooled; a done order goes back to the pool.
 */
final class OrderTable
{
    /** One live order. */
    static final class OrderState
    {
        long orderId;
        long clOrdIdHigh;
        long clOrdIdLow;
        byte side;
        long price;
        long orderQty;
        long cumQty;
        long cumNotional;
        final byte[] symbol = new byte[32];
        int symbolLength;
        int priceDecimals;
        final byte[] participant = new byte[16];
        int participantLength;

        long leaves()
        {
            return orderQty - cumQty;
        }

        /** Average fill price, fixed point: the notional of the fills over their quantity. */
        long averagePrice()
        {
            return cumQty == 0 ? 0 : cumNotional / cumQty;
        }
    }

    private final Long2ObjectHashMap<OrderState> live = new Long2ObjectHashMap<>();
    private final ArrayDeque<OrderState> pool = new ArrayDeque<>();

    OrderState add(final long orderId)
    {
        OrderState order = pool.poll();
        if (order == null)
        {
            order = new OrderState();
        }
        order.orderId = orderId;
        order.cumQty = 0;
        order.cumNotional = 0;
        live.put(orderId, order);
        return order;
    }

    OrderState get(final long orderId)
    {
        return live.get(orderId);
    }

    void remove(final long orderId)
    {
        final OrderState order = live.remove(orderId);
        if (order != null)
        {
            pool.add(order);
        }
    }

    int size()
    {
        return live.size();
    }
}
