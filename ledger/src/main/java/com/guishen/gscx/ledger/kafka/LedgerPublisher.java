package com.guishen.gscx.ledger.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.ledger.LedgerJournal;
import com.guishen.gscx.ledger.SkippedRecord;
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
import java.util.Map;
import java.util.Properties;

/**
 * Publishes the journal to Kafka, exactly once: entries to the ledger topic, skipped records
 * (rejects and alerts) to the rejects topic, in journal order, in Kafka transactions. Each record
 * carries its journal position in the header {@value #JOURNAL_SEQ_HEADER}; on start it reads the
 * highest position already committed in either topic and publishes from the next one, so that a
 * ledger killed at any moment neither loses nor repeats a record. The journal is the outbox.
 */
public final class LedgerPublisher implements AutoCloseable
{
    public static final String JOURNAL_SEQ_HEADER = "gscx.journalSeq";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerPublisher.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_RECORDS_PER_TRANSACTION = 50_000;
    private static final long MAX_TRANSACTION_MILLIS = 200;

    private final LedgerSettings settings;
    private final LedgerJournal journal;
    private final KafkaProducer<byte[], byte[]> producer;
    private LedgerJournal.Reader reader;
    private volatile long published;

    public LedgerPublisher(final LedgerSettings settings, final LedgerJournal journal)
    {
        this.settings = settings;
        this.journal = journal;
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions(); // fences a killed predecessor and aborts what it left open
        published = lastPublished();
        reader = journal.reader();
        while (reader.sequence() < published && reader.nextRaw() != null)
        {
            // skipping what Kafka holds already
        }
        LOG.info("ledger publisher resuming after journal record {}", published);
    }

    /**
     * Publishes the journal records written since the last call, in one transaction: all of them,
     * up to {@value #MAX_RECORDS_PER_TRANSACTION} records or {@value #MAX_TRANSACTION_MILLIS} ms of
     * sending, whichever comes first. Every commit waits for the broker, so the fewer the better; the
     * bound on time keeps what a read_committed reader of the ledger topic waits for short.
     *
     * @return how many it published.
     */
    public int publishAvailable()
    {
        LedgerJournal.RawRecord record = reader.nextRaw();
        if (record == null)
        {
            return 0;
        }
        producer.beginTransaction();
        final long deadline = System.nanoTime() + MAX_TRANSACTION_MILLIS * 1_000_000L;
        int count = 0;
        long last = published;
        while (record != null)
        {
            producer.send(toKafka(record));
            count++;
            last = record.sequence();
            if (count == MAX_RECORDS_PER_TRANSACTION || (count % 256 == 0 && System.nanoTime() - deadline > 0))
            {
                break;
            }
            record = reader.nextRaw();
        }
        producer.commitTransaction();
        published = last; // only now: before the commit returns, a read_committed reader cannot see them
        return count;
    }

    /** Lets the thread that publishes next take the publisher over from the one that created it. */
    public void handOver()
    {
        reader.handOver();
    }

    /** Journal records committed to Kafka so far (readable from any thread). */
    public long published()
    {
        return published;
    }

    /** Partition 0 always: the chain is one total order, and so are its rejects. */
    private ProducerRecord<byte[], byte[]> toKafka(final LedgerJournal.RawRecord record)
    {
        final ProducerRecord<byte[], byte[]> kafka;
        if (record.entry())
        {
            kafka = new ProducerRecord<>(settings.ledgerTopic(), 0, null, record.json());
        }
        else
        {
            try
            {
                kafka = new ProducerRecord<>(settings.rejectsTopic(), 0, null,
                    rejectJson(LedgerJournal.skipped(record.json())));
            }
            catch (final java.io.IOException ex)
            {
                throw new IllegalStateException("ledger journal record " + record.sequence() + " cannot be read: " +
                    ex.getMessage(), ex);
            }
        }
        kafka.headers().add(JOURNAL_SEQ_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(record.sequence()).array());
        return kafka;
    }

    /** {@code {"type":"LEDGER_REJECT","schemaVersion":1,"outcome":"REJECTED","reason":..,"source":{..},"value":..}}. */
    static byte[] rejectJson(final SkippedRecord skipped)
    {
        final ObjectNode json = MAPPER.createObjectNode();
        json.put("type", "LEDGER_REJECT");
        json.put("schemaVersion", EventJson.SCHEMA_VERSION);
        json.put("outcome", skipped.outcome());
        json.put("reason", skipped.reason());
        final ObjectNode source = json.putObject("source");
        source.put("topic", skipped.source().topic());
        source.put("partition", skipped.source().partition());
        source.put("offset", skipped.source().offset());
        source.put("eventId", skipped.source().eventId());
        json.put("value", skipped.value());
        try
        {
            return MAPPER.writeValueAsBytes(json);
        }
        catch (final com.fasterxml.jackson.core.JsonProcessingException ex)
        {
            throw new IllegalStateException(ex);
        }
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
            for (final String topic : List.of(settings.ledgerTopic(), settings.rejectsTopic()))
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
        final Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(partition));
        final long end = ends.get(partition);
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

    /** The journal this publisher reads. */
    public LedgerJournal journal()
    {
        return journal;
    }
}
