package com.guishen.gscx.gateway;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.OrderCommandEncoder;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import com.guishen.gscx.gateway.fix.UtcTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Order entry: turns a participant's NewOrderSingle, OrderCancelRequest,
 * OrderCancelReplaceRequest and OrderMassCancelRequest into engine commands on the inbound
 * journal, answers SecurityListRequests from the configured market, and refuses what the engine
 * must never see (malformed values, drop-copy sessions, throttle breaches) with a reject that
 * names the problem. The engine's answers come back as ExecutionReports ({@link ExecutionReports}).
 */
final class OrderEntry implements SessionApplication
{
    // values of the engine's order command (see OrderCommandEncoder and the engine's OrderType/TimeInForce)
    private static final int LIMIT = 0;
    private static final int MARKET = 1;
    private static final int GTC = 0;
    private static final int DAY = 1;
    private static final int GTD = 2;
    private static final int IOC = 3;
    private static final int FOK = 4;

    // BusinessRejectReason (380)
    private static final int OTHER = 0;
    private static final int UNSUPPORTED_MESSAGE_TYPE = 3;
    private static final int NOT_AUTHORIZED = 6;

    private static final byte[] NONE = "NONE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CNY = "CNY".getBytes(StandardCharsets.US_ASCII);

    private final CommandSink commands;
    private final EpochNanoClock clock;
    private final MarketConfig market;
    private final int maxMessagesPerSecond;
    private final GatewayCounters counters;
    private final OrderCommandEncoder orderEncoder = new OrderCommandEncoder();
    private final byte[] command = new byte[OrderCommandEncoder.MAX_LENGTH];
    private final UnsafeBuffer commandBuffer = new UnsafeBuffer(command);
    private final byte[] clOrdId = new byte[ClOrdId.MAX_LENGTH];
    private final byte[] origClOrdId = new byte[ClOrdId.MAX_LENGTH];
    private final byte[] symbol = new byte[OrderCommandEncoder.MAX_NAME_LENGTH];

    OrderEntry(final CommandSink commands, final MarketConfig market, final GatewayCounters counters,
        final EpochNanoClock clock)
    {
        this.commands = commands;
        this.clock = clock;
        this.market = market;
        this.maxMessagesPerSecond = market.risk().maxOrdersPerSecond();
        this.counters = counters;
    }

    @Override
    public void onApplicationMessage(final FixSession session, final byte msgType, final FixMessageDecoder message,
        final long nowMs)
    {
        if (session.isDropCopy())
        {
            businessReject(session, message, msgType, NOT_AUTHORIZED, "drop-copy sessions are read-only");
            return;
        }
        if (!session.withinThrottle(maxMessagesPerSecond, nowMs))
        {
            businessReject(session, message, msgType, OTHER,
                "Throttle limit exceeded: at most " + maxMessagesPerSecond + " messages per second");
            return;
        }
        switch (msgType)
        {
            case FixMsgType.NEW_ORDER_SINGLE -> newOrder(session, message, nowMs);
            case FixMsgType.ORDER_CANCEL_REQUEST -> cancel(session, message, nowMs, false);
            case FixMsgType.ORDER_CANCEL_REPLACE_REQUEST -> cancel(session, message, nowMs, true);
            case FixMsgType.ORDER_MASS_CANCEL_REQUEST -> massCancel(session, message, nowMs);
            case FixMsgType.SECURITY_LIST_REQUEST -> securityList(session, message, nowMs);
            default -> businessReject(session, message, msgType, UNSUPPORTED_MESSAGE_TYPE, "Unsupported Message Type");
        }
    }

    @Override
    public void onDisconnect(final FixSession session)
    {
        if (session.cancelOnDisconnect())
        {
            appendLine("MASS_CANCEL," + clock.nanoTime() + "," + session.id() + ",*");
        }
    }

