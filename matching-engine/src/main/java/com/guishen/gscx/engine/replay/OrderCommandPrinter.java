package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.OrderType;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.OrderCommandDecoder;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Writes a binary order command of the inbound journal back as its command-file line
 * (COMMANDS.md), for dumps: applying the line gives what applying the binary command gives.
 * Prices come out without trailing zeros; a price the line gave with more than 4 decimals
 * was stored as the invalid price -1 and comes out so. Cold path.
 */
public final class OrderCommandPrinter
{
    private final OrderCommandDecoder order = new OrderCommandDecoder();
    private final UnsafeBuffer entry = new UnsafeBuffer(new byte[0]);

    /**
     * The line of the entry {@code command[0, length)} if it is an order command.
     *
     * @return the line, or null when the entry is a text line (not an order command).
     */
    public String toLine(final byte[] command, final int length)
    {
        entry.wrap(command, 0, length);
        if (!order.wrap(entry, 0, length))
        {
            return null;
        }
        final String participant = new String(command, order.participantOffset(), order.participantLength(),
            StandardCharsets.US_ASCII);
        final String clOrdId = ClOrdId.toString(order.clOrdIdHigh(), order.clOrdIdLow());
        if (order.isNewOrder())
        {
            final OrderType type = OrderType.values()[order.orderType()];
            final StringBuilder line = new StringBuilder("NEW,").append(order.timestamp()).append(',')
                .append(participant).append(',').append(clOrdId).append(',')
                .append(new String(command, order.symbolOffset(), order.symbolLength(), StandardCharsets.US_ASCII))
                .append(',').append((char)order.side()).append(',').append(type.name()).append(',')
                .append(TimeInForce.values()[order.timeInForce()].name()).append(',')
                .append(type == OrderType.MARKET && order.price() == 0 ? "" : price(order.price())).append(',')
                .append(order.quantity());
            if (order.postOnly())
            {
                line.append(",POST_ONLY");
            }
            if (order.expiry() != MatchingEngine.NO_EXPIRY)
            {
                line.append(",EXPIRE=").append(order.expiry());
            }
            return line.toString();
        }
        final String origClOrdId = ClOrdId.toString(order.origClOrdIdHigh(), order.origClOrdIdLow());
        if (order.isCancel())
        {
            return "CANCEL," + order.timestamp() + ',' + participant + ',' + clOrdId + ',' + origClOrdId;
        }
        return "REPLACE," + order.timestamp() + ',' + participant + ',' + clOrdId + ',' + origClOrdId + ',' +
            price(order.price()) + ',' + order.quantity();
    }

    private static String price(final long price)
    {
        return price < 0 ? Long.toString(price) : FixedPoint.toString(price);
    }
}
