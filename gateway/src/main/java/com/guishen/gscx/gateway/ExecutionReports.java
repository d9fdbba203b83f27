package com.guishen.gscx.gateway;

import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.codec.EngineEventType;
import com.guishen.gscx.events.codec.RequestKind;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.HdrHistogram.Recorder;
import org.agrona.concurrent.EpochNanoClock;

/**
 * Turns engine events into ExecutionReports and OrderCancelRejects for the participant they
 * concern, and a copy of every ExecutionReport for each drop-copy session. Every event is read
 * from the first on start (that is how the live orders are learned); a session gets only the
 * events after the last one it was sent, so nothing is sent twice across a restart.
 */
final class ExecutionReports
{
    /** Events handled per duty cycle at most, so that the network is served in between. */
    private static final int EVENTS_PER_POLL = 256;
    private static final byte[] NONE = "NONE".getBytes(StandardCharsets.US_ASCII);

    private final EngineEventSource events;
    private final List<FixSession> sessions;
    private final List<FixSession> dropCopies;
    private final GatewayCounters counters;
    private final EpochNanoClock clock;
    private final Recorder acknowledgements;
    private long[] acknowledgedTimestamps = new long[256];
    private int acknowledgedCount;
    private final EngineEventDecoder event = new EngineEventDecoder();
    private final OrderTable orders = new OrderTable();
    private final byte[] participant = new byte[16];
    private final byte[] otherParticipant = new byte[16];
    private final byte[] clOrdId = new byte[ClOrdId.MAX_LENGTH];
    private final byte[] otherClOrdId = new byte[ClOrdId.MAX_LENGTH];
    private final byte[] symbol = new byte[32];
    private final byte[] number = new byte[24];

    ExecutionReports(final EngineEventSource events, final List<FixSession> sessions, final List<FixSession> dropCopies,
        final GatewayCounters counters, final EpochNanoClock clock, final Recorder acknowledgements)
    {
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.events = events;
        this.sessions = sessions;
        this.dropCopies = dropCopies;
        this.counters = counters;
    }

    /** Handles the events that arrived; returns how many. */
    int poll()
    {
        int handled = 0;
        while (handled < EVENTS_PER_POLL && events.readNext(event))
        {
            handled++;
            onEvent();
        }
        return handled;
    }

    private void onEvent()
    {
        final EngineEventType type = event.type();
        if (type == null)
        {
            return;
        }
        switch (type)
        {
            case ACCEPTED -> onAccepted();
            case REJECTED -> onRejected();
            case FILL -> onFill();
            case CANCELLED -> onCancelled();
            case REPLACED -> onReplaced();
            default ->
            {
                // other events (halts, listings) have no ExecutionReport
            }
        }
    }

    private void onAccepted()
    {
        final OrderTable.OrderState order = orders.add(event.orderId());
        order.clOrdIdHigh = event.clOrdIdHigh();
        order.clOrdIdLow = event.clOrdIdLow();
        order.side = event.side();
        order.price = event.price();
        order.orderQty = event.quantity();
        order.priceDecimals = event.priceDecimals();
        order.symbolLength = event.symbol(order.symbol, 0);
        order.participantLength = event.participant(order.participant, 0);
        report(order, order.participant, order.participantLength, 0, (byte)'0', null, 0, 0, 0, 0);
    }

    private void onFill()
    {
        final OrderTable.OrderState buy = orders.get(event.orderId());
        final OrderTable.OrderState sell = orders.get(event.otherOrderId());
        final long price = event.price();
        final long quantity = event.quantity();
        if (buy != null)
        {
            buy.cumQty += quantity;
            buy.cumNotional += price * quantity;
            report(buy, buy.participant, buy.participantLength, 0, (byte)'F', null, 0, 0, price, quantity);
        }
        if (sell != null)
        {
            sell.cumQty += quantity;
            sell.cumNotional += price * quantity;
            report(sell, sell.participant, sell.participantLength, 1, (byte)'F', null, 0, 0, price, quantity);
        }
        if (buy != null && buy.leaves() <= 0)
        {
            orders.remove(buy.orderId);
        }
        if (sell != null && sell.leaves() <= 0)
        {
            orders.remove(sell.orderId);
        }
    }

