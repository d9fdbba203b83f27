package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournalTexts;
import com.guishen.gscx.engine.journal.OutboundEventPrinter;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import com.guishen.gscx.engine.replay.CommandFileReplay;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
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
 * of the same commands prints, and Kafka (its embedded broker, killed with it every time)
 * holds every fill exactly once, in engineSeq order.
 */
class EngineCrashTest
{
    private static final int COMMANDS = 200_000;
    private static final int KILLS = 6;
    /** The engine runs' own log, kept in target/ for whoever needs to read it after a failure. */
    private static final Path LOG = Path.of("target", "engine-crash-test.log");

    @TempDir
    Path root;

    @Test
    void killedAtRandomMomentsTheEngineLosesNothingAndRepeatsNothing() throws Exception
    {
        Files.deleteIfExists(LOG);
        final List<String> lines = RandomCommandFileGenerator.generate(20261128, COMMANDS);
        final List<String> expected = JournalTexts.replayEvents(lines);
        final DataDirectory directory = new DataDirectory(root.resolve("data")).create();
        final SplittableRandom random = new SplittableRandom(7);

        final int declarations = 1_000;
        appendSlowly(directory, lines.subList(0, declarations));
        final Thread writer = new Thread(() -> appendSlowly(directory, lines.subList(declarations, lines.size())),
            "inbound-writer");
        writer.start();
        for (int kill = 1; kill <= KILLS; kill++)
        {
            final long publishersBefore = EngineProcess.logLines(LOG, "publisher resuming");
            try (EngineProcess engine = startEngine(directory))
            {
                if (kill == 1)
                {
                    // while commands stream in, the engine snapshots every 25,000: kill it in the middle of one
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1))
                        .until(() -> partialSnapshotExists(directory));
                }
                else
                {
                    // once the publisher is live, kill it after a random amount of publishing
                    await().atMost(Duration.ofSeconds(60)).until(() -> EngineProcess.logLines(LOG, "publisher resuming") > publishersBefore);
                    final String kafka = EmbeddedKafkaBroker.runningElsewhere(directory.root());
                    final long target = TopicContents.endOffset(kafka, "gscx.fills") + 1 + random.nextInt(3_000);
                    final long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    await().atMost(Duration.ofSeconds(10))
                        .until(() -> TopicContents.endOffset(kafka, "gscx.fills") >= target || System.nanoTime() > deadline);
                }
                engine.kill();
            }
        }
        writer.join();

        final long runsBefore = runningLines();
        try (EngineProcess engine = startEngine(directory))
        {
            await().atMost(Duration.ofSeconds(90)).until(() -> runningLines() > runsBefore);
            await().atMost(Duration.ofSeconds(90)).until(() -> JournalTexts.lastEngineSeq(directory) >= expected.size());
            final long fills = expected.stream().filter(line -> line.startsWith("FILL,")).count();
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() ->
                TopicContents.engineSeqs(EmbeddedKafkaBroker.runningElsewhere(directory.root()), "gscx.fills").size() >= fills);
            assertEquals(143, engine.stop(), "SIGTERM stops the engine through its shutdown hook (128 + 15)");
        }
        final List<String> journaled = JournalTexts.outboundEvents(directory);
        assertEquals(expected.size(), journaled.size(), "events in the outbound journal");
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i), journaled.get(i), "outbound event " + (i + 1));
        }
        assertTrue(Files.exists(directory.snapshots().resolve(String.format("snapshot-%016d.bin", lines.size()))),
            "the clean stop leaves a snapshot of every inbound entry");

        final List<Long> expectedFills = expected.stream().filter(line -> line.startsWith("FILL,"))
            .map(line -> Long.parseLong(line.split(",")[1])).toList();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory.root(), 0, 0))
        {
            final List<Long> published = TopicContents.engineSeqs(broker.bootstrapServers(), "gscx.fills");
            assertEquals(expectedFills, published, "every fill in Kafka exactly once, in engineSeq order");
        }
    }

    private EngineProcess startEngine(final DataDirectory directory) throws IOException
    {
        return EngineProcess.start(LOG, "engine", "--data-dir", directory.root().toString(),
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
                if (i % 1_000 == 999)
                {
                    // about 10,000 commands a second: the engine is killed while live, not only while catching up
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
                }
            }
        }
    }

    /** How many engine runs have come up far enough to publish (their "running on" line). */
    private static long runningLines() throws IOException
    {
        return EngineProcess.logLines(LOG, "gscx engine: running on");
    }

    private static boolean partialSnapshotExists(final DataDirectory directory) throws IOException
    {
        try (Stream<Path> files = Files.list(directory.snapshots()))
        {
            return files.anyMatch(f -> f.toString().endsWith(".partial"));
        }
    }

}
