package com.guishen.gscx.launcher.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Plain Kafka clients for tests: what any producer or consumer of the broker does. */
public final class KafkaTestClients
{
    private KafkaTestClients()
    {
    }

    /** An idempotent producer (acks=all), as the exchange's publisher uses. */
    public static KafkaProducer<String, String> idempotentProducer(final String bootstrapServers)
    {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** Writes the values, keyed by their index, and waits until every one is acknowledged. */
    public static void produce(final String bootstrapServers, final String topic, final List<String> values)
        throws ExecutionException, InterruptedException
    {
        try (KafkaProducer<String, String> producer = idempotentProducer(bootstrapServers))
        {
            final List<Future<?>> acks = new ArrayList<>();
            for (int i = 0; i < values.size(); i++)
            {
                acks.add(producer.send(new ProducerRecord<>(topic, Integer.toString(i), values.get(i))));
            }
            for (final Future<?> ack : acks)
            {
                ack.get();
            }
        }
    }

    /** Every committed value of a topic, partition after partition, each in offset order. */
    public static List<String> read(final String bootstrapServers, final String topic)
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
            new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer()))
        {
            for (final PartitionInfo info : consumer.partitionsFor(topic))
            {
                final TopicPartition partition = new TopicPartition(topic, info.partition());
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                final long end = consumer.endOffsets(List.of(partition)).get(partition);
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (consumer.position(partition) < end)
                {
                    if (System.nanoTime() > deadline)
                    {
                        throw new IllegalStateException("could not read " + partition + " to offset " + end);
                    }
                    for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200)))
                    {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    /** The cluster id: a data directory formatted once keeps it across restarts. */
    public static String clusterId(final String bootstrapServers) throws ExecutionException, InterruptedException
    {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))
        {
            return admin.describeCluster().clusterId().get();
        }
    }

    /** How many partitions a topic has. */
    public static int partitionCount(final String bootstrapServers, final String topic)
        throws ExecutionException, InterruptedException
    {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))
        {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }
}
