package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code gscx kafka broker} in a child JVM, SIGKILLed after its records were acknowledged: a
 * broker started on the same data directory comes back on the same port with every record, and
 * other processes find it through the directory's lock.
 */
class KafkaBrokerCrashTest
{
    private static final Path BROKER_LOG = Path.of("target", "kafka-broker-crash-test.log");
    private static final Path DUMP_LOG = Path.of("target", "kafka-broker-crash-test-dump.log");
    private static final Path STOP_LOG = Path.of("target", "kafka-broker-stop-test.log");

    @TempDir
    Path dataDirectory;

    @Test
    void aBrokerKilledWithSigkillComesBackWithItsDataOnTheSamePort() throws Exception
    {
        Files.deleteIfExists(BROKER_LOG);
        Files.deleteIfExists(DUMP_LOG);
        final List<String> beforeKill = values("before", 2_000);
        final List<String> afterRestart = values("after", 10);
        final String bootstrapServers;
        try (EngineProcess host = EngineProcess.start(BROKER_LOG, "kafka", "broker", "--data-dir",
            dataDirectory.toString()))
        {
            await().atMost(Duration.ofSeconds(30)).until(() -> EmbeddedKafkaBroker.runningElsewhere(dataDirectory) != null);
            bootstrapServers = EmbeddedKafkaBroker.runningElsewhere(dataDirectory);
            KafkaTopics.create(bootstrapServers, List.of(new NewTopic("gscx.crash", 1, (short)1)), Duration.ofSeconds(30));
            KafkaTestClients.produce(bootstrapServers, "gscx.crash", beforeKill);
            host.kill();
        }
        assertNull(EmbeddedKafkaBroker.runningElsewhere(dataDirectory), "a killed process holds no lock");

        final long restartNanos = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            System.out.println("restart after kill -9: " + Duration.ofNanos(System.nanoTime() - restartNanos).toMillis() + " ms");
            assertEquals(bootstrapServers, broker.bootstrapServers(), "the port of before the kill");
            assertEquals(beforeKill, KafkaTestClients.read(bootstrapServers, "gscx.crash"));
            KafkaTestClients.produce(bootstrapServers, "gscx.crash", afterRestart);

            // another process reads through this process's broker: the lock held here is found there
            try (EngineProcess dump = EngineProcess.start(DUMP_LOG, "kafka", "dump", "gscx.crash", "--data-dir",
                dataDirectory.toString()))
            {
                assertEquals(0, dump.awaitExit(Duration.ofSeconds(60)), "kafka dump's exit code");
            }
            final List<String> all = new ArrayList<>(beforeKill);
            all.addAll(afterRestart);
            assertEquals(all, jsonLines(DUMP_LOG));
        }
    }

    @Test
    void sigtermStopsTheBrokerCleanlyOnTheGivenPort() throws Exception
    {
        Files.deleteIfExists(STOP_LOG);
        final int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")))
        {
            port = socket.getLocalPort();
        }
        try (EngineProcess host = EngineProcess.start(STOP_LOG, "kafka", "broker", "--data-dir",
            dataDirectory.toString(), "--port", Integer.toString(port)))
        {
            await().atMost(Duration.ofSeconds(30)).until(() -> EngineProcess.logLines(STOP_LOG, "serving on") > 0);
            assertEquals("127.0.0.1:" + port, EmbeddedKafkaBroker.runningElsewhere(dataDirectory));
            assertEquals(143, host.stop(), "SIGTERM ends it through its shutdown hook (128 + 15)");
        }
        assertEquals(1, EngineProcess.logLines(STOP_LOG, "gscx kafka broker: stopped"), "a clean stop");
        assertNull(EmbeddedKafkaBroker.runningElsewhere(dataDirectory), "the lock is released");
    }

    private static List<String> values(final String phase, final int count)
    {
        return IntStream.range(0, count).mapToObj(i -> "{\"phase\":\"" + phase + "\",\"n\":" + i + "}").toList();
    }

    /** The records kafka dump printed: its output file also has its log lines, which are not JSON. */
    private static List<String> jsonLines(final Path log) throws IOException
    {
        try (Stream<String> lines = Files.lines(log))
        {
            return lines.filter(line -> line.startsWith("{")).toList();
        }
    }
}