    private void onCancelled()
    {
        final OrderTable.OrderState order = orders.get(event.orderId());
        if (order == null)
        {
            return;
        }
        final boolean expired = event.reason() == EngineReasons.EXPIRED;
        final boolean onRequest = event.reason() == EngineReasons.USER && event.otherClOrdIdHigh() != 0;
        report(order, order.participant, order.participantLength, 0, expired ? (byte)'C' : (byte)'4',
            EngineReasons.cancelText(event.reason()), onRequest ? event.otherClOrdIdHigh() : 0,
            onRequest ? event.otherClOrdIdLow() : 0, 0, 0);
        orders.remove(order.orderId);
    }

    private void onReplaced()
    {
        final OrderTable.OrderState order = orders.get(event.orderId());
        if (order == null)
        {
            return;
        }
        final long origHigh = order.clOrdIdHigh;
        final long origLow = order.clOrdIdLow;
        order.clOrdIdHigh = event.clOrdIdHigh();
        order.clOrdIdLow = event.clOrdIdLow();
        order.price = event.price();
        order.orderQty = event.quantity();
        // the new ClOrdID goes in 11, the replaced one in 41: swap for report()
        final long newHigh = order.clOrdIdHigh;
        final long newLow = order.clOrdIdLow;
        order.clOrdIdHigh = origHigh;
        order.clOrdIdLow = origLow;
        report(order, order.participant, order.participantLength, 0, (byte)'5', null, newHigh, newLow, 0, 0);
        order.clOrdIdHigh = newHigh;
        order.clOrdIdLow = newLow;
    }

    /**
     * One ExecutionReport about an order to its participant's session and to every drop copy.
     *
     * @param leg           0, or 1 for the sell side of a fill (two reports of one event).
     * @param requestHigh   if not 0, the ClOrdID of the request this answers (cancel, replace): it goes in
     *                      ClOrdID (11) and the order's own in OrigClOrdID (41).
     */
    private void report(final OrderTable.OrderState order, final byte[] owner, final int ownerLength, final int leg,
        final byte execType, final byte[] text, final long requestHigh, final long requestLow, final long lastPx,
        final long lastQty)
    {
        final long deliveryKey = event.engineSeq() * 2 + leg;
        final FixSession session = sessionOf(owner, ownerLength);
        if (session != null && deliveryKey > session.state().lastEngineSeq())
        {
            writeReport(session, order, owner, ownerLength, execType, text, requestHigh, requestLow, lastPx, lastQty);
            session.send(true, deliveryKey);
            counters.executionReportSent();
            if (execType == '0')
            {
                acknowledged();
            }
        }
        for (int i = 0; i < dropCopies.size(); i++)
        {
            final FixSession dropCopy = dropCopies.get(i);
            if (deliveryKey > dropCopy.state().lastEngineSeq())
            {
                writeReport(dropCopy, order, owner, ownerLength, execType, text, requestHigh, requestLow, lastPx, lastQty);
                dropCopy.send(true, deliveryKey);
            }
        }
    }

    private void writeReport(final FixSession session, final OrderTable.OrderState order, final byte[] owner,
        final int ownerLength, final byte execType, final byte[] text, final long requestHigh, final long requestLow,
        final long lastPx, final long lastQty)
    {
        final FixMessageEncoder report = session.begin(FixMsgType.EXECUTION_REPORT);
        report.putBytes(FixTags.ACCOUNT, owner, 0, ownerLength);
        report.putLong(FixTags.ORDER_ID, order.orderId);
        if (requestHigh != 0)
        {
            putClOrdId(report, FixTags.CL_ORD_ID, requestHigh, requestLow);
            putClOrdId(report, FixTags.ORIG_CL_ORD_ID, order.clOrdIdHigh, order.clOrdIdLow);
        }
        else
        {
            putClOrdId(report, FixTags.CL_ORD_ID, order.clOrdIdHigh, order.clOrdIdLow);
        }
        final int execIdLength = execId(event.engineSeq(), order.side);
        report.putBytes(FixTags.EXEC_ID, number, 0, execIdLength)
            .putChar(FixTags.EXEC_TYPE, execType)
            .putChar(FixTags.ORD_STATUS, ordStatus(order, execType))
            .putBytes(FixTags.SYMBOL, order.symbol, 0, order.symbolLength)
            .putChar(FixTags.SIDE, order.side == 'B' ? (byte)'1' : (byte)'2')
            .putLong(FixTags.ORDER_QTY, order.orderQty);
        if (order.price != 0)
        {
            report.putFixedPoint(FixTags.PRICE, order.price);
        }
        if (lastQty > 0)
        {
            report.putLong(FixTags.LAST_QTY, lastQty).putFixedPoint(FixTags.LAST_PX, lastPx)
                .putLong(FixTags.TRD_MATCH_ID, event.tradeId());
        }
        final boolean done = execType == '4' || execType == 'C';
        report.putLong(FixTags.LEAVES_QTY, done ? 0 : Math.max(order.leaves(), 0))
            .putLong(FixTags.CUM_QTY, order.cumQty)
            .putFixedPoint(FixTags.AVG_PX, order.averagePrice())
            .putTimestampNanos(FixTags.TRANSACT_TIME, event.timestamp());
        if (text != null)
        {
            report.putBytes(FixTags.TEXT, text, 0, text.length);
        }
    }

