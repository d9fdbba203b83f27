package com.guishen.gscx.ledger.kafka;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.ledger.BookingOutcome;
import com.guishen.gscx.ledger.Bookkeeper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The ledger as a running service: consumes {@code gscx.fills} (read_committed), books every
 * record through the {@link Bookkeeper} into the journal, and publishes the journal to
 * {@code gscx.ledger} and {@code gscx.ledger.rejects}. One thread does all of it.
 * <p>
 * Exactly once: the journal holds the source offset of everything it booked or skipped; on start
 * the consumer seeks every partition to one past the last of them (no consumer-group commits are
 * used), and events booked before are recognised by their id. The publisher resumes from the
 * journal position Kafka holds (see {@link LedgerPublisher}).
 * <p>
 * Settlement events ({@code gscx.settlement}) are consumed too, when that topic exists: each is
 * booked only once the fill it settles has been consumed (until then the settlement partitions
 * wait, paused), so escrow is never released before it is held. Across the two topics the chain's
 * order is the order of consumption: balances are reproducible, the chain's order is not.
 */
public final class BookingService implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);

    private final LedgerSettings settings;
    private final Bookkeeper bookkeeper;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final LedgerPublisher publisher;
    private final Counters counters = new Counters();
    private volatile boolean running = true;
    private volatile boolean bookingStopped;
    private volatile RuntimeException publishingFailure;
    private BookingListener listener = entry -> { };
    private final java.util.ArrayDeque<ConsumerRecord<byte[], byte[]>> waiting = new java.util.ArrayDeque<>();
    private final List<TopicPartition> settlementPartitions = new ArrayList<>();

    /** Told of every entry right after the journal holds it, on the booking thread (lag measurements, live views). */
    @FunctionalInterface
    public interface BookingListener
    {
        void onBooked(com.guishen.gscx.ledger.JournalEntry entry);
    }

    /** What the service has done since it started. */
    public static final class Counters
    {
        public long booked;
        public long duplicates;
        public long rejected;
        public long alerts;
        /** Settlement records that move no money (decisions, cycles, instructions). */
        public long ignored;
        /** Time spent booking records (parse, rules, chain, journal), in nanoseconds. */
        public long bookingNanos;
        /** Time spent publishing the journal to Kafka (sends and transaction commits), in nanoseconds. */
        public long publishingNanos;
    }

    private BookingService(final LedgerSettings settings, final Bookkeeper bookkeeper)
    {
        this.settings = settings;
        this.bookkeeper = bookkeeper;
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
            publisher = new LedgerPublisher(settings, bookkeeper.journal());
        }
        catch (final RuntimeException ex)
        {
            consumer.close();
            throw ex;
        }
    }

    /**
     * Opens the journal (replaying it), seeks the consumer to the positions it holds and readies
     * the publisher. The topics must exist.
     */
    public static BookingService start(final LedgerSettings settings, final MarketConfig config)
    {
        final Bookkeeper bookkeeper = Bookkeeper.open(settings.journal(), config);
        try
        {
            final BookingService service = new BookingService(settings, bookkeeper);
            LOG.info("ledger resuming after entry {} ({} journal records)", bookkeeper.ledger().lastEntryId(),
                bookkeeper.records());
            return service;
        }
        catch (final RuntimeException ex)
        {
            bookkeeper.close();
            throw ex;
        }
    }

    private void seekToJournaledPositions()
    {
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final PartitionInfo info : consumer.partitionsFor(settings.fillsTopic(), Duration.ofSeconds(60)))
        {
            partitions.add(new TopicPartition(settings.fillsTopic(), info.partition()));
        }
        if (partitions.isEmpty())
        {
            throw new IllegalStateException("no topic " + settings.fillsTopic() + " on " + settings.bootstrapServers());
        }
        if (settings.settlementTopic() != null)
        {
            final List<PartitionInfo> infos = consumer.partitionsFor(settings.settlementTopic(), Duration.ofSeconds(60));
            if (infos == null || infos.isEmpty())
            {
                LOG.warn("no topic {}: the ledger books fills only", settings.settlementTopic());
            }
            else
            {
                for (final PartitionInfo info : infos)
                {
                    settlementPartitions.add(new TopicPartition(settings.settlementTopic(), info.partition()));
                }
                partitions.addAll(settlementPartitions);
            }
        }
        consumer.assign(partitions);
        for (final TopicPartition partition : partitions)
        {
            final long next = bookkeeper.ledger().nextOffset(partition.topic(), partition.partition());
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

    /** Polls once, books what came and publishes what the journal gained, on the calling thread. Returns the work done. */
    public int doWork()
    {
        return book() + publish();
    }

    /** Polls once and books what came. Returns how many records came. */
    private int book()
    {
        final ConsumerRecords<byte[], byte[]> records = consumer.poll(settings.pollTimeout());
        final long bookingStart = System.nanoTime();
        for (final ConsumerRecord<byte[], byte[]> record : records)
        {
            if (record.topic().equals(settings.fillsTopic()))
            {
                count(bookkeeper.bookFill(record.topic(), record.partition(), record.offset(), record.value()));
            }
            else
            {
                waiting.addLast(record);
            }
        }
        bookWaitingSettlementEvents();
        counters.bookingNanos += System.nanoTime() - bookingStart;
        return records.count();
    }

    /** Books settlement records in order until one waits for its fill; pauses their partitions while one waits. */
    private void bookWaitingSettlementEvents()
    {
        while (!waiting.isEmpty())
        {
            final ConsumerRecord<byte[], byte[]> record = waiting.peekFirst();
            final BookingOutcome outcome =
                bookkeeper.bookSettlement(record.topic(), record.partition(), record.offset(), record.value());
            if (outcome.result() == BookingOutcome.Result.WAITING)
            {
                break;
            }
            waiting.removeFirst();
            count(outcome);
        }
        if (!settlementPartitions.isEmpty())
        {
            if (waiting.isEmpty())
            {
                consumer.resume(settlementPartitions);
            }
            else
            {
                consumer.pause(settlementPartitions);
            }
        }
    }

    private void count(final BookingOutcome outcome)
    {
        switch (outcome.result())
        {
            case BOOKED ->
            {
                counters.booked++;
                listener.onBooked(outcome.entry());
            }
            case DUPLICATE -> counters.duplicates++;
            case REJECTED -> counters.rejected++;
            case ALERT -> counters.alerts++;
            case IGNORED -> counters.ignored++;
            default -> throw new IllegalStateException(outcome.result().name());
        }
    }

    /** Publishes everything the journal gained. Returns how many records. */
    private int publish()
    {
        final long publishingStart = System.nanoTime();
        int published = 0;
        int batch;
        while ((batch = publisher.publishAvailable()) > 0)
        {
            published += batch;
        }
        counters.publishingNanos += System.nanoTime() - publishingStart;
        return published;
    }

    /**
     * Runs until {@link #stop} is called (from another thread, e.g. a shutdown hook): books on the
     * calling thread while a thread of its own publishes the journal behind it (the journal is the
     * outbox, so publishing may trail booking by any amount and still lose and repeat nothing).
     * When stopped, everything booked is published before it returns.
     *
     * @throws RuntimeException what stopped publishing (e.g. a newer ledger fenced this one).
     */
    public void run() throws InterruptedException
    {
        final Thread publishing = new Thread(this::publishUntilBookingStops, "gscx-ledger-publisher");
        publishing.start();
        try
        {
            while (running)
            {
                try
                {
                    book();
                }
                catch (final org.apache.kafka.common.errors.WakeupException ex)
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

    private void publishUntilBookingStops()
    {
        publisher.handOver();
        try
        {
            while (true)
            {
                final boolean last = bookingStopped; // read first: all booked before it is published below
                if (publish() == 0)
                {
                    if (last)
                    {
                        return;
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }
        }
        catch (final RuntimeException ex)
        {
            LOG.error("ledger publisher stopped: {}", ex.toString());
            publishingFailure = ex;
            stop();
        }
    }

    /** Journal records committed to Kafka so far (readable from any thread). */
    public long publishedRecords()
    {
        return publisher.published();
    }

    public void stop()
    {
        running = false;
        consumer.wakeup();
    }

    /** Sets the listener told of every entry booked from now on. */
    public void listener(final BookingListener listener)
    {
        this.listener = listener;
    }

    public Bookkeeper bookkeeper()
    {
        return bookkeeper;
    }

    public Counters counters()
    {
        return counters;
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
            bookkeeper.close();
        }
    }
}
