package com.guishen.gscx.launcher.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded broker as its users see it: a real Kafka on 127.0.0.1 that keeps its data and port. */
class EmbeddedKafkaBrokerTest
{
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void recordsSurviveARestartOnTheSameDirectoryAndPort() throws Exception
    {
        final List<String> values = IntStream.range(0, 500).mapToObj(i -> "{\"n\":" + i + "}").toList();
        final String bootstrapServers;
        final String clusterId;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            bootstrapServers = broker.bootstrapServers();
            assertTrue(bootstrapServers.startsWith("127.0.0.1:"), bootstrapServers);
            KafkaTopics.create(bootstrapServers, List.of(new NewTopic("gscx.test", 3, (short)1)), TIMEOUT);
            KafkaTopics.create(bootstrapServers, List.of(new NewTopic("gscx.test", 3, (short)1)), TIMEOUT);
            assertEquals(3, KafkaTestClients.partitionCount(bootstrapServers, "gscx.test"), "created once, as asked");

            KafkaTestClients.produce(bootstrapServers, "gscx.test", values);
            assertEquals(sorted(values), sorted(KafkaTestClients.read(bootstrapServers, "gscx.test")));
            clusterId = KafkaTestClients.clusterId(bootstrapServers);
        }
        assertNull(EmbeddedKafkaBroker.running(dataDirectory), "closed: nothing runs on the directory");

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            assertEquals(bootstrapServers, broker.bootstrapServers(), "the port of the first start");
            assertEquals(clusterId, KafkaTestClients.clusterId(bootstrapServers), "not formatted again");
            assertEquals(sorted(values), sorted(KafkaTestClients.read(bootstrapServers, "gscx.test")));
        }
    }

    @Test
    void transactionsCommitAndAbortOnASingleNode() throws Exception
    {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            KafkaTopics.create(broker.bootstrapServers(), List.of(new NewTopic("gscx.tx", 1, (short)1)), TIMEOUT);
            final Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "gscx-test-transactions");
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000"); // initTransactions fails in 20 s, not 60
            try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer()))
            {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("gscx.tx", "{\"n\":1}"));
                producer.send(new ProducerRecord<>("gscx.tx", "{\"n\":2}"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("gscx.tx", "{\"aborted\":true}"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("gscx.tx", "{\"n\":3}"));
                producer.commitTransaction();
            }
            assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"),
                KafkaTestClients.read(broker.bootstrapServers(), "gscx.tx"), "committed records only");
        }
    }

    @Test
    void aPortInUseIsNamedAndLeavesTheDirectoryUsable() throws Exception
    {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")))
        {
            final int port = squatter.getLocalPort();
            final IllegalStateException client =
                assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.start(dataDirectory, port, 0));
            assertTrue(client.getMessage().startsWith("port " + port + " on 127.0.0.1, the client port of the " +
                "embedded Kafka broker of " + dataDirectory + ", is in use"), client.getMessage());
            final IllegalStateException controller =
                assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.start(dataDirectory, 0, port));
            assertTrue(controller.getMessage().startsWith("port " + port + " on 127.0.0.1, the controller port"),
                controller.getMessage());
        }

        final int remembered;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            remembered = Integer.parseInt(broker.bootstrapServers().substring("127.0.0.1:".length()));
        }
        try (ServerSocket squatter = new ServerSocket())
        {
            squatter.setReuseAddress(true);
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), remembered));
            final IllegalStateException taken =
                assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.start(dataDirectory, 0, 0));
            assertTrue(taken.getMessage().contains("port " + remembered) &&
                taken.getMessage().contains("the port this directory's broker used before"), taken.getMessage());
        }
    }

    @Test
    void oneBrokerPerDataDirectory() throws Exception
    {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            assertEquals(broker.bootstrapServers(), EmbeddedKafkaBroker.running(dataDirectory));
            assertNull(EmbeddedKafkaBroker.runningElsewhere(dataDirectory), "this process runs it, not another");
            final IllegalStateException second =
                assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.start(dataDirectory, 0, 0));
            assertEquals("this process already runs the Kafka broker of " + dataDirectory + " on " +
                broker.bootstrapServers(), second.getMessage());
            assertTrue(KafkaTestClients.clusterId(broker.bootstrapServers()) != null, "the first one still serves");
        }
    }

    @Test
    void aFatalKafkaExitNeitherEndsTheProcessNorGoesUnnoticed() throws Exception
    {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0))
        {
            assertNull(broker.fatalFault());
            // what Kafka's fault handlers do: without the broker's exit procedures this ends the test JVM
            final IllegalStateException halt =
                assertThrows(IllegalStateException.class, () -> Exit.halt(1, "simulated fault"));
            assertEquals("Kafka wanted to end the process with status 1: simulated fault", halt.getMessage());
            assertThrows(IllegalStateException.class, () -> Exit.exit(1));

            assertEquals(halt.getMessage(), broker.fatalFault(), "the first fault is the one reported");
            assertEquals(halt.getMessage(), broker.awaitFatalFault());
        }
    }

    private static List<String> sorted(final List<String> values)
    {
        final List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }
}
