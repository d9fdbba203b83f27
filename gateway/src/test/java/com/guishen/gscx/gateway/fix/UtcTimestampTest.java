package com.guishen.gscx.gateway.fix;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UtcTimestampTest
{
    private static final DateTimeFormatter FIX_MILLIS =
        DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

    @Test
    void formatsAndParsesLikeJavaTime()
    {
        final SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++)
        {
            // 1900-01-01 .. 2200-01-01
            final long millis = -2_208_988_800_000L + random.nextLong(9_467_280_000_000L);
            final String expected = FIX_MILLIS.format(Instant.ofEpochMilli(millis));
            final int length = UtcTimestamp.formatMillis(millis, true, buffer, 0);
            assertEquals(expected, buffer.getStringWithoutLengthAscii(0, length));
            assertEquals(millis, UtcTimestamp.parseMillis(buffer, 0, length));
            assertEquals(millis * 1_000_000, UtcTimestamp.parseNanos(buffer, 0, length));
            assertEquals(expected, text(UtcTimestamp.formatNanos(millis * 1_000_000 + 999_999, true, buffer, 0)));
        }
    }

    @Test
    void writesSecondsOnlyWhenAsked()
    {
        final long nanos = Instant.parse("2026-02-28T23:59:59.999Z").toEpochMilli() * 1_000_000;
        assertEquals("20260228-23:59:59", text(UtcTimestamp.formatNanos(nanos, false, buffer, 0)));
        assertEquals("19691231-23:59:59.999", text(UtcTimestamp.formatMillis(-1, true, buffer, 0)));
    }

    @Test
    void parsesEveryFractionFixEnginesSend()
    {
        final long seconds = Instant.parse("2024-02-29T12:34:56Z").getEpochSecond();
        assertEquals(seconds * 1_000_000_000L, parse("20240229-12:34:56"));
        assertEquals(seconds * 1_000_000_000L + 7_000_000, parse("20240229-12:34:56.007"));
        assertEquals(seconds * 1_000_000_000L + 7_008_000, parse("20240229-12:34:56.007008"));
        assertEquals(seconds * 1_000_000_000L + 7_008_009, parse("20240229-12:34:56.007008009"));
        assertEquals((seconds + 4) * 1_000_000_000L, parse("20240229-12:34:60"), "a leap second");
    }

    @Test
    void reportsMalformedTimestamps()
    {
        for (final String text : new String[]{"", "20240229", "20240229-12:34", "20230229-12:34:56", "20241301-00:00:00",
            "20240100-00:00:00", "20240101-24:00:00", "20240101-00:60:00", "20240101-00:00:61", "20240101 00:00:00",
            "20240101-00-00-00", "20240101-00:00:00.1", "20240101-00:00:00,123", "2024010a-00:00:00",
            "20240101-00:00:00.12x", "99990101-00:00:00", "-0240101-00:00:00"})
        {
            assertEquals(UtcTimestamp.MALFORMED, parse(text), text);
        }
    }

    private long parse(final String text)
    {
        final int length = buffer.putStringWithoutLengthAscii(0, text);
        return UtcTimestamp.parseNanos(buffer, 0, length);
    }

    private String text(final int length)
    {
        return buffer.getStringWithoutLengthAscii(0, length);
    }
}