    private void newOrder(final FixSession session, final FixMessageDecoder message, final long nowMs)
    {
        final String problem = checkNewOrder(message);
        if (problem != null)
        {
            rejectOrder(session, message, problem);
            return;
        }
        final int clOrdIdLength = message.copyValue(message.indexOf(FixTags.CL_ORD_ID), clOrdId, 0);
        final int symbolLength = message.copyValue(message.indexOf(FixTags.SYMBOL), symbol, 0);
        final byte side = message.charAt(message.indexOf(FixTags.SIDE)) == '1' ? (byte)'B' : (byte)'S';
        final boolean market = message.charAt(message.indexOf(FixTags.ORD_TYPE)) == '1';
        final int timeInForce = timeInForce(message.charAt(message.indexOf(FixTags.TIME_IN_FORCE)));
        final long price = market ? 0 : message.fixedPointAt(message.indexOf(FixTags.PRICE));
        final long expiry = timeInForce == GTD ? message.timestampNanosAt(message.indexOf(FixTags.EXPIRE_TIME)) : 0;
        final boolean postOnly = execInstHas(message, (byte)'6');
        orderEncoder.wrap(commandBuffer, 0)
            .newOrder(timestamp(nowMs), ClOrdId.high(clOrdId, 0, clOrdIdLength), ClOrdId.low(clOrdId, 0, clOrdIdLength),
                side, market ? MARKET : LIMIT, timeInForce, price, message.longAt(message.indexOf(FixTags.ORDER_QTY)),
                postOnly, expiry)
            .participant(session.compId(), 0, session.compId().length)
            .symbol(symbol, 0, symbolLength);
        append();
    }

    /** What is wrong with a NewOrderSingle before the engine sees it, or null. */
    private static String checkNewOrder(final FixMessageDecoder message)
    {
        final int clOrdIdField = message.indexOf(FixTags.CL_ORD_ID);
        if (!validClOrdId(message, clOrdIdField))
        {
            return "ClOrdID (11) must be 1 to 16 printable characters";
        }
        final int symbolField = message.indexOf(FixTags.SYMBOL);
        if (message.valueLengthAt(symbolField) > OrderCommandEncoder.MAX_NAME_LENGTH)
        {
            return "Unknown symbol";
        }
        final byte side = message.charAt(message.indexOf(FixTags.SIDE));
        if (side != '1' && side != '2')
        {
            return "Side (54) must be 1 (Buy) or 2 (Sell)";
        }
        final byte ordType = message.charAt(message.indexOf(FixTags.ORD_TYPE));
        if (ordType != '1' && ordType != '2')
        {
            return "OrdType (40) must be 1 (Market) or 2 (Limit)";
        }
        final int qtyField = message.indexOf(FixTags.ORDER_QTY);
        if (qtyField < 0 || message.longAt(qtyField) == FixMessageDecoder.MALFORMED_LONG || message.longAt(qtyField) <= 0)
        {
            return "OrderQty (38) must be a positive whole number of units";
        }
        final int priceField = message.indexOf(FixTags.PRICE);
        if (ordType == '2' && (priceField < 0 || !validPrice(message.fixedPointAt(priceField))))
        {
            return "Price (44) is required for a limit order: a positive decimal with at most 4 decimals";
        }
        final int timeInForce = timeInForce(message.charAt(message.indexOf(FixTags.TIME_IN_FORCE)));
        if (timeInForce < 0)
        {
            return "TimeInForce (59) must be 0 (Day), 1 (GTC), 3 (IOC), 4 (FOK) or 6 (GTD)";
        }
        if (timeInForce == GTD && (message.indexOf(FixTags.EXPIRE_TIME) < 0 ||
            message.timestampNanosAt(message.indexOf(FixTags.EXPIRE_TIME)) == UtcTimestamp.MALFORMED))
        {
            return "TimeInForce 6 (GTD) needs ExpireTime (126)";
        }
        if (message.indexOf(FixTags.MIN_QTY) >= 0)
        {
            return "MinQty (110) is not supported";
        }
        return null;
    }