    /**
     * Notes the request this event answers (the command's timestamp is when the gateway took it); its latency
     * is recorded by {@link #recordAcknowledgements()} once the pass has written its reports to the sockets.
     */
    private void acknowledged()
    {
        if (acknowledgedCount == acknowledgedTimestamps.length)
        {
            acknowledgedTimestamps = java.util.Arrays.copyOf(acknowledgedTimestamps, acknowledgedCount * 2);
        }
        acknowledgedTimestamps[acknowledgedCount++] = event.timestamp();
    }

    /**
     * Records how long each request answered in this pass took from the gateway taking it to its report
     * written to the socket. Requests of other origins (console, command files) or of an earlier run fall
     * outside the recorded range and are left out.
     */
    void recordAcknowledgements()
    {
        if (acknowledgedCount == 0)
        {
            return;
        }
        final long now = clock.nanoTime();
        for (int i = 0; i < acknowledgedCount; i++)
        {
            final long latency = now - acknowledgedTimestamps[i];
            if (latency > 0 && latency < MAX_RECORDED_LATENCY_NANOS)
            {
                acknowledgements.recordValue(latency);
            }
        }
        acknowledgedCount = 0;
    }

    /** Acknowledgements slower than this are not from this gateway's live traffic. */
    static final long MAX_RECORDED_LATENCY_NANOS = 60_000_000_000L;

    private static byte ordStatus(final OrderTable.OrderState order, final byte execType)
    {
        if (execType == '4')
        {
            return '4';
        }
        if (execType == 'C')
        {
            return 'C';
        }
        if (order.cumQty == 0)
        {
            return '0';
        }
        return order.leaves() <= 0 ? (byte)'2' : (byte)'1';
    }

    /** A refused request: an ExecutionReport (Rejected) for a new order, an OrderCancelReject for a cancel or replace. */
    private void onRejected()
    {
        final int ownerLength = event.participant(participant, 0);
        final FixSession session = sessionOf(participant, ownerLength);
        final long deliveryKey = event.engineSeq() * 2;
        final int kind = event.requestKind();
        final boolean cancelReject = kind == RequestKind.CANCEL || kind == RequestKind.REPLACE;
        if (session != null && deliveryKey > session.state().lastEngineSeq())
        {
            writeReject(session, ownerLength, cancelReject, kind);
            session.send(true, deliveryKey);
            counters.executionReportSent();
            acknowledged();
        }
        if (!cancelReject)
        {
            for (int i = 0; i < dropCopies.size(); i++)
            {
                final FixSession dropCopy = dropCopies.get(i);
                if (deliveryKey > dropCopy.state().lastEngineSeq())
                {
                    writeReject(dropCopy, ownerLength, false, kind);
                    dropCopy.send(true, deliveryKey);
                }
            }
        }
    }

