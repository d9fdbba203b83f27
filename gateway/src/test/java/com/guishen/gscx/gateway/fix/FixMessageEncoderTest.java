package com.guishen.gscx.gateway.fix;

import com.guishen.gscx.events.FixedPoint;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixMessageEncoderTest
{
    private static final byte[] ISLD = "ISLD".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TW = "TW".getBytes(StandardCharsets.US_ASCII);
    private static final long SENDING_TIME = Instant.parse("2026-11-28T18:00:00.123456Z").toEpochMilli() * 1_000_000;

    private final FixMessageEncoder encoder = new FixMessageEncoder();

    @Test
    void writesAMessageWithTheRightBodyLengthAndCheckSum()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final int length = encoder.begin(buffer, 0, FixMsgType.HEARTBEAT).header(ISLD, TW, 2, SENDING_TIME)
            .putBytes(FixTags.TEST_REQ_ID, "HELLO".getBytes(StandardCharsets.US_ASCII), 0, 5).finish();
        assertEquals(FixText.message("35=0|49=ISLD|56=TW|34=2|52=20261128-18:00:00.123|112=HELLO|"),
            FixText.bars(buffer.byteArray(), 0, length));
    }

    @Test
    void writesNumbersAsFixExpectsThem()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        final int length = encoder.begin(buffer, 0, FixMsgType.EXECUTION_REPORT)
            .putFixedPoint(FixTags.PRICE, 125_000)
            .putFixedPoint(FixTags.LAST_PX, 1_000_000)
            .putFixedPoint(FixTags.AVG_PX, 1)
            .putFixedPoint(FixTags.CUM_QTY, 0)
            .putFixedPoint(FixTags.LEAVES_QTY, -22_500)
            .putLong(FixTags.ORDER_QTY, 1_234_567_890_123L)
            .putInt(FixTags.MSG_SEQ_NUM, -7)
            .putBoolean(FixTags.POSS_DUP_FLAG, true)
            .putBoolean(FixTags.GAP_FILL_FLAG, false)
            .finish();
        assertEquals(FixText.message("35=8|44=12.5|31=100|6=0.0001|14=0|151=-2.25|38=1234567890123|34=-7|43=Y|123=N|"),
            FixText.bars(buffer.byteArray(), 0, length));
    }

    @Test
    void roundTripsThroughFramingAndDecoding()
    {
        roundTrip(new UnsafeBuffer(new byte[1024]), 0);
        roundTrip(new UnsafeBuffer(new byte[1024]), 37);
        roundTrip(new UnsafeBuffer(ByteBuffer.allocateDirect(1024)), 101);
    }

    @Test
    void writesMessagesBackToBack()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
        int position = 0;
        for (int seq = 1; seq <= 3; seq++)
        {
            position += encoder.begin(buffer, position, FixMsgType.HEARTBEAT).header(ISLD, TW, seq, SENDING_TIME).finish();
        }
        final FixFraming framing = new FixFraming(1024);
        final FixMessageDecoder decoder = new FixMessageDecoder(32);
        int offset = 0;
        for (int seq = 1; seq <= 3; seq++)
        {
            assertEquals(FixFraming.Status.MESSAGE, framing.scan(buffer, offset, position - offset));
            assertTrue(decoder.wrap(buffer, offset, framing.messageLength()));
            assertEquals(seq, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)));
            offset += framing.messageLength();
        }
        assertEquals(position, offset);
    }

    private void roundTrip(final MutableDirectBuffer buffer, final int offset)
    {
        final long transactTime = SENDING_TIME + 5_000_000;
        final int length = encoder.begin(buffer, offset, "8".getBytes(StandardCharsets.US_ASCII))
            .header(ISLD, TW, 1234, SENDING_TIME)
            .putBytes(FixTags.ORDER_ID, "O-1".getBytes(StandardCharsets.US_ASCII), 0, 3)
            .putBytes(FixTags.CL_ORD_ID, buffer, offset, 8) // bytes from a buffer: "8=FIX.4."
            .putChar(FixTags.EXEC_TYPE, (byte)'F')
            .putFixedPoint(FixTags.LAST_PX, FixedPoint.parse("9.8765"))
            .putLong(FixTags.LAST_QTY, 42)
            .putTimestampNanos(FixTags.TRANSACT_TIME, transactTime)
            .finish();
        final FixFraming framing = new FixFraming(1024);
        assertEquals(FixFraming.Status.MESSAGE, framing.scan(buffer, offset, length));
        assertEquals(length, framing.messageLength());
        final FixMessageDecoder decoder = new FixMessageDecoder(32);
        assertTrue(decoder.wrap(buffer, offset, length), () -> decoder.problem().name());
        assertEquals('8', decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.SENDER_COMP_ID), ISLD));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.TARGET_COMP_ID), TW));
        assertEquals(1234, decoder.longAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)));
        assertEquals(SENDING_TIME / 1_000_000 * 1_000_000, decoder.timestampNanosAt(decoder.indexOf(FixTags.SENDING_TIME)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.ORDER_ID), "O-1".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.CL_ORD_ID), "8=FIX.4.".getBytes(StandardCharsets.US_ASCII)));
        assertEquals('F', decoder.charAt(decoder.indexOf(FixTags.EXEC_TYPE)));
        assertEquals(98_765, decoder.fixedPointAt(decoder.indexOf(FixTags.LAST_PX)));
        assertEquals(42, decoder.longAt(decoder.indexOf(FixTags.LAST_QTY)));
        assertEquals(transactTime / 1_000_000 * 1_000_000, decoder.timestampNanosAt(decoder.indexOf(FixTags.TRANSACT_TIME)));
    }
}