    private void cancel(final FixSession session, final FixMessageDecoder message, final long nowMs,
        final boolean replace)
    {
        final String problem;
        if (!validClOrdId(message, message.indexOf(FixTags.CL_ORD_ID)))
        {
            problem = "ClOrdID (11) must be 1 to 16 printable characters";
        }
        else if (!validClOrdId(message, message.indexOf(FixTags.ORIG_CL_ORD_ID)))
        {
            problem = "Unknown order";
        }
        else if (replace && !validReplace(message))
        {
            problem = "OrderQty (38) and Price (44) are required: a positive whole quantity and a positive price";
        }
        else
        {
            problem = null;
        }
        if (problem != null)
        {
            rejectCancel(session, message, replace, problem);
            return;
        }
        final int clLength = message.copyValue(message.indexOf(FixTags.CL_ORD_ID), clOrdId, 0);
        final int origLength = message.copyValue(message.indexOf(FixTags.ORIG_CL_ORD_ID), origClOrdId, 0);
        final long high = ClOrdId.high(clOrdId, 0, clLength);
        final long low = ClOrdId.low(clOrdId, 0, clLength);
        final long origHigh = ClOrdId.high(origClOrdId, 0, origLength);
        final long origLow = ClOrdId.low(origClOrdId, 0, origLength);
        orderEncoder.wrap(commandBuffer, 0);
        if (replace)
        {
            orderEncoder.replace(timestamp(nowMs), high, low, origHigh, origLow,
                message.fixedPointAt(message.indexOf(FixTags.PRICE)), message.longAt(message.indexOf(FixTags.ORDER_QTY)));
        }
        else
        {
            orderEncoder.cancel(timestamp(nowMs), high, low, origHigh, origLow);
        }
        orderEncoder.participant(session.compId(), 0, session.compId().length);
        append();
    }

    private static boolean validReplace(final FixMessageDecoder message)
    {
        final int qtyField = message.indexOf(FixTags.ORDER_QTY);
        final int priceField = message.indexOf(FixTags.PRICE);
        return qtyField >= 0 && message.longAt(qtyField) > 0 && priceField >= 0 &&
            validPrice(message.fixedPointAt(priceField)) && message.charAt(message.indexOf(FixTags.ORD_TYPE)) == '2';
    }

    private void massCancel(final FixSession session, final FixMessageDecoder message, final long nowMs)
    {
        final int type = message.intAt(message.indexOf(FixTags.MASS_CANCEL_REQUEST_TYPE));
        final int symbolField = message.indexOf(FixTags.SYMBOL);
        final FixMessageEncoder report = session.begin(FixMsgType.ORDER_MASS_CANCEL_REPORT);
        copy(report, message, FixTags.CL_ORD_ID);
        report.putBytes(FixTags.ORDER_ID, NONE, 0, NONE.length)
            .putInt(FixTags.MASS_CANCEL_REQUEST_TYPE, type);
        final boolean bySymbol = type == 1 && isSymbol(message, symbolField);
        if (bySymbol || type == 7)
        {
            report.putInt(FixTags.MASS_CANCEL_RESPONSE, type);
            if (bySymbol)
            {
                copy(report, message, FixTags.SYMBOL);
            }
            session.send(true, 0);
            final String scope = bySymbol ? asString(message, symbolField) : "*";
            appendLine("MASS_CANCEL," + timestamp(nowMs) + "," + session.id() + "," + scope);
            return;
        }
        final String problem = type != 1 ? "MassCancelRequestType (530) must be 1 (by security) or 7 (all orders)" :
            symbolField < 0 ? "MassCancelRequestType 1 needs a Symbol (55)" : "Unknown symbol";
        final byte[] text = problem.getBytes(StandardCharsets.US_ASCII);
        report.putInt(FixTags.MASS_CANCEL_RESPONSE, 0)
            .putInt(FixTags.MASS_CANCEL_REJECT_REASON, type == 1 ? 1 : 99)
            .putBytes(FixTags.TEXT, text, 0, text.length);
        session.send(true, 0);
    }

