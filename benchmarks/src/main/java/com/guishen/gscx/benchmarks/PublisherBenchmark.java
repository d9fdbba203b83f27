package com.guishen.gscx.benchmarks;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.publisher.KafkaEventPublisher;
import com.guishen.gscx.engine.publisher.PublisherSettings;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The publisher against a bare producer on the same embedded broker in the same run: the
 * publisher reads the outbound journal, builds the JSON records and commits them in Kafka
 * transactions; a bare idempotent producer (acks=all, same batching) then sends exactly the
 * records the publisher wrote, already built. Results go to BENCHMARKS.md with {@code --report}.
 *
 * <pre>
 * PublisherBenchmark [--commands N] [--seed S] [--report FILE]
 * </pre>
 */
public final class PublisherBenchmark
{
    private static final int ROUNDS = 5;

    private PublisherBenchmark()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final StreamBenchmarkOptions options = StreamBenchmarkOptions.parse("PublisherBenchmark", 300_000, args);
        final Path report = options.report();
        final Path work = Path.of("target", "publisher-benchmark");
        StreamBenchmarkOptions.delete(work);
        final DataDirectory directory = new DataDirectory(work.resolve("engine")).create();
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            options.lines().forEach(appender::append);
        }
        try (JournaledEngine engine = JournaledEngine.open(directory, JournaledEngine.Settings.defaults()))
        {
            System.err.printf("journaled %,d commands%n", engine.inboundEntriesApplied());
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0, 0);
            OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final long events = outbound.lastEngineSeq();
            // A first pass of each to other topics warms the JIT up (Kafka client, JSON, mirror); then ROUNDS
            // alternating measured pairs, each to topics of its own, and the median of the ratios.
            publish(outbound, events, settings(broker.bootstrapServers(), "warmup."));
            bareProducer(broker.bootstrapServers(), "warmup.");
            final double[] publisherRates = new double[ROUNDS];
            final double[] bareRates = new double[ROUNDS];
            final double[] ratios = new double[ROUNDS];
            final StringBuilder pairs = new StringBuilder();
            long records = 0;
            for (int round = 0; round < ROUNDS; round++)
            {
                final String prefix = "round" + round + ".";
                final Published measured = publish(outbound, events, settings(broker.bootstrapServers(), prefix));
                records = measured.records();
                publisherRates[round] = records / measured.seconds();
                bareRates[round] = bareProducer(broker.bootstrapServers(), prefix);
                ratios[round] = publisherRates[round] / bareRates[round];
                deleteTopics(broker.bootstrapServers(), prefix); // keeps the broker's log (and page cache) small
                System.err.printf("round %d: publisher %,.0f records/s, bare %,.0f records/s, ratio %.0f%%%n", round + 1,
                    publisherRates[round], bareRates[round], 100 * ratios[round]);
                pairs.append(String.format("%s%,.0f / %,.0f = %.0f%%", round == 0 ? "" : "; ", publisherRates[round],
                    bareRates[round], 100 * ratios[round]));
            }
            Arrays.sort(publisherRates);
            Arrays.sort(bareRates);
            Arrays.sort(ratios);

            final String markdown = "## Publisher: outbound journal to Kafka\n\n" +
                "Measured " + LocalDate.now() + ", JDK " + System.getProperty("java.version") + ", " +
                Runtime.getRuntime().availableProcessors() + " cores, embedded broker in the same JVM. Reproduce with:\n\n" +
                "```\n" + options.commandLine("PublisherBenchmark") + "\n```\n\n" +
                String.format("- publisher (read outbound, JSON, Kafka transactions of up to %,d events; clock from " +
                    "connected to last commit): %,d events -> %,d records; median **%,.0f records/s**%n",
                    PublisherSettings.defaults(broker.bootstrapServers()).maxEventsPerTransaction(), events, records,
                    publisherRates[ROUNDS / 2]) +
                String.format("- bare idempotent producer, same broker and run, sending exactly the records the " +
                    "publisher wrote (read back from its topics), acks=all, same batching and compression: median " +
                    "**%,.0f records/s**%n", bareRates[ROUNDS / 2]) +
                String.format("- %d alternating pairs after one warm-up pass of each, publisher / bare: %s%n", ROUNDS, pairs) +
                String.format("- publisher / bare, median of the pairs: **%.0f%%** (target >= 80%%)%n",
                    100 * ratios[ROUNDS / 2]);
            System.out.println(markdown);
            if (report != null)
            {
                BenchmarkReport.updateSection(report, "publisher", markdown);
            }
        }
        StreamBenchmarkOptions.delete(work);
    }

    private static void deleteTopics(final String servers, final String prefix) throws Exception
    {
        final Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (Admin client = Admin.create(admin))
        {
            final List<String> topics = new ArrayList<>();
            for (final String topic : List.of("gscx.fills", "gscx.orders", "gscx.marketdata"))
            {
                topics.add(prefix + topic);
                topics.add("bare." + prefix + topic);
            }
            client.deleteTopics(topics).all().get();
        }
    }

    private record Published(long records, double seconds)
    {
    }

    private static PublisherSettings settings(final String servers, final String prefix)
    {
        final PublisherSettings defaults = PublisherSettings.defaults(servers);
        return new PublisherSettings(servers, prefix + defaults.fillsTopic(), prefix + defaults.ordersTopic(),
            prefix + defaults.marketDataTopic(), defaults.partitions(), defaults.replicationFactor(),
            prefix + defaults.transactionalId(), defaults.maxEventsPerTransaction());
    }

    /** Publishes the whole outbound journal; the clock starts once the publisher is connected. */
    private static Published publish(final OutboundJournal outbound, final long events, final PublisherSettings settings)
    {
        final KafkaEventPublisher publisher = new KafkaEventPublisher(settings, outbound);
        publisher.onStart();
        publisher.doWork(); // connects: creates topics, fences earlier producers, reads positions
        final long start = System.nanoTime();
        while (publisher.lastSeenEngineSeq() < events)
        {
            publisher.doWork();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        final long records = publisher.published();
        publisher.onClose();
        return new Published(records, seconds);
    }

    /**
     * A bare idempotent producer sending exactly the records the publisher wrote (read back from
     * its three topics: same keys, values, sizes and compressibility) to fresh topics, as fast
     * as it can: the ceiling the publisher is measured against.
     */
    private static double bareProducer(final String servers, final String prefix) throws Exception
    {
        final List<String> topics = List.of(prefix + "gscx.fills", prefix + "gscx.orders", prefix + "gscx.marketdata");
        final List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        final Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        consumerProperties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
        {
            final List<TopicPartition> partitions = topics.stream().map(t -> new TopicPartition(t, 0)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)))
            {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)))
                {
                    records.add(new ProducerRecord<>("bare." + record.topic(), 0, record.key(), record.value()));
                }
            }
        }
        final Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (Admin client = Admin.create(admin))
        {
            client.createTopics(topics.stream().map(t -> new NewTopic("bare." + t, 1, (short)1)).toList()).all().get();
        }
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer()))
        {
            final long start = System.nanoTime();
            for (final ProducerRecord<byte[], byte[]> record : records)
            {
                producer.send(record);
            }
            producer.flush();
            return records.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
