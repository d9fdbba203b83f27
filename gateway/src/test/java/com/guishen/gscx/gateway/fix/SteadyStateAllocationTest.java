package com.guishen.gscx.gateway.fix;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The codec's steady state allocates nothing: after a warm-up, framing, decoding every field of an
 * order and writing an ExecutionReport for it must not allocate a byte on the calling thread.
 */
class SteadyStateAllocationTest
{
    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 500_000;
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static final byte[] ISLD = "ISLD".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TW = "TW".getBytes(StandardCharsets.US_ASCII);

    private final UnsafeBuffer inbound = FixText.buffer(FixText.message(
        "35=D|34=3|49=TW|52=20261128-18:00:00.123|56=ISLD|11=ORD-7|55=GPU0.GUIAN.D20261201|54=1|38=24|44=1.75|40=2|59=1|" +
        "60=20261128-18:00:00.120|"));
    private final UnsafeBuffer outbound = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final FixFraming framing = new FixFraming(4096);
    private final FixMessageDecoder decoder = new FixMessageDecoder(64);
    private final FixMessageEncoder encoder = new FixMessageEncoder();
    private final byte[] clOrdId = new byte[32];
    private long decoded;
    private long wrong;

    @Test
    void allocatesNothingPerMessageOnceWarm()
    {
        run(WARM_UP);
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        run(MEASURED);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertEquals(0, allocated, "bytes allocated over " + MEASURED + " decode + encode round trips");
        assertEquals(MEASURED + WARM_UP, decoded);
        assertEquals(0, wrong, "iterations that decoded a wrong quantity or price");
    }

    private void run(final int iterations)
    {
        for (int i = 0; i < iterations; i++)
        {
            if (framing.scan(inbound, 0, inbound.capacity()) != FixFraming.Status.MESSAGE ||
                !decoder.wrap(inbound, 0, framing.messageLength()))
            {
                throw new AssertionError("the inbound order must decode");
            }
            final long quantity = decoder.longAt(decoder.indexOf(FixTags.ORDER_QTY));
            final long price = decoder.fixedPointAt(decoder.indexOf(FixTags.PRICE));
            final long transactTime = decoder.timestampNanosAt(decoder.indexOf(FixTags.TRANSACT_TIME));
            final int clOrdIdLength = decoder.copyValue(decoder.indexOf(FixTags.CL_ORD_ID), clOrdId, 0);
            final int length = encoder.begin(outbound, 0, FixMsgType.EXECUTION_REPORT).header(ISLD, TW, i, transactTime)
                .putBytes(FixTags.CL_ORD_ID, clOrdId, 0, clOrdIdLength)
                .putChar(FixTags.SIDE, decoder.charAt(decoder.indexOf(FixTags.SIDE)))
                .putLong(FixTags.ORDER_QTY, quantity)
                .putFixedPoint(FixTags.PRICE, price)
                .putTimestampNanos(FixTags.TRANSACT_TIME, transactTime)
                .finish();
            if (framing.scan(outbound, 0, length) != FixFraming.Status.MESSAGE)
            {
                throw new AssertionError("the outbound report must frame");
            }
            decoded++;
            if (quantity != 24 || price != 17_500)
            {
                wrong++;
            }
        }
    }
}