    /** SecurityList: the instruments listed now, with their compute attributes (cold path). */
    private void securityList(final FixSession session, final FixMessageDecoder message, final long nowMs)
    {
        final int type = message.intAt(message.indexOf(FixTags.SECURITY_LIST_REQUEST_TYPE));
        final int symbolField = message.indexOf(FixTags.SYMBOL);
        final List<InstrumentDefinition> listed = market.instrumentsAt(Instant.ofEpochMilli(nowMs)).stream()
            .filter(instrument -> type == 4 || symbolField >= 0 && instrument.symbol().equals(asString(message, symbolField)))
            .limit(SECURITY_LIST_MAX).toList();
        final FixMessageEncoder list = session.begin(FixMsgType.SECURITY_LIST);
        copy(list, message, FixTags.SECURITY_REQ_ID);
        final byte[] responseId = ("SL" + session.nextSenderSeq()).getBytes(StandardCharsets.US_ASCII);
        list.putBytes(FixTags.SECURITY_RESPONSE_ID, responseId, 0, responseId.length);
        if (type != 0 && type != 4)
        {
            list.putInt(FixTags.SECURITY_REQUEST_RESULT, 5); // request for instrument data not supported
            session.send(true, 0);
            return;
        }
        list.putInt(FixTags.SECURITY_REQUEST_RESULT, listed.isEmpty() ? 2 : 0)
            .putInt(FixTags.TOT_NO_RELATED_SYM, listed.size())
            .putChar(FixTags.LAST_FRAGMENT, (byte)'Y')
            .putInt(FixTags.NO_RELATED_SYM, listed.size());
        for (final InstrumentDefinition instrument : listed)
        {
            final byte[] name = instrument.symbol().getBytes(StandardCharsets.US_ASCII);
            final byte[] description = SecurityDescription.of(market, instrument).getBytes(StandardCharsets.US_ASCII);
            list.putBytes(FixTags.SYMBOL, name, 0, name.length)
                .putLong(FixTags.CONTRACT_MULTIPLIER, instrument.deliveryHours())
                .putBytes(FixTags.SECURITY_DESC, description, 0, description.length)
                .putBytes(FixTags.CURRENCY, CNY, 0, CNY.length)
                .putLong(FixTags.ROUND_LOT, instrument.lotSize())
                .putLong(FixTags.MIN_TRADE_VOL, instrument.minQty());
        }
        session.send(true, 0);
    }

    /** The most instruments one SecurityList carries (the message must fit the maximum message size). */
    private static final int SECURITY_LIST_MAX = 20;

    private void rejectOrder(final FixSession session, final FixMessageDecoder message, final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        final FixMessageEncoder report = session.begin(FixMsgType.EXECUTION_REPORT)
            .putBytes(FixTags.ORDER_ID, NONE, 0, NONE.length);
        copy(report, message, FixTags.CL_ORD_ID);
        final byte[] execId = ("R" + session.nextSenderSeq()).getBytes(StandardCharsets.US_ASCII);
        report.putBytes(FixTags.EXEC_ID, execId, 0, execId.length)
            .putChar(FixTags.EXEC_TYPE, (byte)'8')
            .putChar(FixTags.ORD_STATUS, (byte)'8');
        copy(report, message, FixTags.SYMBOL);
        copy(report, message, FixTags.SIDE);
        copy(report, message, FixTags.ORDER_QTY);
        copy(report, message, FixTags.PRICE);
        report.putInt(FixTags.LEAVES_QTY, 0).putInt(FixTags.CUM_QTY, 0).putInt(FixTags.AVG_PX, 0)
            .putTimestampNanos(FixTags.TRANSACT_TIME, System.currentTimeMillis() * 1_000_000L)
            .putInt(FixTags.ORD_REJ_REASON, 99)
            .putBytes(FixTags.TEXT, bytes, 0, bytes.length);
        session.send(true, 0);
    }

    private void rejectCancel(final FixSession session, final FixMessageDecoder message, final boolean replace,
        final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        final FixMessageEncoder reject = session.begin(FixMsgType.ORDER_CANCEL_REJECT)
            .putBytes(FixTags.ORDER_ID, NONE, 0, NONE.length);
        copy(reject, message, FixTags.CL_ORD_ID);
        copy(reject, message, FixTags.ORIG_CL_ORD_ID);
        reject.putChar(FixTags.ORD_STATUS, (byte)'8')
            .putChar(FixTags.CXL_REJ_RESPONSE_TO, replace ? (byte)'2' : (byte)'1')
            .putInt(FixTags.CXL_REJ_REASON, 99)
            .putBytes(FixTags.TEXT, bytes, 0, bytes.length);
        session.send(true, 0);
    }

