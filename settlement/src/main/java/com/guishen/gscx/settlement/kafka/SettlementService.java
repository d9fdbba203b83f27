package com.guishen.gscx.settlement.kafka;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.settlement.InputSource;
import com.guishen.gscx.settlement.SettlementBook;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

/**
 * Settlement as a running service: consumes {@code gscx.fills} and {@code gscx.deliveries}
 * (read_committed), merges them into one deterministic order ({@link InputMerge}), applies every
 * record through the {@link SettlementBook} into the journal, and publishes the journal's outputs
 * ({@link SettlementPublisher}). Booking on the calling thread, publishing on one of its own.
 * <p>
 * Exactly once: the journal holds the source offset of everything applied; on start the consumer
 * seeks every partition to one past the last of them (no consumer-group commits), fills are
 * deduplicated by trade id and confirmations by confirmation id.
 */
public final class SettlementService implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);

    private final SettlementServiceSettings settings;
    private final SettlementBook book;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final SettlementPublisher publisher;
    private final InputMerge merge;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Boolean> caughtUp = new HashMap<>();
    private volatile boolean running = true;
    private volatile boolean bookingStopped;
    private volatile RuntimeException publishingFailure;

    private SettlementService(final SettlementServiceSettings settings, final SettlementBook book)
    {
        this.settings = settings;
        this.book = book;
        this.merge = new InputMerge(settings.fillsTopic());
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try
        {
            seekToJournaledPositions();
            publisher = new SettlementPublisher(settings, book.journal());
        }
        catch (final RuntimeException ex)
        {
            consumer.close();
            throw ex;
        }
    }

    /** Opens the journal (replaying it), seeks the consumer to the positions it holds and readies the publisher. */
    public static SettlementService start(final SettlementServiceSettings settings, final MarketConfig config)
    {
        final SettlementBook book = SettlementBook.open(settings.journal(), settings.reports(), config);
        try
        {
            final SettlementService service = new SettlementService(settings, book);
            LOG.info("settlement resuming after {} journal records, {} obligations, {} cycles closed", book.records(),
                book.settlement().obligations().size(), book.settlement().closedCycles());
            return service;
        }
        catch (final RuntimeException ex)
        {
            book.close();
            throw ex;
        }
    }

    private void seekToJournaledPositions()
    {
        for (final String topic : List.of(settings.fillsTopic(), settings.deliveriesTopic()))
        {
            final List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(60));
            if (infos == null || infos.isEmpty())
            {
                throw new IllegalStateException("no topic " + topic + " on " + settings.bootstrapServers());
            }
            for (final PartitionInfo info : infos)
            {
                final TopicPartition partition = new TopicPartition(topic, info.partition());
                partitions.add(partition);
                merge.partition(partition);
            }
        }
        consumer.assign(partitions);
        for (final TopicPartition partition : partitions)
        {
            final long next = book.settlement().nextOffset(partition.topic(), partition.partition());
            if (next < 0)
            {
                consumer.seekToBeginning(List.of(partition));
            }
            else
            {
                consumer.seek(partition, next);
            }
        }
    }

    /** Polls once, applies what the merge hands out, and publishes; on the calling thread (tests). Returns the work done. */
    public int doWork()
    {
        return apply() + publish();
    }

    /** Polls once and applies every record the merge can hand out. Returns how many it applied. */
    private int apply()
    {
        for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(settings.pollTimeout()))
        {
            merge.add(record);
        }
        caughtUp.clear();
        int applied = 0;
        for (ConsumerRecord<byte[], byte[]> record = merge.next(this::caughtUp); record != null;
            record = merge.next(this::caughtUp))
        {
            final InputSource source = new InputSource(record.topic(), record.partition(), record.offset());
            if (record.topic().equals(settings.fillsTopic()))
            {
                book.applyFill(source, record.value());
            }
            else
            {
                book.applyDelivery(source, record.value());
            }
            applied++;
        }
        return applied;
    }

    /** Whether a partition with nothing waiting in the merge has been read to its end (asked once per poll). */
    private boolean caughtUp(final TopicPartition partition)
    {
        return caughtUp.computeIfAbsent(partition, tp ->
        {
            final long end = consumer.endOffsets(List.of(tp)).get(tp);
            return consumer.position(tp) >= end;
        });
    }

    private int publish()
    {
        int published = 0;
        int batch;
        while ((batch = publisher.publishAvailable()) > 0)
        {
            published += batch;
        }
        return published;
    }

    /**
     * Runs until {@link #stop} is called (from another thread, e.g. a shutdown hook): applies on the
     * calling thread while a thread of its own publishes the journal behind it. When stopped,
     * everything journaled is published before it returns.
     */
    public void run() throws InterruptedException
    {
        final Thread publishing = new Thread(this::publishUntilStopped, "gscx-settlement-publisher");
        publishing.start();
        try
        {
            while (running)
            {
                try
                {
                    apply();
                }
                catch (final WakeupException ex)
                {
                    if (running)
                    {
                        throw ex;
                    }
                }
            }
        }
        finally
        {
            bookingStopped = true;
            publishing.join();
        }
        if (publishingFailure != null)
        {
            throw publishingFailure;
        }
    }

    private void publishUntilStopped()
    {
        publisher.handOver();
        try
        {
            while (true)
            {
                final boolean last = bookingStopped; // read first: all journaled before it is published below
                if (publish() == 0)
                {
                    if (last)
                    {
                        return;
                    }
                    LockSupport.parkNanos(1_000_000);
                }
            }
        }
        catch (final RuntimeException ex)
        {
            LOG.error("settlement publisher stopped: {}", ex.toString());
            publishingFailure = ex;
            stop();
        }
    }

    /** Journal records whose outputs are committed to Kafka so far (readable from any thread). */
    public long publishedRecords()
    {
        return publisher.published();
    }

    public void stop()
    {
        running = false;
        consumer.wakeup();
    }

    public SettlementBook book()
    {
        return book;
    }

    @Override
    public void close()
    {
        try
        {
            publisher.close();
            consumer.close(Duration.ofSeconds(5));
        }
        finally
        {
            book.close();
        }
    }
}
