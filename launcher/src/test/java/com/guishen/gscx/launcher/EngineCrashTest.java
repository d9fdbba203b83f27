package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundEventPrinter;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import com.guishen.gscx.engine.replay.CommandFileReplay;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;


import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine as a child process, killed with SIGKILL at random moments (one of them while it
 * writes a snapshot) while commands keep streaming into its inbound journal, and restarted
 * each time: in the end its outbound journal is event for event what an uninterrupted replay
 * of the same commands prints.
 */
class EngineCrashTest
{
    private static final int COMMANDS = 200_000;
    private static final int KILLS = 6;

    @TempDir
    Path root;

    @Test
    void killedAtRandomMomentsTheEngineLosesNothingAndRepeatsNothing() throws Exception
    {
        final List<String> lines = RandomCommandFileGenerator.generate(20261128, COMMANDS);
        final List<String> expected = replayEvents(lines);
        final DataDirectory directory = new DataDirectory(root.resolve("data")).create();
        final SplittableRandom random = new SplittableRandom(7);

        final int declarations = 1_000;
        appendSlowly(directory, lines.subList(0, declarations));
        final Thread writer = new Thread(() -> appendSlowly(directory, lines.subList(declarations, lines.size())),
            "inbound-writer");
        writer.start();
        for (int kill = 1; kill <= KILLS; kill++)
        {
            try (EngineProcess engine = startEngine(directory))
            {
                if (kill == 3)
                {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1))
                        .until(() -> partialSnapshotExists(directory));
                }
                else
                {
                    final long target = lastEngineSeq(directory) + 1 + random.nextInt(40_000);
                    await().atMost(Duration.ofSeconds(60)).until(() -> lastEngineSeq(directory) >= target);
                }
                engine.kill();
            }
        }
        writer.join();

        try (EngineProcess engine = startEngine(directory))
        {
            await().atMost(Duration.ofSeconds(90)).until(() -> lastEngineSeq(directory) >= expected.size());
            assertEquals(143, engine.stop(), "SIGTERM stops the engine through its shutdown hook (128 + 15)");
        }
        final List<String> journaled = outboundEvents(directory);
        assertEquals(expected.size(), journaled.size(), "events in the outbound journal");
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i), journaled.get(i), "outbound event " + (i + 1));
        }
        assertTrue(Files.exists(directory.snapshots().resolve(String.format("snapshot-%016d.bin", lines.size()))),
            "the clean stop leaves a snapshot of every inbound entry");
    }

    private EngineProcess startEngine(final DataDirectory directory) throws IOException
    {
        return EngineProcess.start(root.resolve("engine.log"), "engine", "--data-dir", directory.root().toString(),
            "--snapshot-every", "25000");
    }

    /** Appends the commands in small bursts, so the engine is killed while more keep arriving. */
    private static void appendSlowly(final DataDirectory directory, final List<String> lines)
    {
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            for (int i = 0; i < lines.size(); i++)
            {
                appender.append(lines.get(i));
                if (i % 2_000 == 1_999)
                {
                    java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
                }
            }
        }
    }

    private static boolean partialSnapshotExists(final DataDirectory directory) throws IOException
    {
        try (Stream<Path> files = Files.list(directory.snapshots()))
        {
            return files.anyMatch(f -> f.toString().endsWith(".partial"));
        }
    }

    private static long lastEngineSeq(final DataDirectory directory)
    {
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            return outbound.lastEngineSeq();
        }
    }

    private static List<String> outboundEvents(final DataDirectory directory)
    {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final OutboundEventPrinter printer = new OutboundEventPrinter(text);
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final OutboundJournal.Reader reader = outbound.reader();
            final EngineEventDecoder event = new EngineEventDecoder();
            while (reader.readNext(event))
            {
                printer.print(event);
            }
        }
        printer.flush();
        return Arrays.asList(text.toString(StandardCharsets.US_ASCII).split("\n"));
    }

    private static List<String> replayEvents(final List<String> lines) throws IOException
    {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        CommandFileReplay.replay(
            new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII)), text);
        return Stream.of(text.toString(StandardCharsets.US_ASCII).split("\n"))
            .filter(line -> !line.startsWith("BOOK,") && !line.startsWith("SUMMARY,"))
            .toList();
    }
}
