package com.guishen.gscx.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.engine.replay.CommandFileReplay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The compute-market stream, replayed through the real engine. */
final class ComputeMarketStreamTest
{
    @Test
    void sameSeedAndLengthGiveTheSameBytes() throws IOException
    {
        assertEquals(stream(7, 20_000), stream(7, 20_000));
        assertNotEquals(stream(7, 20_000), stream(8, 20_000));
    }

    @Test
    void theEngineTradesOftenAndRejectsLittle() throws IOException
    {
        final int commands = 200_000;
        final Replay replay = replay(stream(1, commands));

        assertEquals(commands, replay.commands);
        final long rejects = replay.count("REJECTED");
        final long fills = replay.count("FILL");
        assertTrue(rejects < commands * 0.05, "rejects " + replay.rejects);
        assertTrue(fills > commands * 0.05 && fills < commands * 0.40, "fills " + fills);
        for (final String reason : new String[] {"CREDIT_LIMIT", "CAPACITY_LIMIT", "POST_ONLY_WOULD_CROSS",
            "INSTRUMENT_HALTED", "PRICE_BAND", "INVALID_PRICE", "INVALID_QTY", "INVALID_TIF", "DUPLICATE_CLORDID",
            "UNKNOWN_ORDER", "UNKNOWN_SYMBOL", "NOT_AUTHORISED"})
        {
            assertTrue(replay.rejects.containsKey(reason), reason + " never happens: " + replay.rejects);
        }
        for (final String reason : new String[] {"USER", "IOC", "FOK", "STP", "MASS", "EXPIRED"})
        {
            assertTrue(replay.cancels.containsKey(reason), reason + " cancels never happen: " + replay.cancels);
        }
        final long resting = replay.count("BOOK");
        assertTrue(resting > 100 && resting < 5_000, "resting orders at the end: " + resting);
    }

    @Test
    void deliveryWindowsRollWhenDeliveryStarts() throws IOException
    {
        // 50 ms before the 14:00 hourly windows start delivering.
        final Instant start = Instant.parse("2026-12-01T13:59:59.950+08:00");
        final long firstTimestamp = start.getEpochSecond() * 1_000_000_000L + start.getNano();
        final StringWriter out = new StringWriter();
        ComputeMarketStream.write(3, 20_000, out, firstTimestamp, null);
        final String stream = out.toString();
        final Replay replay = replay(stream);

        assertTrue(stream.contains("\nINSTRUMENT,H100.GUIAN.H2026120116,"), "the 16:00 window is listed");
        assertTrue(stream.contains(",H100.GUIAN.H2026120116,"), "and traded");
        assertTrue(replay.cancels.getOrDefault("EXPIRED", 0L) > 0);
        assertFalse(replay.rejects.containsKey("INSTRUMENT_CLOSED"), "nothing is sent to a closed window");
    }

    private static String stream(final long seed, final long commands) throws IOException
    {
        final StringWriter out = new StringWriter();
        ComputeMarketStream.write(seed, commands, out);
        return out.toString();
    }

    private static Replay replay(final String stream) throws IOException
    {
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        CommandFileReplay.replay(new ByteArrayInputStream(stream.getBytes(StandardCharsets.US_ASCII)), output);
        final Replay replay = new Replay();
        for (final String line : output.toString(StandardCharsets.US_ASCII).split("\n"))
        {
            final String[] fields = line.split(",");
            replay.kinds.merge(fields[0], 1L, Long::sum);
            switch (fields[0])
            {
                case "REJECTED" -> replay.rejects.merge(fields[4], 1L, Long::sum);
                case "CANCELLED" -> replay.cancels.merge(fields[5], 1L, Long::sum);
                case "SUMMARY" -> replay.commands = Long.parseLong(fields[1].substring("commands=".length()));
                default ->
                {
                }
            }
        }
        return replay;
    }

    /** What the engine printed, counted. */
    private static final class Replay
    {
        final Map<String, Long> kinds = new TreeMap<>();
        final Map<String, Long> rejects = new TreeMap<>();
        final Map<String, Long> cancels = new TreeMap<>();
        long commands;

        long count(final String kind)
        {
            return kinds.getOrDefault(kind, 0L);
        }
    }
}
