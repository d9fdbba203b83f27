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
        final double inMemory = inMemoryRate(lines);
        Histogram append = null;
        final double[] journaled = new double[RUNS];
        final double[] replayed = new double[RUNS];
        // One warm-up round, then RUNS measured rounds, each in a fresh data directory.
        for (int round = -1; round < RUNS; round++)
        {
            final DataDirectory directory = new DataDirectory(work.resolve("round" + round)).create();
            append = appendAll(directory, lines);
            // journaled: the engine applies every inbound entry and writes every event to the outbound journal
            final double journaledRate = openRate(directory, settings, "round " + round + ": journaled");
            // replay from cold: no snapshot, the outbound journal already holds every event (nothing written)
            StreamBenchmarkOptions.delete(directory.snapshots());
            Files.createDirectories(directory.snapshots());
            final double replayRate = openRate(directory, settings, "round " + round + ": replay from cold");
            if (round >= 0)
            {
                journaled[round] = journaledRate;
                replayed[round] = replayRate;
            }
            StreamBenchmarkOptions.delete(directory.root());
        }
        java.util.Arrays.sort(journaled);
        java.util.Arrays.sort(replayed);
        final Restart restart = restartWithRestingOrders(work.resolve("restart"), 1_000_000);
        final String markdown = report(options, append, inMemory, journaled[RUNS / 2], replayed[RUNS / 2], restart);
        System.out.println(markdown);
        if (report != null)
        {
            BenchmarkReport.updateSection(report, "journal", markdown);
            System.err.println("updated " + report);
        }
        StreamBenchmarkOptions.delete(work);
    }

    private static final int RUNS = 3;

    /** Inbound entries applied per second while the engine opens (and so catches up) on a directory. */
    private static double openRate(final DataDirectory directory, final JournaledEngine.Settings settings,
        final String label)
    {
        final long start = System.nanoTime();
        try (JournaledEngine engine = JournaledEngine.open(directory, settings))
        {
            final double rate = engine.inboundEntriesApplied() / ((System.nanoTime() - start) / 1e9);
            System.err.printf("%s %,.0f commands/s%n", label, rate);
            return rate;
        }
    }

    /** The in-memory engine on the same commands, parsed into arrays first (median of RUNS after a warm-up). */
    private static double inMemoryRate(final List<byte[]> lines)
    {
        final com.guishen.gscx.engine.RecordedCommands commands = new com.guishen.gscx.engine.RecordedCommands();
        final com.guishen.gscx.engine.replay.CommandFileAdapter adapter = new com.guishen.gscx.engine.replay.CommandFileAdapter(
            commands, new com.guishen.gscx.engine.replay.CommandFileEventPrinter(java.io.OutputStream.nullOutputStream()));
        for (final byte[] line : lines)
        {
            adapter.applyLine(line, line.length);
        }
        final double[] rates = new double[RUNS];
        for (int run = -1; run < RUNS; run++)
        {
            final com.guishen.gscx.engine.MatchingEngine engine = new com.guishen.gscx.engine.MatchingEngine(
                new com.guishen.gscx.engine.CountingListener(), 1 << 16, (int)Math.min(1 << 28, lines.size() + 1024));
            final long start = System.nanoTime();
            commands.replayInto(engine);
            final double rate = commands.commandCount() / ((System.nanoTime() - start) / 1e9);
            if (run >= 0)
            {
                rates[run] = rate;
            }
        }
        java.util.Arrays.sort(rates);
        System.err.printf("in memory: %,.0f commands/s%n", rates[RUNS / 2]);
        return rates[RUNS / 2];
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
        final double inMemory, final double journaled, final double replayed, final Restart restart)
    {
        return "## Durable engine: Chronicle journals, replay and restart\n\n" +
            "Measured " + LocalDate.now() + ", JDK " + System.getProperty("java.version") + ", " +
            Runtime.getRuntime().availableProcessors() + " cores. Reproduce with:\n\n" +
            "```\n" + options.commandLine("JournalBenchmark") + "\n```\n\n" +
            String.format("- inbound journal append (order lines encoded binary + CRC-32C, Chronicle Queue, %,d appends): " +
                "p50 %,d ns, p99 %,d ns, p99.9 %,d ns, p99.99 %,d ns, max %,d ns%n", append.getTotalCount(),
                append.getValueAtPercentile(50), append.getValueAtPercentile(99), append.getValueAtPercentile(99.9),
                append.getValueAtPercentile(99.99), append.getMaxValue()) +
            String.format("- in-memory engine, same commands parsed into arrays first, same run: **%,.0f commands/s**%n",
                inMemory) +
            String.format("- journaled (read inbound, apply, append every event to the outbound journal; no snapshot; " +
                "median of %d fresh directories after a warm-up): **%,.0f commands/s = %.0f%% of in-memory** " +
                "(target >= 50%%)%n", RUNS, journaled, 100 * journaled / inMemory) +
            String.format("- replay from cold (no snapshot, outbound journal already complete, so nothing is written; " +
                "median of %d): **%,.0f commands/s** (target >= 2M)%n", RUNS, replayed) +
            String.format("- restart from a snapshot with %,d resting orders (%,d-byte snapshot, written in %.2f s " +
                "on a clean stop): **%.2f s**%n", restart.orders(), restart.snapshotBytes(), restart.snapshotSeconds(),
                restart.restartSeconds());
    }
}