    private void writeReject(final FixSession session, final int ownerLength, final boolean cancelReject, final int kind)
    {
        final int reason = event.reason();
        final byte[] text = EngineReasons.rejectText(reason);
        if (cancelReject)
        {
            final FixMessageEncoder reject = session.begin(FixMsgType.ORDER_CANCEL_REJECT)
                .putBytes(FixTags.ACCOUNT, participant, 0, ownerLength)
                .putBytes(FixTags.ORDER_ID, NONE, 0, NONE.length);
            putClOrdId(reject, FixTags.CL_ORD_ID, event.clOrdIdHigh(), event.clOrdIdLow());
            putClOrdId(reject, FixTags.ORIG_CL_ORD_ID, event.otherClOrdIdHigh(), event.otherClOrdIdLow());
            reject.putChar(FixTags.ORD_STATUS, (byte)'8')
                .putChar(FixTags.CXL_REJ_RESPONSE_TO, kind == RequestKind.REPLACE ? (byte)'2' : (byte)'1')
                .putInt(FixTags.CXL_REJ_REASON, EngineReasons.cxlRejReason(reason))
                .putBytes(FixTags.TEXT, text, 0, text.length);
            return;
        }
        final FixMessageEncoder report = session.begin(FixMsgType.EXECUTION_REPORT)
            .putBytes(FixTags.ACCOUNT, participant, 0, ownerLength)
            .putBytes(FixTags.ORDER_ID, NONE, 0, NONE.length);
        putClOrdId(report, FixTags.CL_ORD_ID, event.clOrdIdHigh(), event.clOrdIdLow());
        final int execIdLength = execId(event.engineSeq(), (byte)'R');
        report.putBytes(FixTags.EXEC_ID, number, 0, execIdLength)
            .putChar(FixTags.EXEC_TYPE, (byte)'8')
            .putChar(FixTags.ORD_STATUS, (byte)'8');
        final int symbolLength = event.symbol(symbol, 0);
        report.putBytes(FixTags.SYMBOL, symbolLength > 0 ? symbol : NONE, 0, symbolLength > 0 ? symbolLength : NONE.length)
            .putChar(FixTags.SIDE, event.side() == 'S' ? (byte)'2' : (byte)'1');
        if (event.quantity() > 0)
        {
            report.putLong(FixTags.ORDER_QTY, event.quantity());
        }
        if (event.price() > 0)
        {
            report.putFixedPoint(FixTags.PRICE, event.price());
        }
        report.putLong(FixTags.LEAVES_QTY, 0).putLong(FixTags.CUM_QTY, 0).putLong(FixTags.AVG_PX, 0)
            .putTimestampNanos(FixTags.TRANSACT_TIME, event.timestamp())
            .putInt(FixTags.ORD_REJ_REASON, EngineReasons.ordRejReason(reason))
            .putBytes(FixTags.TEXT, text, 0, text.length);
    }

    private void putClOrdId(final FixMessageEncoder encoder, final int tag, final long high, final long low)
    {
        final int length = unpack(high, low, clOrdId);
        if (length > 0)
        {
            encoder.putBytes(tag, clOrdId, 0, length);
        }
    }

    /** Writes the packed id's characters into {@code destination}; returns how many. */
    private static int unpack(final long high, final long low, final byte[] destination)
    {
        int length = 0;
        for (int shift = 56; shift >= 0; shift -= 8)
        {
            final byte b = (byte)(high >>> shift);
            if (b == 0)
            {
                return length;
            }
            destination[length++] = b;
        }
        for (int shift = 56; shift >= 0; shift -= 8)
        {
            final byte b = (byte)(low >>> shift);
            if (b == 0)
            {
                return length;
            }
            destination[length++] = b;
        }
        return length;
    }

    /** ExecID: the engineSeq and a letter that tells the two reports of one fill apart. */
    private int execId(final long engineSeq, final byte side)
    {
        long value = engineSeq;
        int length = 0;
        do
        {
            number[length++] = (byte)('0' + value % 10);
            value /= 10;
        }
        while (value > 0);
        for (int i = 0, j = length - 1; i < j; i++, j--)
        {
            final byte swap = number[i];
            number[i] = number[j];
            number[j] = swap;
        }
        number[length++] = side;
        return length;
    }

    private FixSession sessionOf(final byte[] name, final int length)
    {
        for (int i = 0; i < sessions.size(); i++)
        {
            final FixSession session = sessions.get(i);
            final byte[] compId = session.compId();
            if (compId.length == length && !session.isDropCopy() && java.util.Arrays.equals(compId, 0, length, name, 0, length))
            {
                return session;
            }
        }
        return null;
    }

    int liveOrders()
    {
        return orders.size();
    }
}