    private void businessReject(final FixSession session, final FixMessageDecoder message, final byte msgType,
        final int reason, final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        final FixMessageEncoder reject = session.begin(FixMsgType.BUSINESS_MESSAGE_REJECT)
            .putInt(FixTags.REF_SEQ_NUM, message.intAt(message.indexOf(FixTags.MSG_SEQ_NUM)))
            .putChar(FixTags.REF_MSG_TYPE, msgType);
        if (message.indexOf(FixTags.CL_ORD_ID) >= 0)
        {
            final int field = message.indexOf(FixTags.CL_ORD_ID);
            reject.putBytes(FixTags.BUSINESS_REJECT_REF_ID, message.buffer(), message.valueOffsetAt(field),
                Math.min(message.valueLengthAt(field), 64));
        }
        reject.putInt(FixTags.BUSINESS_REJECT_REASON, reason).putBytes(FixTags.TEXT, bytes, 0, bytes.length);
        session.send(true, 0);
    }

    private static void copy(final FixMessageEncoder encoder, final FixMessageDecoder message, final int tag)
    {
        final int field = message.indexOf(tag);
        if (field >= 0 && message.valueLengthAt(field) > 0)
        {
            encoder.putBytes(tag, message.buffer(), message.valueOffsetAt(field), Math.min(message.valueLengthAt(field), 64));
        }
    }

    private static boolean validClOrdId(final FixMessageDecoder message, final int field)
    {
        if (field < 0)
        {
            return false;
        }
        final int length = message.valueLengthAt(field);
        if (length < 1 || length > ClOrdId.MAX_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            final byte b = message.buffer().getByte(message.valueOffsetAt(field) + i);
            if (b < '!' || b > '~')
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a Symbol can name an instrument in a MASS_CANCEL command line: printable ASCII without the
     * line's separator, and not the "*" that means every instrument there.
     */
    private static boolean isSymbol(final FixMessageDecoder message, final int field)
    {
        final int length = message.valueLengthAt(field);
        if (field < 0 || length < 1 || length > OrderCommandEncoder.MAX_NAME_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            final byte b = message.buffer().getByte(message.valueOffsetAt(field) + i);
            if (b < '!' || b > '~' || b == ',' || b == '*' && length == 1)
            {
                return false;
            }
        }
        return true;
    }

    private static boolean validPrice(final long price)
    {
        return price != FixedPoint.MALFORMED && price != FixedPoint.TOO_PRECISE && price > 0;
    }

    private static boolean execInstHas(final FixMessageDecoder message, final byte instruction)
    {
        final int field = message.indexOf(FixTags.EXEC_INST);
        if (field < 0)
        {
            return false;
        }
        for (int i = 0; i < message.valueLengthAt(field); i++)
        {
            if (message.buffer().getByte(message.valueOffsetAt(field) + i) == instruction)
            {
                return true;
            }
        }
        return false;
    }

    /** The engine's time in force for FIX TimeInForce (59), absent = Day; -1 if unsupported. */
    private static int timeInForce(final byte fix)
    {
        return switch (fix)
        {
            case FixMessageDecoder.MALFORMED_CHAR, '0' -> DAY;
            case '1' -> GTC;
            case '3' -> IOC;
            case '4' -> FOK;
            case '6' -> GTD;
            default -> -1;
        };
    }

    private static String asString(final FixMessageDecoder message, final int field)
    {
        final byte[] bytes = new byte[message.valueLengthAt(field)];
        message.copyValue(field, bytes, 0);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /**
     * The command's timestamp, the engine's only clock: epoch nanoseconds of when the gateway took the
     * message ({@code nowMs} is the millisecond the duty cycle began; the nanosecond clock refines it so that
     * acknowledgement latency can be measured from it).
     */
    private long timestamp(final long nowMs)
    {
        return clock.nanoTime();
    }

    private void append()
    {
        commands.append(command, 0, orderEncoder.encodedLength());
        counters.commandAppended();
    }

    private void appendLine(final String line)
    {
        final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        commands.append(bytes, 0, bytes.length);
        counters.commandAppended();
    }
}
