package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournalTexts;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import com.guishen.gscx.engine.replay.CommandFileReplay;
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
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Engine, publisher and broker as three processes: the publisher is SIGKILLed on its own
 * three times while it publishes, and the broker is SIGKILLed and restarted under a running
 * publisher. Kafka still ends up with every fill once, in engineSeq order, and the drop copy
 * with one record per order event (two per fill).
 */
class PublisherCrashTest
{
    private static final Path LOG = Path.of("target", "publisher-crash-test.log");

    @TempDir
    Path root;

    @Test
    void killingThePublisherOrTheBrokerLosesNothingAndRepeatsNothing() throws Exception
    {
        Files.deleteIfExists(LOG);
        final List<String> lines = RandomCommandFileGenerator.generate(4242, 60_000);
        final List<String> events = JournalTexts.replayEvents(lines);
        final List<Long> fillSeqs = events.stream().filter(line -> line.startsWith("FILL,"))
            .map(line -> Long.parseLong(line.split(",")[1])).toList();
        final long orderRecords = events.size() + fillSeqs.size();
        final DataDirectory directory = new DataDirectory(root.resolve("data")).create();
        append(directory, lines);
        final SplittableRandom random = new SplittableRandom(99);

        EngineProcess broker = start("kafka", "broker", "--data-dir", directory.root().toString());
        try (EngineProcess engine = start("engine", "--data-dir", directory.root().toString(), "--no-publisher"))
        {
            await().atMost(Duration.ofSeconds(60)).until(() -> EmbeddedKafkaBroker.runningElsewhere(directory.root()) != null);
            final String kafka = EmbeddedKafkaBroker.runningElsewhere(directory.root());
            for (int kill = 1; kill <= 4; kill++)
            {
                final long before = EngineProcess.logLines(LOG, "publisher resuming");
                try (EngineProcess publisher = start("publish", "--data-dir", directory.root().toString()))
                {
                    await().atMost(Duration.ofSeconds(60)).until(() -> EngineProcess.logLines(LOG, "publisher resuming") > before);
                    final long target = TopicContents.endOffset(kafka, "gscx.fills") + 1 + random.nextInt(1_500);
                    final long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    await().atMost(Duration.ofSeconds(10)).until(() ->
                        TopicContents.endOffset(kafka, "gscx.fills") >= target || System.nanoTime() > deadline);
                    if (kill < 4)
                    {
                        publisher.kill();
                        continue;
                    }
                    // the last publisher stays: its broker dies under it and comes back on the same port
                    broker.kill();
                    broker = start("kafka", "broker", "--data-dir", directory.root().toString());
                    await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() ->
                        TopicContents.engineSeqs(kafka, "gscx.fills").size() >= fillSeqs.size() &&
                        TopicContents.engineSeqs(kafka, "gscx.orders").size() >= orderRecords);
                    assertEquals(fillSeqs, TopicContents.engineSeqs(kafka, "gscx.fills"),
                        "every fill once, in engineSeq order");
                    final List<Long> orders = TopicContents.engineSeqs(kafka, "gscx.orders");
                    assertEquals(orderRecords, orders.size(), "one drop-copy record per order event, two per fill");
                    for (int i = 1; i < orders.size(); i++)
                    {
                        assertEquals(true, orders.get(i) >= orders.get(i - 1), "drop copy in engineSeq order at " + i);
                    }
                    publisher.stop();
                }
            }
            engine.stop();
        }
        finally
        {
            broker.stop();
        }
    }

    private EngineProcess start(final String... arguments) throws IOException
    {
        return EngineProcess.start(LOG, arguments);
    }

    private static void append(final DataDirectory directory, final List<String> lines)
    {
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            lines.forEach(appender::append);
        }
    }

}
