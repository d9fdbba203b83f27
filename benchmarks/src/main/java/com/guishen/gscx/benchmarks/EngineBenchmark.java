package com.guishen.gscx.benchmarks;

import com.guishen.gscx.engine.CountingListener;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.RecordedCommands;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Throughput, latency and allocation of the in-memory matching engine on one thread. The
 * command stream is parsed into arrays before any clock starts; every iteration replays it
 * into a fresh engine. Results go to standard output and, with {@code --report}, to their
 * section of BENCHMARKS.md.
 *
 * <pre>
 * EngineBenchmark (--commands FILE[.gz] | --generate N [--seed S]) [--warmups W] [--iterations I] [--report FILE]
 * </pre>
 */
public final class EngineBenchmark
{
    private EngineBenchmark()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        final Arguments arguments = Arguments.parse(args);
        if (arguments == null)
        {
            System.exit(2);
        }

        final long parseStart = System.nanoTime();
        final RecordedCommands commands = record(arguments);
        System.err.printf("parsed %,d commands in %.1f s%n", commands.commandCount(),
            (System.nanoTime() - parseStart) / 1e9);

        final int expectedIds = (int)Math.min(1 << 28, commands.commandCount() + 1024);
        final double[] rates = new double[arguments.iterations];
        long allocatedBytes = 0;
        CountingListener counts = null;
        for (int i = -arguments.warmups; i < arguments.iterations; i++)
        {
            counts = new CountingListener();
            final MatchingEngine engine = new MatchingEngine(counts, 1 << 16, expectedIds);
            final long allocatedBefore = allocatedBytes();
            final long start = System.nanoTime();
            commands.replayInto(engine);
            final long elapsed = System.nanoTime() - start;
            final long allocated = allocatedBytes() - allocatedBefore;
            final double rate = commands.commandCount() / (elapsed / 1e9);
            System.err.printf("%s %d: %,.0f commands/s, %,d events, %,d fills, %,d rejects, %.3f B/command%n",
                i < 0 ? "warm-up" : "iteration", i < 0 ? i + arguments.warmups + 1 : i + 1, rate, counts.events,
                counts.fills, counts.rejects, (double)allocated / commands.commandCount());
            if (i >= 0)
            {
                rates[i] = rate;
                allocatedBytes = Math.max(allocatedBytes, allocated);
            }
        }

        final Histogram latency = new Histogram(10_000_000_000L, 3);
        final MatchingEngine engine = new MatchingEngine(new CountingListener(), 1 << 16, expectedIds);
        for (int row = 0, rows = commands.rows(); row < rows; row++)
        {
            if (commands.isCommand(row))
            {
                final long start = System.nanoTime();
                commands.apply(engine, row);
                latency.recordValue(System.nanoTime() - start);
            }
            else
            {
                commands.apply(engine, row);
            }
        }

