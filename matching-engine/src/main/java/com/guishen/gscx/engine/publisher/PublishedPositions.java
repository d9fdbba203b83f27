package com.guishen.gscx.engine.publisher;

import com.guishen.gscx.events.kafka.EventJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the publisher left off: the highest engineSeq committed to each partition of its
 * topics, read back from Kafka itself (read_committed) so that nothing is published twice.
 */
final class PublishedPositions
{
    private final Map<TopicPartition, Long> lastEngineSeq;

    private PublishedPositions(final Map<TopicPartition, Long> lastEngineSeq)
    {
        this.lastEngineSeq = lastEngineSeq;
    }

    static PublishedPositions read(final String bootstrapServers, final List<String> topics)
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
        {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : topics)
            {
                for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30)))
                {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            final Map<TopicPartition, Long> result = new HashMap<>();
            for (final TopicPartition partition : partitions)
            {
                result.put(partition, lastEngineSeq(consumer, partition));
            }
            return new PublishedPositions(result);
        }
    }

    /** The last engineSeq in one partition, looking back further until a record is found (markers take offsets too). */
    private static long lastEngineSeq(final KafkaConsumer<byte[], byte[]> consumer, final TopicPartition partition)
    {
        consumer.assign(List.of(partition));
        final long begin = consumer.beginningOffsets(List.of(partition)).get(partition);
        final long end = consumer.endOffsets(List.of(partition)).get(partition);
        for (long window = 16; ; window *= 16)
        {
            final long from = Math.max(begin, end - window);
            consumer.seek(partition, from);
            long last = 0;
            while (consumer.position(partition) < end)
            {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)))
                {
                    last = Math.max(last, EventJson.engineSeq(record.value()));
                }
            }
            if (last > 0 || from == begin)
            {
                return last;
            }
        }
    }

    /** The highest engineSeq in the partition, 0 when it holds none. */
    long lastEngineSeq(final TopicPartition partition)
    {
        return lastEngineSeq.getOrDefault(partition, 0L);
    }

    /** The highest engineSeq in each of a topic's partitions, indexed by partition. */
    long[] lastEngineSeqs(final String topic, final int partitions)
    {
        final long[] seqs = new long[partitions];
        for (int partition = 0; partition < partitions; partition++)
        {
            seqs[partition] = lastEngineSeq(new TopicPartition(topic, partition));
        }
        return seqs;
    }

    /** The lowest of the partitions' positions: events after it may still be missing somewhere. */
    long lowest()
    {
        return lastEngineSeq.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
