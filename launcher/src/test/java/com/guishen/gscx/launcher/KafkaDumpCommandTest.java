package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gscx kafka dump}: a topic's records as lines, and clear errors when there is nothing to read. */
class KafkaDumpCommandTest
{
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> FILLS = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + i + ",\"price\":\"15.50\"}").toList();

    @TempDir
    static Path dataDirectory;
    private static EmbeddedKafkaBroker broker;


    @BeforeAll
    static void startBroker() throws Exception
    {
        broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0);
        KafkaTopics.create(broker.bootstrapServers(), List.of(new NewTopic("gscx.fills", 1, (short)1)), TIMEOUT);
        KafkaTestClients.produce(broker.bootstrapServers(), "gscx.fills", FILLS);
    }

    @AfterAll
    static void stopBroker()
    {
        broker.close();
    }

    @Test
    void printsEveryRecordOfATopicAsALine()
    {
        assertEquals(0, dump("gscx.fills", "--bootstrap-servers", broker.bootstrapServers()), streams.err());
        assertEquals(FILLS, outLines());
        assertEquals("", streams.err(), "nothing but records: no broker or client log");
    }

    @Test
    void readsTheBrokerRunningOnADataDirectory()
    {
        assertEquals(0, dump("gscx.fills", "--data-dir", dataDirectory.toString(), "--from-beginning"), streams.err());
        assertEquals(FILLS, outLines());
    }

    @Test
    void stopsAfterMaxRecords()
    {
        assertEquals(0, dump("gscx.fills", "--bootstrap-servers", broker.bootstrapServers(), "--max", "3"));
        assertEquals(FILLS.subList(0, 3), outLines());
    }

    @Test
    void stopsAtTheEndTheTopicHadWhenItStarted() throws Exception
    {
        KafkaTopics.create(broker.bootstrapServers(), List.of(new NewTopic("gscx.busy", 1, (short)1)), TIMEOUT);
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final Thread writer = new Thread(() ->
        {
            try (KafkaProducer<String, String> producer = KafkaTestClients.idempotentProducer(broker.bootstrapServers()))
            {
                for (int n = 0; !stop.get(); n++)
                {
                    producer.send(new ProducerRecord<>("gscx.busy", "{\"n\":" + n + "}"),
                        (metadata, ex) -> acknowledged.incrementAndGet());
                }
            }
        }, "busy-writer");
        writer.start();
        try
        {
            await().atMost(TIMEOUT).until(() -> acknowledged.get() >= 1_000);
            final int before = acknowledged.get();

            assertEquals(0, dump("gscx.busy", "--bootstrap-servers", broker.bootstrapServers()), streams.err());

            final List<String> lines = outLines();
            assertTrue(lines.size() >= before, lines.size() + " lines, " + before + " acknowledged before");
            assertEquals(IntStream.range(0, lines.size()).mapToObj(n -> "{\"n\":" + n + "}").toList(), lines,
                "the records in order, while the topic keeps growing");
        }
        finally
        {
            stop.set(true);
            writer.join();
        }
    }

    @Test
    void anUnknownTopicIsAClearError()
    {
        assertEquals(2, dump("gscx.nope", "--bootstrap-servers", broker.bootstrapServers()));
        assertEquals("gscx kafka dump: no topic gscx.nope on " + broker.bootstrapServers() + "\n", errText());
        assertEquals("", streams.out());
    }

    @Test
    void unreachableKafkaIsAClearErrorWithinTheTimeout() throws Exception
    {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")))
        {
            closedPort = socket.getLocalPort();
        }
        final long startNanos = System.nanoTime();
        assertEquals(2, dump("gscx.fills", "--bootstrap-servers", "127.0.0.1:" + closedPort, "--timeout-ms", "1500"));
        assertTrue(Duration.ofNanos(System.nanoTime() - startNanos).toSeconds() < 10, "gives up in time");
        assertTrue(errText().startsWith("gscx kafka dump: cannot reach Kafka at 127.0.0.1:" + closedPort +
            " within 1500 ms"), errText());
    }

    @Test
    void aDataDirectoryWithoutABrokerIsAClearError(@TempDir final Path elsewhere)
    {
        final Path empty = elsewhere.resolve("never-ran");
        assertEquals(2, dump("gscx.fills", "--data-dir", empty.toString()));
        assertTrue(errText().startsWith("gscx kafka dump: no embedded Kafka broker in " + empty), errText());
        assertFalse(Files.exists(empty), "nothing created there");
    }

    @Test
    void startsTheStoppedBrokerOfADataDirectoryForTheDuration(@TempDir final Path stopped) throws Exception
    {
        try (EmbeddedKafkaBroker other = EmbeddedKafkaBroker.start(stopped, 0, 0))
        {
            KafkaTopics.create(other.bootstrapServers(), List.of(new NewTopic("gscx.orders", 1, (short)1)), TIMEOUT);
            KafkaTestClients.produce(other.bootstrapServers(), "gscx.orders", FILLS.subList(0, 5));
        }

        assertEquals(0, dump("gscx.orders", "--data-dir", stopped.toString()), streams.err());
        assertEquals(FILLS.subList(0, 5), outLines());
        assertNull(EmbeddedKafkaBroker.running(stopped), "stopped again afterwards");
    }

    private static int dump(final String... arguments)
    {
        final String[] command = new String[arguments.length + 2];
        command[0] = "kafka";
        command[1] = "dump";
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return Gscx.commandLine().execute(command);
    }

    private List<String> outLines()
    {
        final String text = streams.out();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private String errText()
    {
        return streams.err();
    }
}
