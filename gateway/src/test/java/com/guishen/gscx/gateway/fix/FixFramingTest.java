package com.guishen.gscx.gateway.fix;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.guishen.gscx.gateway.fix.FixFraming.Status.GARBLED;
import static com.guishen.gscx.gateway.fix.FixFraming.Status.MESSAGE;
import static com.guishen.gscx.gateway.fix.FixFraming.Status.NEED_MORE;
import static com.guishen.gscx.gateway.fix.FixText.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixFramingTest
{
    private static final String HEARTBEAT = message("35=0|34=2|49=TW|52=20261128-18:00:00.000|56=ISLD|");
    private static final String TEST_REQUEST = message("35=1|34=3|49=TW|52=20261128-18:00:01.000|56=ISLD|112=HELLO|");

    private final FixFraming framing = new FixFraming(4096);

    @Test
    void findsACompleteMessage()
    {
        final UnsafeBuffer buffer = FixText.buffer(HEARTBEAT);
        assertEquals(MESSAGE, framing.scan(buffer, 0, buffer.capacity()));
        assertEquals(0, framing.messageOffset());
        assertEquals(HEARTBEAT.length(), framing.messageLength());
        assertEquals(HEARTBEAT.length() - "8=FIX.4.4|9=51|".length() - 7, framing.bodyLength());
        assertEquals(FixGarbledReason.NONE, framing.reason());
    }

    @Test
    void needsMoreUntilTheLastByteArrives()
    {
        final UnsafeBuffer whole = FixText.buffer(HEARTBEAT);
        for (int length = 0; length < whole.capacity(); length++)
        {
            // a buffer of exactly the bytes received so far: reading beyond them would throw
            final UnsafeBuffer received = new UnsafeBuffer(whole, 0, length);
            assertEquals(NEED_MORE, framing.scan(received, 0, length), "after " + length + " bytes");
        }
        assertEquals(MESSAGE, framing.scan(whole, 0, whole.capacity()));
    }

    @Test
    void findsTwoMessagesInOneRead()
    {
        final UnsafeBuffer buffer = FixText.buffer(HEARTBEAT + TEST_REQUEST);
        assertEquals(List.of(HEARTBEAT, TEST_REQUEST), frames(buffer, buffer.capacity()));
    }

    @Test
    void resynchronisesOnNoiseBeforeAMessage()
    {
        final UnsafeBuffer buffer = FixText.buffer("noise|58=FIX.4.4 in a text|" + HEARTBEAT);
        assertEquals(GARBLED, framing.scan(buffer, 0, buffer.capacity()));
        assertEquals(FixGarbledReason.NO_BEGIN_STRING, framing.reason());
        assertEquals("noise|58=FIX.4.4 in a text|".length(), framing.skipLength(),
            "an 8=FIX after a digit (58=FIX...) is not a message start");
        assertEquals(MESSAGE, framing.scan(buffer, framing.skipLength(), buffer.capacity() - framing.skipLength()));
    }

    @Test
    void refusesAnotherBeginStringButSkipsOnlyToTheNextMessage()
    {
        final String fix41 = FixText.withChecksum("8=FIX.4.1|9=30|35=1|34=2|49=TW|56=ISLD|112=id|");
        assertGarbled(fix41 + HEARTBEAT, FixGarbledReason.BAD_BEGIN_STRING, fix41.length());
        assertGarbled("8=FIXT.1.1|9=5|35=0|10=000|", FixGarbledReason.BAD_BEGIN_STRING, 27);
    }

    @Test
    void refusesAMissingOrMalformedBodyLength()
    {
        assertGarbled("8=FIX.4.4|35=0|34=2|10=000|", FixGarbledReason.NO_BODY_LENGTH, 27);
        assertGarbled("8=FIX.4.4|9=|35=0|10=000|", FixGarbledReason.BODY_LENGTH_NOT_A_NUMBER, 25);
        assertGarbled("8=FIX.4.4|9=1x|35=0|10=000|", FixGarbledReason.BODY_LENGTH_NOT_A_NUMBER, 27);
        assertGarbled("8=FIX.4.4|9=-5|35=0|10=000|", FixGarbledReason.BODY_LENGTH_NEGATIVE, 27);
    }

    @Test
    void refusesATooLargeBodyLengthBeforeTheBodyArrives()
    {
        // only the digits have arrived: no waiting for 10 MB that will never be accepted
        assertGarbled("8=FIX.4.4|9=10000000", FixGarbledReason.BODY_LENGTH_TOO_LARGE, 20);
        final String huge = "8=FIX.4.4|9=99999999999999999999999999|";
        assertGarbled(huge, FixGarbledReason.BODY_LENGTH_TOO_LARGE, huge.length());
        // the body fits in 4096 but the whole message does not
        assertGarbled("8=FIX.4.4|9=4080|", FixGarbledReason.BODY_LENGTH_TOO_LARGE, 17);
        final FixFraming small = new FixFraming(HEARTBEAT.length());
        final UnsafeBuffer buffer = FixText.buffer(HEARTBEAT);
        assertEquals(MESSAGE, small.scan(buffer, 0, buffer.capacity()), "a message of exactly the maximum size");
    }

    @Test
    void refusesABodyLengthThatDoesNotEndAtTheCheckSum()
    {
        // the conformance script 2t: BodyLength 29 where the body is longer; the next message must survive
        final String wrong = "8=FIX.4.4|9=29|34=2|49=TW|52=20261128-18:00:00.000|56=ISLD|10=121|";
        assertGarbled(wrong + TEST_REQUEST, FixGarbledReason.CHECKSUM_MISSING, wrong.length());
        final UnsafeBuffer buffer = FixText.buffer(wrong + TEST_REQUEST);
        assertEquals(List.of(TEST_REQUEST), frames(buffer, buffer.capacity()));
        // too short by one: decided on the first byte where "10=" should be
        assertGarbled("8=FIX.4.4|9=4|35=0|10=000|", FixGarbledReason.CHECKSUM_MISSING, 26);
    }

    @Test
    void refusesAMalformedOrWrongCheckSum()
    {
        final String body = "8=FIX.4.4|9=5|35=0|";
        assertGarbled(body + "10=1a3|", FixGarbledReason.CHECKSUM_MALFORMED, 26);
        assertGarbled(body + "10=1234", FixGarbledReason.CHECKSUM_MALFORMED, 26);
        final String right = FixText.withChecksum(body);
        final String wrong = body + (right.endsWith("000|") ? "10=001|" : "10=000|");
        assertGarbled(wrong + HEARTBEAT, FixGarbledReason.CHECKSUM_MISMATCH, wrong.length());
        assertGarbled(body + "10=999|", FixGarbledReason.CHECKSUM_MISMATCH, body.length() + 7);
    }

    @Test
    void scansFromAnOffsetInsideALargerBuffer()
    {
        final UnsafeBuffer buffer = FixText.buffer("xxxx" + HEARTBEAT + "yyyy");
        assertEquals(MESSAGE, framing.scan(buffer, 4, HEARTBEAT.length() + 4));
        assertEquals(4, framing.messageOffset());
        assertEquals(HEARTBEAT.length(), framing.messageLength());
    }

    @Test
    void alwaysMakesProgressAndNeverReadsPastTheData()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final byte[] good = FixText.soh(HEARTBEAT + TEST_REQUEST);
        for (int round = 0; round < 20_000; round++)
        {
            final byte[] bytes = good.clone();
            final int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++)
            {
                final int at = random.nextInt(bytes.length);
                switch (random.nextInt(4))
                {
                    case 0 -> bytes[at] ^= (byte)(1 << random.nextInt(8));
                    case 1 -> bytes[at] = (byte)random.nextInt(256);
                    case 2 -> bytes[at] = 1;
                    default -> bytes[at] = (byte)('0' + random.nextInt(10));
                }
            }
            final int length = 1 + random.nextInt(bytes.length);
            final UnsafeBuffer buffer = new UnsafeBuffer(bytes, 0, length);
            int position = 0;
            int scans = 0;
            while (position < length)
            {
                assertTrue(++scans <= length, "no progress");
                final FixFraming.Status status = framing.scan(buffer, position, length - position);
                if (status == NEED_MORE)
                {
                    break;
                }
                final int step = status == MESSAGE ? framing.messageLength() : framing.skipLength();
                assertTrue(step >= 1 && step <= length - position, "step " + step);
                position += step;
            }
        }
    }

    private void assertGarbled(final String text, final FixGarbledReason reason, final int skip)
    {
        final UnsafeBuffer buffer = FixText.buffer(text);
        assertEquals(GARBLED, framing.scan(buffer, 0, buffer.capacity()), text);
        assertEquals(reason, framing.reason(), text);
        assertEquals(skip, framing.skipLength(), text);
    }

    /** Every message found in the first {@code length} bytes, garbled bytes skipped. */
    private List<String> frames(final UnsafeBuffer buffer, final int length)
    {
        final List<String> found = new ArrayList<>();
        int position = 0;
        while (position < length)
        {
            final FixFraming.Status status = framing.scan(buffer, position, length - position);
            if (status == NEED_MORE)
            {
                break;
            }
            if (status == MESSAGE)
            {
                found.add(FixText.bars(buffer.byteArray(), position, framing.messageLength()));
                position += framing.messageLength();
            }
            else
            {
                position += framing.skipLength();
            }
        }
        return found;
    }
}