        Arrays.sort(rates);
        final String markdown = report(arguments, commands, counts, rates, latency, allocatedBytes);
        System.out.println(markdown);
        if (arguments.report != null)
        {
            BenchmarkReport.updateSection(arguments.report, "engine-" + arguments.label(), markdown);
            System.err.println("updated " + arguments.report);
        }
    }

    private static RecordedCommands record(final Arguments arguments) throws IOException
    {
        Path file = arguments.commands;
        if (file == null)
        {
            file = Files.createTempFile("gscx-market-", ".cmd");
            file.toFile().deleteOnExit();
            try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII), 1 << 16))
            {
                ComputeMarketStream.write(arguments.seed, arguments.generate, out);
            }
        }
        final RecordedCommands commands = new RecordedCommands();
        final CommandFileAdapter adapter = new CommandFileAdapter(
            commands, new CommandFileEventPrinter(OutputStream.nullOutputStream()));
        try (InputStream input = open(file))
        {
            adapter.apply(input);
        }
        return commands;
    }

    private static InputStream open(final Path file) throws IOException
    {
        final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static long allocatedBytes()
    {
        return ((com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean())
            .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static String report(
        final Arguments arguments,
        final RecordedCommands commands,
        final CountingListener counts,
        final double[] sortedRates,
        final Histogram latency,
        final long allocatedBytes)
    {
        final StringBuilder text = new StringBuilder();
        text.append("## Matching engine, in memory, one thread: ").append(arguments.description()).append("\n\n");
        text.append("Measured ").append(LocalDate.now()).append(", JDK ").append(System.getProperty("java.version"))
            .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores. Reproduce with:\n\n");
        text.append("```\n").append(arguments.commandLine()).append("\n```\n\n");
        text.append(String.format("- %,d commands -> %,d events, %,d fills, %,d rejects per run%n",
            commands.commandCount(), counts.events, counts.fills, counts.rejects));
        text.append(String.format("- throughput (median of %d runs after %d warm-ups): **%,.0f commands/s** " +
            "(min %,.0f, max %,.0f)%n", sortedRates.length, arguments.warmups, sortedRates[sortedRates.length / 2],
            sortedRates[0], sortedRates[sortedRates.length - 1]));
        text.append(String.format("- latency per command (System.nanoTime around each call, includes ~20 ns of " +
            "timer cost): p50 %,d ns, p90 %,d ns, p99 %,d ns, p99.9 %,d ns, p99.99 %,d ns, max %,d ns%n",
            latency.getValueAtPercentile(50), latency.getValueAtPercentile(90), latency.getValueAtPercentile(99),
            latency.getValueAtPercentile(99.9), latency.getValueAtPercentile(99.99), latency.getMaxValue()));
        text.append(String.format("- allocation while replaying (ThreadMXBean, worst measured run, fresh engine " +
            "each run so it includes pools and tables growing to size): %,d bytes = %.4f B/command%n",
            allocatedBytes, (double)allocatedBytes / commands.commandCount()));
        return text.toString();
    }

    /** The benchmark's command line. */
    private static final class Arguments
    {
        Path commands;
        long generate;
        long seed = 1;
        int warmups = 3;
        int iterations = 5;
        Path report;
        private String line;

        static Arguments parse(final String[] args)
        {
            final Arguments arguments = new Arguments();
            arguments.line = String.join(" ", args);
            try
            {
                for (int i = 0; i < args.length; i++)
                {
                    switch (args[i])
                    {
                        case "--commands" -> arguments.commands = Path.of(args[++i]);
                        case "--generate" -> arguments.generate = Long.parseLong(args[++i]);
                        case "--seed" -> arguments.seed = Long.parseLong(args[++i]);
                        case "--warmups" -> arguments.warmups = Integer.parseInt(args[++i]);
                        case "--iterations" -> arguments.iterations = Integer.parseInt(args[++i]);
                        case "--report" -> arguments.report = Path.of(args[++i]);
                        case "--help" ->
                        {
                            usage();
                            return null;
                        }
                        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                    }
                }
                if ((arguments.commands == null) == (arguments.generate <= 0))
                {
                    throw new IllegalArgumentException("give exactly one of --commands FILE or --generate N");
                }
                if (arguments.iterations < 1 || arguments.warmups < 0)
                {
                    throw new IllegalArgumentException("--iterations must be >= 1 and --warmups >= 0");
                }
            }
            catch (final ArrayIndexOutOfBoundsException ex)
            {
                System.err.println("EngineBenchmark: " + args[args.length - 1] + " needs a value");
                return null;
            }
            catch (final IllegalArgumentException ex)
            {
                System.err.println("EngineBenchmark: " + ex.getMessage());
                usage();
                return null;
            }
            return arguments;
        }

        private static void usage()
        {
            System.err.println("usage: EngineBenchmark (--commands FILE[.gz] | --generate N [--seed S]) " +
                "[--warmups W] [--iterations I] [--report BENCHMARKS.md]");
        }

        String label()
        {
            return commands == null ? "compute-market" : commands.getFileName().toString().replaceAll("\\W+", "-");
        }

        String description()
        {
            return commands == null ?
                String.format("generated compute-market stream (%,d commands, seed %d)", generate, seed) :
                "command file " + commands.getFileName();
        }

        String commandLine()
        {
            return "benchmarks/run EngineBenchmark " + line;
        }
    }
}
