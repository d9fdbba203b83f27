package com.guishen.gscx.benchmarks;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The durable engine's figures: Chronicle append latency of the inbound journal, journaled
 * throughput (inbound read + decode + match + outbound append, i.e. a replay from cold with no
 * snapshot), and restart time from a snapshot holding 1M resting orders. Each run uses a fresh
 * data directory under {@code target/}; results go to BENCHMARKS.md with {@code --report}.
 *
 * <pre>
 * JournalBenchmark [--commands N] [--seed S] [--report FILE]
 * </pre>
 */
public final class JournalBenchmark
{
    private JournalBenchmark()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        final StreamBenchmarkOptions options = StreamBenchmarkOptions.parse("JournalBenchmark", 2_000_000, args);
        final Path report = options.report();
        final Path work = Path.of("target", "journal-benchmark");
        StreamBenchmarkOptions.delete(work);

        final List<byte[]> lines = options.lines().stream().map(line -> line.getBytes(StandardCharsets.US_ASCII)).toList();
        System.err.printf("generated %,d command lines%n", lines.size());

        final JournaledEngine.Settings settings = new JournaledEngine.Settings(Long.MAX_VALUE, 1 << 16,
            (int)Math.min(1 << 28, lines.size() + 1024), false, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES);
        // A first replay warms the JIT up; the second is measured.
        final DataDirectory warmUpDirectory = new DataDirectory(work.resolve("warm-up")).create();
        appendAll(warmUpDirectory, lines);
        try (JournaledEngine warmUp = JournaledEngine.open(warmUpDirectory, settings))
        {
            System.err.printf("warm-up replay: %,d entries%n", warmUp.inboundEntriesApplied());
        }
        final DataDirectory replayDirectory = new DataDirectory(work.resolve("replay")).create();
        final Histogram append = appendAll(replayDirectory, lines);
        final long replayStart = System.nanoTime();
        try (JournaledEngine engine = JournaledEngine.open(replayDirectory, settings))
        {
            final double seconds = (System.nanoTime() - replayStart) / 1e9;
            System.err.printf("replayed %,d entries from cold in %.2f s: %,.0f commands/s%n",
                engine.inboundEntriesApplied(), seconds, engine.inboundEntriesApplied() / seconds);
            final double replayRate = engine.inboundEntriesApplied() / seconds;

            final Restart restart = restartWithRestingOrders(work.resolve("restart"), 1_000_000);
            final String markdown = report(options, append, replayRate, restart);
            System.out.println(markdown);
            if (report != null)
            {
                BenchmarkReport.updateSection(report, "journal", markdown);
                System.err.println("updated " + report);
            }
        }
        StreamBenchmarkOptions.delete(work);
    }

    /** Appends every line, timing each append; returns the latency histogram (ns). */
    private static Histogram appendAll(final DataDirectory directory, final List<byte[]> lines)
    {
        final Histogram latency = new Histogram(10_000_000_000L, 3);
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            for (final byte[] line : lines)
            {
                final long start = System.nanoTime();
                appender.append(line, 0, line.length);
                latency.recordValue(System.nanoTime() - start);
            }
        }
        return latency;
    }

    /** A restart's cost: open = newest snapshot + nothing to replay, with {@code orders} resting orders. */
    private record Restart(long orders, long snapshotBytes, double snapshotSeconds, double restartSeconds)
    {
    }

    private static Restart restartWithRestingOrders(final Path root, final int orders) throws IOException
    {
        final DataDirectory directory = new DataDirectory(root).create();
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            appender.append("INSTRUMENT,H100.GUIAN.D20261201,0.01,1,24,0,");
            appender.append("PARTICIPANT,DC,GYBDE,S,0,0,NONE");
            appender.append("PARTICIPANT,LAB,SZDE,B,0,0,NONE");
            for (int i = 0; i < orders; i++)
            {
                // bids from 1.00 up and asks from 1000.00 up: a deep book that never crosses
                final boolean buy = (i & 1) == 0;
                final long cents = buy ? 100 + (i % 40_000) : 100_000 + (i % 40_000);
                appender.append("NEW," + (i + 1) + "," + (buy ? "LAB" : "DC") + ",o" + i + ",H100.GUIAN.D20261201," +
                    (buy ? "B" : "S") + ",LIMIT,GTC," + (cents / 100) + "." + String.format("%02d", cents % 100) + ",1");
            }
        }
        final JournaledEngine.Settings settings = new JournaledEngine.Settings(Long.MAX_VALUE, orders + 1024,
            orders + 1024, false, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES);
        final long snapshotStart;
        final long snapshotEnd;
        try (JournaledEngine engine = JournaledEngine.open(directory, settings))
        {
            snapshotStart = System.nanoTime();
        }
        snapshotEnd = System.nanoTime();
        final long restartStart = System.nanoTime();
        final long resting;
        try (JournaledEngine engine = JournaledEngine.open(directory, settings))
        {
            resting = engine.engine().liveOrderCount();
        }
        final double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
        long bytes = 0;
        try (Stream<Path> files = Files.list(directory.snapshots()))
        {
            for (final Path file : files.toList())
            {
                bytes = Math.max(bytes, Files.size(file));
            }
        }
        System.err.printf("restart with %,d resting orders: %.2f s (snapshot %,d bytes, written in %.2f s)%n",
            resting, restartSeconds, bytes, (snapshotEnd - snapshotStart) / 1e9);
        return new Restart(resting, bytes, (snapshotEnd - snapshotStart) / 1e9, restartSeconds);
    }

    private static String report(final StreamBenchmarkOptions options, final Histogram append,
        final double replayRate, final Restart restart)
    {
        return "## Durable engine: Chronicle journals, replay and restart\n\n" +
            "Measured " + LocalDate.now() + ", JDK " + System.getProperty("java.version") + ", " +
            Runtime.getRuntime().availableProcessors() + " cores. Reproduce with:\n\n" +
            "```\n" + options.commandLine("JournalBenchmark") + "\n```\n\n" +
            String.format("- inbound journal append (one command line + CRC-32C, Chronicle Queue, %,d appends): " +
                "p50 %,d ns, p99 %,d ns, p99.9 %,d ns, p99.99 %,d ns, max %,d ns%n", append.getTotalCount(),
                append.getValueAtPercentile(50), append.getValueAtPercentile(99), append.getValueAtPercentile(99.9),
                append.getValueAtPercentile(99.99), append.getMaxValue()) +
            String.format("- journaled throughput = replay from cold (read inbound, decode, match, append every " +
                "event to the outbound journal; no snapshot; after one warm-up replay of the same commands in " +
                "another directory): **%,.0f commands/s**%n", replayRate) +
            String.format("- restart from a snapshot with %,d resting orders (%,d-byte snapshot, written in %.2f s " +
                "on a clean stop): **%.2f s**%n", restart.orders(), restart.snapshotBytes(), restart.snapshotSeconds(),
                restart.restartSeconds());
    }

}
