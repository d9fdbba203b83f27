package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.CountingListener;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.RecordedCommands;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import com.guishen.gscx.engine.replay.CommandFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code gscx bench}: benchmarks that need nothing but the launcher. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; the figures in BENCHMARKS.md come from these and from benchmarks/run.",
    subcommands = BenchCommand.Engine.class)
final class BenchCommand implements Runnable
{
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code gscx bench engine}: the in-memory matching engine alone, on one thread, over a
     * command file parsed into arrays before any clock starts.
     */
    @Command(
        name = "engine",
        mixinStandardHelpOptions = true,
        description = {
            "Replay a command file through the in-memory matching engine, timed.",
            "",
            "The whole file is parsed into arrays first; each iteration then replays it into an",
            "engine reset to its declarations (pools and tables keep their size), with nothing",
            "printed while the clock runs. One line per iteration on standard error, then:",
            "  engine <median commands/s> commands/s, <fills> fills, <allocated bytes/command> B/command",
            "where B/command is the worst measured iteration's (ThreadMXBean, engine thread)."})
    static final class Engine implements Callable<Integer>
    {
        @Option(names = "--commands", required = true, paramLabel = "FILE",
            description = "The command file (.gz is read compressed).")
        private Path commands;

        @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Measured iterations (default: ${DEFAULT-VALUE}).")
        private int iterations;

        @Option(names = "--warmups", paramLabel = "W", defaultValue = "5",
            description = "Iterations run first and not counted (default: ${DEFAULT-VALUE}).")
        private int warmups;

        @Override
        public Integer call() throws IOException
        {
            final PrintStream err = System.err;
            if (iterations < 1 || warmups < 0)
            {
                err.println("gscx bench engine: --iterations must be >= 1 and --warmups >= 0");
                return ExitCodes.BAD_INPUT;
            }
            final RecordedCommands recorded = new RecordedCommands();
            final long parseStart = System.nanoTime();
            try (InputStream input = open(commands))
            {
                new CommandFileAdapter(recorded, new CommandFileEventPrinter(OutputStream.nullOutputStream()))
                    .apply(input);
            }
            catch (final NoSuchFileException ex)
            {
                err.println("gscx bench engine: no such command file: " + ex.getFile());
                return ExitCodes.BAD_INPUT;
            }
            catch (final CommandFileException ex)
            {
                err.println("gscx bench engine: " + commands + ": " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            final long commandCount = recorded.commandCount();
            err.printf("parsed %,d commands in %.1f s%n", commandCount, (System.nanoTime() - parseStart) / 1e9);

            final boolean resettable = declarationsFirst(recorded);
            final CountingListener counts = new CountingListener();
            final int expectedIds = (int)Math.min(1 << 28, commandCount + 1024);
            MatchingEngine engine = null;
            final double[] rates = new double[iterations];
            double worstBytesPerCommand = 0;
            for (int i = -warmups; i < iterations; i++)
            {
                counts.reset();
                final boolean fresh = engine == null || !resettable;
                if (fresh)
                {
                    engine = new MatchingEngine(counts, 1 << 16, expectedIds);
                }
                else
                {
                    engine.reset();
                }
                final long allocatedBefore = allocatedBytes();
                final long start = System.nanoTime();
                if (fresh)
                {
                    recorded.replayInto(engine);
                }
                else
                {
                    recorded.replayCommandsInto(engine);
                }
                final long elapsed = System.nanoTime() - start;
                final long allocated = allocatedBytes() - allocatedBefore;
                final double bytesPerCommand = (double)allocated / commandCount;
                final double rate = commandCount / (elapsed / 1e9);
                err.printf("%s %d: %,.0f commands/s, %,d events, %,d fills, %,d rejects, %,d bytes allocated%s%n",
                    i < 0 ? "warm-up" : "iteration", i < 0 ? i + warmups + 1 : i + 1, rate, counts.events,
                    counts.fills, counts.rejects, allocated, fresh ? " (new engine)" : "");
                if (i >= 0)
                {
                    rates[i] = rate;
                    worstBytesPerCommand = Math.max(worstBytesPerCommand, bytesPerCommand);
                }
            }
            Arrays.sort(rates);
            System.out.printf("engine %,.0f commands/s, %,d fills, %.3f B/command%n",
                rates[rates.length / 2], counts.fills, worstBytesPerCommand);
            return ExitCodes.OK;
        }

        /**
         * True if every listing and admission comes before the first command, so an engine reset
         * to its declarations replays the stream exactly as a new one would.
         */
        private static boolean declarationsFirst(final RecordedCommands recorded)
        {
            boolean commandSeen = false;
            for (int row = 0; row < recorded.rows(); row++)
            {
                if (recorded.isCommand(row))
                {
                    commandSeen = true;
                }
                else if (commandSeen)
                {
                    return false;
                }
            }
            return true;
        }

        private static InputStream open(final Path file) throws IOException
        {
            final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        }

        private static long allocatedBytes()
        {
            return ((com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
        }
    }
}
