package com.guishen.gscx.benchmarks;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The ledger's booking service against a bare consumer, on the same embedded broker in the same
 * run: (1) sustained fills/s booked (read_committed consumer, posting rules, hash chain, journal,
 * publishing to gscx.ledger in transactions) from a topic preloaded with N fills, against a bare
 * read_committed consumer reading the same topic; (2) end-to-end lag from a fill produced to its
 * entry in the journal, at a fixed offered rate. Results go to BENCHMARKS.md with {@code --report}.
 *
 * <pre>
 * LedgerBenchmark [--fills N] [--rate FILLS_PER_S] [--seconds S] [--report FILE]
 * </pre>
 */
public final class LedgerBenchmark
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final List<String> BUYERS = List.of("szai-lab", "sz-render", "sz-medimg", "qianyun");
    private static final List<String> SELLERS = List.of("guian-dc", "gy-hpc");

    private LedgerBenchmark()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        int fills = 300_000;
        int rate = 20_000;
        int seconds = 15;
        Path report = null;
        for (int i = 0; i < args.length; i += 2)
        {
            switch (args[i])
            {
                case "--fills" -> fills = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                default ->
                {
                    System.err.println("usage: LedgerBenchmark [--fills N] [--rate FILLS_PER_S] [--seconds S] [--report FILE]");
                    System.exit(2);
                }
            }
        }
        final int warmup = fills / 3;
        final Path work = Path.of("target", "ledger-benchmark");
        StreamBenchmarkOptions.delete(work);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0, 0))
        {
            final String kafka = broker.bootstrapServers();
            final List<NewTopic> topics = new ArrayList<>();
            for (final String prefix : List.of("warmup.", "", "lag."))
            {
                for (final String topic : List.of("gscx.fills", "gscx.ledger", "gscx.ledger.rejects"))
                {
                    topics.add(new NewTopic(prefix + topic, 1, (short)1));
                }
            }
            KafkaTopics.create(kafka, topics, Duration.ofSeconds(30));
            final SplittableRandom random = new SplittableRandom(1);
            produceAll(kafka, "warmup.gscx.fills", warmup, random);
            produceAll(kafka, "gscx.fills", fills, random);
            System.err.printf("preloaded %,d fills%n", fills);

            // warm-up pass of each side on its own topic, then measured passes on the same topic
            bareConsumer(kafka, "warmup.gscx.fills", warmup);
            book(kafka, work.resolve("warmup-ledger"), "warmup.", warmup);
            final double bareBefore = bareConsumer(kafka, "gscx.fills", fills);
            final double ledgerRate = book(kafka, work.resolve("ledger"), "", fills);
            final double bareAfter = bareConsumer(kafka, "gscx.fills", fills);
            final double bare = Math.max(bareBefore, bareAfter);
            System.err.printf("bare consumer %,.0f and %,.0f records/s; ledger %,.0f fills/s = %.0f%%%n", bareBefore,
                bareAfter, ledgerRate, 100 * ledgerRate / bare);

            final Histogram lag = lag(kafka, work.resolve("lag-ledger"), rate, seconds, random);
            final String markdown = "## Ledger: fills booked from the embedded broker\n\n" +
                "Measured " + LocalDate.now() + ", JDK " + System.getProperty("java.version") + ", " +
                Runtime.getRuntime().availableProcessors() + " cores, embedded broker in the same JVM. Reproduce with:\n\n" +
                "```\nbenchmarks/run LedgerBenchmark --fills " + fills + " --rate " + rate + " --seconds " + seconds +
                " --report BENCHMARKS.md\n```\n\n" +
                String.format("- booking service (read_committed consumer, JSON, posting rules, SHA-256 chain, Chronicle " +
                    "journal, every entry published to gscx.ledger in transactions), %,d fills preloaded in gscx.fills, " +
                    "after a warm-up pass of %,d fills on another topic, booking and publishing on threads of their own as in gscx ledger run: " +
                    "**%,.0f fills/s** (clock to the last entry committed to gscx.ledger)%n", fills, warmup, ledgerRate) +
                String.format("- bare read_committed consumer reading the same topic in the same run (before and after " +
                    "the ledger): %,.0f and %,.0f records/s%n", bareBefore, bareAfter) +
                String.format("- ledger / bare (the better of the two): **%.0f%%** (target >= 90%%)%n", 100 * ledgerRate / bare) +
                String.format("- CPU time of that pass, per fill (user + system time of each thread; the booking thread's includes its " +
                    "consumer's polling): %s%n", lastCpu.perFill(fills)) +
                String.format("- end-to-end lag, fill produced -> entry in the journal, at a fixed %,d fills/s for %d s " +
                    "(first 3 s left out): p50 **%.2f ms**, p99 **%.2f ms**, p99.9 %.2f ms, max %.2f ms over %,d fills%n",
                    rate, seconds, lag.getValueAtPercentile(50) / 1e3, lag.getValueAtPercentile(99) / 1e3,
                    lag.getValueAtPercentile(99.9) / 1e3, lag.getMaxValue() / 1e3, lag.getTotalCount());
            System.out.println(markdown);
            if (report != null)
            {
                BenchmarkReport.updateSection(report, "ledger", markdown);
            }
        }
        StreamBenchmarkOptions.delete(work);
    }

    /**
     * Books a preloaded topic from its start to {@code fills} records, as {@code gscx ledger run} does (booking on
     * one thread, publishing on another); the clock runs from start-up done to the last entry committed to Kafka.
     */
    private static double book(final String kafka, final Path journal, final String prefix, final int fills)
        throws InterruptedException
    {
        final LedgerSettings settings = new LedgerSettings(journal, kafka, prefix + "gscx.fills", prefix + "gscx.ledger",
            prefix + "gscx.ledger.rejects", prefix + "benchmark-ledger", Duration.ofMillis(100));
        final AtomicReference<BookingService> running = new AtomicReference<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread booking = new Thread(() ->
        {
            try (BookingService service = BookingService.start(settings, MARKET))
            {
                running.set(service);
                service.run();
            }
            catch (final Throwable ex)
            {
                failure.set(ex);
            }
        }, "ledger-booking");
        booking.start();
        while (running.get() == null && failure.get() == null)
        {
            Thread.onSpinWait();
        }
        final long start = System.nanoTime();
        final CpuTime cpuBefore = CpuTime.now();
        final BookingService service = running.get();
        while (service != null && service.publishedRecords() < fills + 4L && failure.get() == null)
        {
            LockSupport.parkNanos(1_000_000); // every 100 µs, this loop took a tenth of a core from the ledger
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        lastCpu = CpuTime.now().minus(cpuBefore);
        System.err.println("busiest threads: " + lastCpu.busiest());
        if (service != null)
        {
            service.stop();
        }
        booking.join();
        if (failure.get() != null)
        {
            throw new IllegalStateException("the booking thread failed", failure.get());
        }
        System.err.printf("%sledger: %.2f s, booking thread busy %.2f s, publishing thread busy %.2f s; CPU %s%n", prefix,
            seconds, service.counters().bookingNanos / 1e9, service.counters().publishingNanos / 1e9, lastCpu.perFill(fills));
        return fills / seconds;
    }

    /** CPU time of the measured ledger pass, by thread (set by {@link #book}). */
    private static CpuTime lastCpu;

    /**
     * CPU time (user + system) of the process's threads, grouped by role, from {@code /proc/self/task} (Linux; the
     * kernel's thread names are cut to 15 characters): where the time per fill goes. Threads that end during the
     * interval are missed, which none of the ledger's do.
     */
    private record CpuTime(long booking, long publishing, long producerIo, long gc, long jit, long others,
        java.util.Map<String, Long> byName)
    {
        static CpuTime now()
        {
            final long tick = 10_000_000L; // USER_HZ = 100
            long booking = 0;
            long publishing = 0;
            long producerIo = 0;
            long gc = 0;
            long jit = 0;
            long others = 0;
            final java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            final java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            for (final java.io.File task : tasks == null ? new java.io.File[0] : tasks)
            {
                final String stat;
                try
                {
                    stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                }
                catch (final java.io.IOException ex)
                {
                    continue; // the thread ended
                }
                final String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                final long cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick;
                byName.merge(name.replaceAll("[0-9]+", "N"), cpu, Long::sum);
                if (name.startsWith("ledger-booking"))
                {
                    booking += cpu;
                }
                else if (name.startsWith("gscx-ledger-pub"))
                {
                    publishing += cpu;
                }
                else if (name.startsWith("kafka-producer-"))
                {
                    producerIo += cpu;
                }
                else if (name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("ParGC"))
                {
                    gc += cpu;
                }
                else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler"))
                {
                    jit += cpu;
                }
                else
                {
                    others += cpu;
                }
            }
            return new CpuTime(booking, publishing, producerIo, gc, jit, others, byName);
        }

        CpuTime minus(final CpuTime before)
        {
            final java.util.Map<String, Long> names = new java.util.TreeMap<>(byName);
            before.byName.forEach((name, cpu) -> names.merge(name, -cpu, Long::sum));
            return new CpuTime(booking - before.booking, publishing - before.publishing, producerIo - before.producerIo,
                gc - before.gc, jit - before.jit, others - before.others, names);
        }

        /** The threads that used the most CPU, in ms. */
        String busiest()
        {
            final StringBuilder text = new StringBuilder();
            byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue() / 1_000_000).append(" ms; "));
            return text.toString();
        }

        String perFill(final int fills)
        {
            final long all = booking + publishing + producerIo + gc + jit + others;
            return String.format("%.1f µs a fill in all: booking thread %.1f, publishing thread %.1f, producer I/O thread " +
                "%.1f, broker and other threads %.1f, GC %.1f, JIT %.1f", all / 1e3 / fills, booking / 1e3 / fills,
                publishing / 1e3 / fills, producerIo / 1e3 / fills, others / 1e3 / fills, gc / 1e3 / fills, jit / 1e3 / fills);
        }
    }

    /** A consumer that only counts: the ceiling the ledger is measured against. */
    private static double bareConsumer(final String kafka, final String topic, final int records)
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
        {
            final TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.position(partition);
            final long start = System.nanoTime();
            long read = 0;
            long bytes = 0;
            while (read < records)
            {
                for (final var record : consumer.poll(Duration.ofMillis(100)))
                {
                    read++;
                    bytes += record.value().length;
                }
            }
            final double rate = read / ((System.nanoTime() - start) / 1e9);
            return bytes > 0 ? rate : 0;
        }
    }

    /** Fills offered at a fixed rate, each stamped with the wall clock as it is sent; lag in µs per entry. */
    private static Histogram lag(final String kafka, final Path journal, final int rate, final int seconds,
        final SplittableRandom random) throws Exception
    {
        final Histogram lag = new Histogram(60_000_000L, 3);
        final long warmupNanos = epochNanos() + 3_000_000_000L;
        final AtomicReference<BookingService> running = new AtomicReference<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread booking = new Thread(() ->
        {
            final LedgerSettings settings = new LedgerSettings(journal, kafka, "lag.gscx.fills", "lag.gscx.ledger",
                "lag.gscx.ledger.rejects", "lag-benchmark-ledger", Duration.ofMillis(1));
            try (BookingService service = BookingService.start(settings, MARKET))
            {
                service.listener(entry ->
                {
                    final long now = epochNanos();
                    if (entry.time() > warmupNanos)
                    {
                        lag.recordValue(Math.max(0, (now - entry.time()) / 1_000));
                    }
                });
                running.set(service);
                service.run();
            }
            catch (final Throwable ex)
            {
                failure.set(ex);
            }
        }, "ledger-booking");
        booking.start();
        while (running.get() == null && failure.get() == null)
        {
            LockSupport.parkNanos(10_000_000);
        }
        final int total = rate * seconds;
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka, "1"))
        {
            final long start = System.nanoTime();
            for (int i = 0; i < total; i++)
            {
                final long due = start + (long)i * 1_000_000_000L / rate;
                while (System.nanoTime() < due)
                {
                    Thread.onSpinWait();
                }
                producer.send(new ProducerRecord<>("lag.gscx.fills", fill(i + 1, epochNanos(), random)));
            }
        }
        while (running.get() != null && running.get().bookkeeper().ledger().nextOffset("lag.gscx.fills", 0) < total &&
            failure.get() == null)
        {
            LockSupport.parkNanos(10_000_000);
        }
        if (running.get() != null)
        {
            running.get().stop();
        }
        booking.join();
        if (failure.get() != null)
        {
            throw new IllegalStateException("the booking thread failed", failure.get());
        }
        return lag;
    }

    private static long epochNanos()
    {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static void produceAll(final String kafka, final String topic, final int fills, final SplittableRandom random)
    {
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka, "5"))
        {
            for (int i = 1; i <= fills; i++)
            {
                producer.send(new ProducerRecord<>(topic, fill(i, 1_764_300_000_000_000_000L + i * 1_000_000L, random)));
            }
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(final String kafka, final String lingerMs)
    {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A fill as the engine's publisher writes it: small CPU trades that no buyer's deposit runs out of. */
    private static byte[] fill(final long tradeId, final long time, final SplittableRandom random)
    {
        final String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
        final String seller = SELLERS.get(random.nextInt(SELLERS.size()));
        final long price = 10L * (150 + random.nextInt(50));
        final long quantity = 8L * (1 + random.nextInt(4));
        return ("{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + (tradeId * 3) + ",\"timestamp\":" + time +
            ",\"tradeId\":" + tradeId + ",\"symbol\":\"EPYC9654.GUIAN.H2026120114\",\"price\":\"" +
            FixedPoint.toString(price, 3) + "\",\"quantity\":" + quantity + ",\"deliveryHours\":1,\"notional\":\"" +
            FixedPoint.toString(FixedPoint.notional(price, quantity, 1), 4) + "\",\"buyer\":\"" + buyer +
            "\",\"buyClOrdId\":\"b" + tradeId + "\",\"buyOrderId\":" + (tradeId * 2) + ",\"seller\":\"" + seller +
            "\",\"sellClOrdId\":\"s" + tradeId + "\",\"sellOrderId\":" + (tradeId * 2 + 1) + ",\"aggressor\":\"" +
            (random.nextBoolean() ? "B" : "S") + "\"}").getBytes(StandardCharsets.US_ASCII);
    }
}
