package com.guishen.gscx.benchmarks;

import com.guishen.gscx.engine.CountingListener;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.RecordedCommands;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Per-command latency of the in-memory engine on one thread at fixed offered rates: command
 * {@code i} is due at {@code start + i / rate}; the thread spins until it is due, then applies
 * it. Service time is the call alone ({@code System.nanoTime()} around it, ~20 ns of timer cost
 * included); response time is from when the command was due to when the call returned, so it
 * also counts the wait behind earlier commands when the engine falls behind (no coordinated
 * omission). The stream is parsed into arrays first and replayed unpaced a few times to warm up.
 *
 * <pre>
 * EngineLatencyBenchmark --commands FILE[.gz] [--rates 1000000,3000000] [--warmups W]
 * </pre>
 */
public final class EngineLatencyBenchmark
{
    private EngineLatencyBenchmark()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        Path file = null;
        String rates = "1000000,3000000";
        int warmups = 5;
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--commands" -> file = Path.of(args[++i]);
                case "--rates" -> rates = args[++i];
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                default ->
                {
                    System.err.println("usage: EngineLatencyBenchmark --commands FILE[.gz] " +
                        "[--rates 1000000,3000000] [--warmups W]");
                    System.exit(2);
                }
            }
        }
        if (file == null)
        {
            System.err.println("EngineLatencyBenchmark: --commands FILE is required");
            System.exit(2);
        }

        final RecordedCommands commands = new RecordedCommands();
        try (InputStream input = open(file))
        {
            new CommandFileAdapter(commands, new CommandFileEventPrinter(OutputStream.nullOutputStream())).apply(input);
        }
        final CountingListener counts = new CountingListener();
        final MatchingEngine engine = new MatchingEngine(counts, 1 << 16,
            (int)Math.min(1 << 28, commands.commandCount() + 1024));
        commands.replayInto(engine);
        for (int i = 0; i < warmups; i++)
        {
            engine.reset();
            commands.replayCommandsInto(engine);
        }

        System.out.printf("%s, %,d commands, one thread, gscx engine alone (ns)%n", file.getFileName(),
            commands.commandCount());
        System.out.println("| offered rate | achieved | service p50 | p99 | p99.9 | max | response p50 | p99 | p99.9 | max |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (final String rateText : rates.split(","))
        {
            final long rate = Long.parseLong(rateText.trim());
            final Histogram service = new Histogram(10_000_000_000L, 3);
            final Histogram response = new Histogram(10_000_000_000L, 3);
            engine.reset();
            final double achieved = paced(commands, engine, rate, service, response);
            System.out.printf("| %,d/s | %,.0f/s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |%n", rate, achieved,
                service.getValueAtPercentile(50), service.getValueAtPercentile(99),
                service.getValueAtPercentile(99.9), service.getMaxValue(),
                response.getValueAtPercentile(50), response.getValueAtPercentile(99),
                response.getValueAtPercentile(99.9), response.getMaxValue());
        }
    }

    /** Replays the command rows at {@code rate} commands/s and returns the rate achieved. */
    private static double paced(
        final RecordedCommands commands,
        final MatchingEngine engine,
        final long rate,
        final Histogram service,
        final Histogram response)
    {
        final double interval = 1e9 / rate;
        long sent = 0;
        final long start = System.nanoTime();
        for (int row = 0, rows = commands.rows(); row < rows; row++)
        {
            if (!commands.isCommand(row))
            {
                continue;
            }
            final long due = start + (long)(sent * interval);
            long now = System.nanoTime();
            while (now < due)
            {
                Thread.onSpinWait();
                now = System.nanoTime();
            }
            commands.apply(engine, row);
            final long done = System.nanoTime();
            service.recordValue(done - now);
            response.recordValue(done - due);
            sent++;
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    private static InputStream open(final Path file) throws IOException
    {
        final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
