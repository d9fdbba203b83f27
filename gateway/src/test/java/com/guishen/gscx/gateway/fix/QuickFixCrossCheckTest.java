package com.guishen.gscx.gateway.fix;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelRequest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our codec against an independent FIX engine: what we write, QuickFIX/J parses and validates
 * with its FIX 4.4 data dictionary (BodyLength and CheckSum included); what QuickFIX/J writes,
 * we frame and decode to the same values.
 */
class QuickFixCrossCheckTest
{
    private static final byte[] ISLD = ascii("ISLD");
    private static final byte[] TW = ascii("TW");
    private static final long NOW = Instant.parse("2026-11-28T18:00:00.123Z").toEpochMilli() * 1_000_000;

    private static DataDictionary dictionary;

    private final FixMessageEncoder encoder = new FixMessageEncoder();
    private final FixFraming framing = new FixFraming(8192);
    private final FixMessageDecoder decoder = new FixMessageDecoder(128);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[8192]);

    @BeforeAll
    static void loadDictionary() throws Exception
    {
        dictionary = new DataDictionary("FIX44.xml");
        // FIX 4.4 defines TrdMatchID (880) but QuickFIX/J's FIX44.xml does not list it in the ExecutionReport;
        // a QuickFIX/J counterparty needs AllowUnknownMsgFields=Y for it, as documented in the README.
        dictionary.setAllowUnknownMessageFields(true);
    }

    @Test
    void quickFixAcceptsOurExecutionReport() throws Exception
    {
        final int length = encoder.begin(buffer, 0, FixMsgType.EXECUTION_REPORT).header(ISLD, TW, 17, NOW)
            .putBytes(FixTags.ORDER_ID, ascii("42"), 0, 2)
            .putBytes(FixTags.CL_ORD_ID, ascii("ORD-1"), 0, 5)
            .putBytes(FixTags.EXEC_ID, ascii("E-7"), 0, 3)
            .putChar(FixTags.EXEC_TYPE, (byte)'F')
            .putChar(FixTags.ORD_STATUS, (byte)'1')
            .putBytes(FixTags.SYMBOL, ascii("GPU0.GUIAN.D20261201"), 0, 20)
            .putChar(FixTags.SIDE, (byte)'1')
            .putLong(FixTags.ORDER_QTY, 10)
            .putFixedPoint(FixTags.PRICE, 125_000)
            .putLong(FixTags.LAST_QTY, 4)
            .putFixedPoint(FixTags.LAST_PX, 120_500)
            .putLong(FixTags.LEAVES_QTY, 6)
            .putLong(FixTags.CUM_QTY, 4)
            .putFixedPoint(FixTags.AVG_PX, 120_500)
            .putTimestampNanos(FixTags.TRANSACT_TIME, NOW)
            .putBytes(FixTags.TRD_MATCH_ID, ascii("T9"), 0, 2)
            .finish();
        final Message message = parseAndValidate(length);
        assertEquals("8", message.getHeader().getString(35));
        assertEquals(17, message.getHeader().getInt(34));
        assertEquals(LocalDateTime.of(2026, 11, 28, 18, 0, 0, 123_000_000), message.getHeader().getUtcTimeStamp(52));
        assertEquals(new BigDecimal("12.5"), message.getDecimal(44));
        assertEquals(new BigDecimal("12.05"), message.getDecimal(31));
        assertEquals("GPU0.GUIAN.D20261201", message.getString(55));
        assertEquals("T9", message.getString(880));
    }

    @Test
    void quickFixAcceptsOurSessionMessages() throws Exception
    {
        parseAndValidate(encoder.begin(buffer, 0, FixMsgType.LOGON).header(ISLD, TW, 1, NOW)
            .putInt(FixTags.ENCRYPT_METHOD, 0).putInt(FixTags.HEART_BT_INT, 30)
            .putBoolean(FixTags.RESET_SEQ_NUM_FLAG, true).finish());
        parseAndValidate(encoder.begin(buffer, 0, FixMsgType.SEQUENCE_RESET).header(ISLD, TW, 5, NOW)
            .putBoolean(FixTags.POSS_DUP_FLAG, true).putTimestampNanos(FixTags.ORIG_SENDING_TIME, NOW - 1_000_000_000L)
            .putBoolean(FixTags.GAP_FILL_FLAG, true).putLong(FixTags.NEW_SEQ_NO, 9).finish());
        final Message reject = parseAndValidate(encoder.begin(buffer, 0, FixMsgType.REJECT).header(ISLD, TW, 3, NOW)
            .putLong(FixTags.REF_SEQ_NUM, 2).putBytes(FixTags.TEXT, ascii("Invalid tag number"), 0, 18)
            .putInt(FixTags.REF_TAG_ID, 999).putChar(FixTags.REF_MSG_TYPE, (byte)'0')
            .putInt(FixTags.SESSION_REJECT_REASON, 0).finish());
        assertEquals(999, reject.getInt(371));
    }

    @Test
    void weDecodeQuickFixsNewOrderSingle() throws Exception
    {
        final NewOrderSingle order = new NewOrderSingle(new ClOrdID("ORD-7"), new Side(Side.SELL),
            new TransactTime(LocalDateTime.of(2026, 11, 28, 18, 1, 2, 345_000_000)), new OrdType(OrdType.LIMIT));
        order.set(new Symbol("GPU0.GUIAN.D20261201"));
        order.set(new OrderQty(24));
        order.set(new Price(1.75));
        order.set(new TimeInForce(TimeInForce.GOOD_TILL_CANCEL));
        header(order, 3);

        decode(order.toString());
        assertEquals('D', decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.SENDER_COMP_ID), TW));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.TARGET_COMP_ID), ISLD));
        assertEquals(3, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.CL_ORD_ID), ascii("ORD-7")));
        assertEquals('2', decoder.charAt(decoder.indexOf(FixTags.SIDE)));
        assertEquals('2', decoder.charAt(decoder.indexOf(FixTags.ORD_TYPE)));
        assertEquals('1', decoder.charAt(decoder.indexOf(FixTags.TIME_IN_FORCE)));
        assertEquals(24, decoder.longAt(decoder.indexOf(FixTags.ORDER_QTY)));
        assertEquals(17_500, decoder.fixedPointAt(decoder.indexOf(FixTags.PRICE)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.SYMBOL), ascii("GPU0.GUIAN.D20261201")));
        assertEquals(Instant.parse("2026-11-28T18:01:02.345Z").toEpochMilli() * 1_000_000,
            decoder.timestampNanosAt(decoder.indexOf(FixTags.TRANSACT_TIME)));
        assertEquals(Instant.parse("2026-11-28T18:00:00.123Z").toEpochMilli() * 1_000_000,
            decoder.timestampNanosAt(decoder.indexOf(FixTags.SENDING_TIME)));
    }

    @Test
    void weDecodeQuickFixsCancelAndReadItsTrailer() throws Exception
    {
        final OrderCancelRequest cancel = new OrderCancelRequest(new OrigClOrdID("ORD-7"), new ClOrdID("ORD-8"),
            new Side(Side.BUY), new TransactTime(LocalDateTime.of(2026, 11, 28, 18, 1, 3)));
        cancel.set(new Symbol("GPU0"));
        header(cancel, 4);
        final String text = cancel.toString();
        decode(text);
        assertEquals('F', decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.ORIG_CL_ORD_ID), ascii("ORD-7")));
        // QuickFIX/J's header and trailer objects keep stale BodyLength and CheckSum after toString(): read the text
        final int bodyStart = text.indexOf('\u0001', text.indexOf("\u00019=") + 1) + 1;
        assertEquals(text.lastIndexOf("\u000110=") + 1 - bodyStart, framing.bodyLength());
        final int checkSumStart = text.lastIndexOf("\u000110=") + 4;
        assertEquals(Integer.parseInt(text.substring(checkSumStart, checkSumStart + 3)),
            decoder.intAt(decoder.indexOf(FixTags.CHECK_SUM)));
        assertEquals(decoder.fieldCount() - 1, decoder.indexOf(FixTags.CHECK_SUM));
    }

    private static void header(final Message message, final int seq)
    {
        message.getHeader().setField(new SenderCompID("TW"));
        message.getHeader().setField(new TargetCompID("ISLD"));
        message.getHeader().setField(new MsgSeqNum(seq));
        message.getHeader().setField(new SendingTime(LocalDateTime.of(2026, 11, 28, 18, 0, 0, 123_000_000)));
    }

    private void decode(final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        final UnsafeBuffer wire = new UnsafeBuffer(bytes);
        assertEquals(FixFraming.Status.MESSAGE, framing.scan(wire, 0, bytes.length), () -> framing.reason().description());
        assertEquals(bytes.length, framing.messageLength());
        assertTrue(decoder.wrap(wire, 0, bytes.length), () -> decoder.problem().name());
    }

    /** QuickFIX/J's parse with validation on (it checks BodyLength and CheckSum), then its dictionary's validation. */
    private Message parseAndValidate(final int length) throws Exception
    {
        final String text = new String(buffer.byteArray(), 0, length, StandardCharsets.ISO_8859_1);
        final Message message = new Message();
        message.fromString(text, dictionary, true);
        dictionary.validate(message);
        return message;
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
