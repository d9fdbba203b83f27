package com.guishen.gscx.settlement.kafka;

import com.guishen.gscx.settlement.SettlementJournal;
import com.guishen.gscx.settlement.SettlementOutput;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Publishes the outputs journaled with each input, exactly once, in journal order, in Kafka
 * transactions (all outputs of one input in the same one): {@code gscx.settlement} and
 * {@code gscx.deliveries.rejects}, partition 0. Each record carries its journal position in the
 * header {@value #JOURNAL_SEQ_HEADER}; on start it reads the highest position committed in either
 * topic and publishes from the next one. The journal is the outbox.
 */
public final class SettlementPublisher implements AutoCloseable
{
    public static final String JOURNAL_SEQ_HEADER = "gscx.journalSeq";
    private static final Logger LOG = LoggerFactory.getLogger(SettlementPublisher.class);
    private static final int MAX_RECORDS_PER_TRANSACTION = 5_000;

    private final SettlementServiceSettings settings;
    private final KafkaProducer<byte[], byte[]> producer;
    private final SettlementJournal.Reader reader;
    private volatile long published;

    public SettlementPublisher(final SettlementServiceSettings settings, final SettlementJournal journal)
    {
        this.settings = settings;
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        try
        {
            producer.initTransactions(); // fences a killed predecessor and aborts what it left open
            published = lastPublished();
        }
        catch (final RuntimeException ex)
        {
            producer.close(Duration.ZERO);
            throw ex;
        }
        reader = journal.reader();
        while (reader.sequence() < published && reader.next() != null)
        {
            // skipping what Kafka holds already
        }
        LOG.info("settlement publisher resuming after journal record {}", published);
    }

    /**
     * Publishes the outputs of the journal records written since the last call, in one transaction.
     *
     * @return how many journal records it published.
     */
    public int publishAvailable()
    {
        SettlementJournal.Record record = reader.next();
        if (record == null)
        {
            return 0;
        }
        producer.beginTransaction();
        int count = 0;
        int sent = 0;
        while (record != null)
        {
            for (final SettlementOutput output : record.outputs())
            {
                producer.send(toKafka(record.sequence(), output));
                sent++;
            }
            count++;
            published = record.sequence();
            if (sent >= MAX_RECORDS_PER_TRANSACTION)
            {
                break;
            }
            record = reader.next();
        }
        producer.commitTransaction();
        return count;
    }

    /** Lets the thread that publishes next take the publisher over from the one that created it. */
    public void handOver()
    {
        reader.handOver();
    }

    /** Journal records whose outputs are committed to Kafka (readable from any thread). */
    public long published()
    {
        return published;
    }

    private ProducerRecord<byte[], byte[]> toKafka(final long sequence, final SettlementOutput output)
    {
        final String topic = output.destination() == SettlementOutput.Destination.SETTLEMENT ?
            settings.settlementTopic() : settings.rejectsTopic();
        final ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, 0, null, output.json());
        record.headers().add(JOURNAL_SEQ_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        return record;
    }

    /** The highest journal position committed to either topic, 0 when none is. */
    private long lastPublished()
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        long last = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
        {
            for (final String topic : List.of(settings.settlementTopic(), settings.rejectsTopic()))
            {
                for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(60)))
                {
                    last = Math.max(last, lastSeq(consumer, new TopicPartition(topic, info.partition())));
                }
            }
        }
        return last;
    }

    /** The journal position of a partition's last committed record: reads back further until it finds one. */
    private static long lastSeq(final KafkaConsumer<byte[], byte[]> consumer, final TopicPartition partition)
    {
        consumer.assign(List.of(partition));
        final long end = consumer.endOffsets(List.of(partition)).get(partition);
        final long beginning = consumer.beginningOffsets(List.of(partition)).get(partition);
        long window = 64;
        long from = end;
        while (from > beginning)
        {
            final long to = from;
            from = Math.max(beginning, end - window);
            consumer.seek(partition, from);
            long last = -1;
            while (consumer.position(partition) < to)
            {
                final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).records(partition).forEach(records::add);
                for (final ConsumerRecord<byte[], byte[]> record : records)
                {
                    if (record.offset() < to)
                    {
                        final Header header = record.headers().lastHeader(JOURNAL_SEQ_HEADER);
                        if (header != null)
                        {
                            last = Math.max(last, ByteBuffer.wrap(header.value()).getLong());
                        }
                    }
                }
            }
            if (last >= 0)
            {
                return last;
            }
            window *= 8;
        }
        return 0;
    }

    @Override
    public void close()
    {
        producer.close(Duration.ofSeconds(5));
    }
}
