package com.guishen.gscx.benchmarks.exchangecore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Replays a command file through exchange-core 0.5.3, the peer that gscx's engine is measured
 * against (issue 8). The file is translated into arrays first ({@link ExchangeCoreStream});
 * then every iteration starts from empty books and replays the whole stream with nothing else
 * on the clock. One line per iteration on standard error, and one final line on standard
 * output in the same shape as {@code gscx bench engine}'s:
 *
 * <pre>
 * exchange-core-book 11,912,345 commands/s, 40,252 fills, 12.345 B/command
 * </pre>
 *
 * Usage: {@code ExchangeCoreBenchmark --commands FILE[.gz] [--mode book|pipeline] [--warmups W] [--iterations N]}
 */
public final class ExchangeCoreBenchmark
{
    private ExchangeCoreBenchmark()
    {
    }

    public static void main(final String[] args)
    {
        try
        {
            run(args);
            System.exit(0);
        }
        catch (final Throwable ex)
        {
            ex.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(final String[] args) throws IOException
    {
        Path file = null;
        String mode = "book";
        int warmups = 5;
        int iterations = 5;
        try
        {
            for (int i = 0; i < args.length; i++)
            {
                switch (args[i])
                {
                    case "--commands" -> file = Path.of(args[++i]);
                    case "--mode" -> mode = args[++i];
                    case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (file == null || iterations < 1 || warmups < 0 || !("book".equals(mode) || "pipeline".equals(mode)))
            {
                throw new IllegalArgumentException("--commands is required, --iterations >= 1, --warmups >= 0, " +
                    "--mode book or pipeline");
            }
        }
        catch (final RuntimeException ex)
        {
            System.err.println("ExchangeCoreBenchmark: " + ex.getMessage());
            System.err.println("usage: ExchangeCoreBenchmark --commands FILE[.gz] [--mode book|pipeline] " +
                "[--warmups W] [--iterations N]");
            System.exit(2);
            return;
        }

        final long parseStart = System.nanoTime();
        final ExchangeCoreStream stream = ExchangeCoreStream.read(file);
        System.err.printf("parsed %,d commands in %.1f s (%,d skipped, %,d approximated: no exact exchange-core " +
            "equivalent)%n", stream.size(), (System.nanoTime() - parseStart) / 1e9, stream.skipped(),
            stream.approximated());

        final boolean book = "book".equals(mode);
        final OrderBookReplay bookReplay = book ? new OrderBookReplay(stream) : null;
        final ExchangeCorePipelineReplay pipelineReplay = book ? null : new ExchangeCorePipelineReplay(stream);
        final double[] rates = new double[iterations];
        double worstBytesPerCommand = 0;
        long trades = 0;
        long failures = 0;
        for (int i = -warmups; i < iterations; i++)
        {
            final long allocatedBefore;
            final long start;
            final long elapsed;
            if (book)
            {
                bookReplay.reset();
                allocatedBefore = allocatedBytes();
                start = System.nanoTime();
                bookReplay.replay();
                elapsed = System.nanoTime() - start;
                trades = bookReplay.trades;
                failures = bookReplay.failures;
            }
            else
            {
                pipelineReplay.reset();
                allocatedBefore = allocatedBytes();
                start = System.nanoTime();
                pipelineReplay.replay();
                elapsed = System.nanoTime() - start;
                trades = pipelineReplay.trades();
                failures = pipelineReplay.failures();
            }
            final double bytesPerCommand = (double)(allocatedBytes() - allocatedBefore) / stream.size();
            final double rate = stream.size() / (elapsed / 1e9);
            System.err.printf("%s %d: %,.0f commands/s, %,d fills, %,d not SUCCESS, %.3f B/command%s%n",
                i < 0 ? "warm-up" : "iteration", i < 0 ? i + warmups + 1 : i + 1, rate, trades, failures,
                bytesPerCommand, book ? "" : " (submitting thread only)");
            if (i >= 0)
            {
                rates[i] = rate;
                worstBytesPerCommand = Math.max(worstBytesPerCommand, bytesPerCommand);
            }
        }
        if (pipelineReplay != null)
        {
            pipelineReplay.close();
        }
        Arrays.sort(rates);
        System.out.printf("exchange-core-%s %,.0f commands/s, %,d fills, %.3f B/command%n",
            mode, rates[rates.length / 2], trades, worstBytesPerCommand);
    }

    private static long allocatedBytes()
    {
        return ((com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean())
            .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
