package com.guishen.gscx.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The options of the benchmarks that run a generated compute-market stream through the durable
 * engine ({@code [--commands N] [--seed S] [--report FILE]}), and what they share: the stream
 * as command lines and a scratch directory under {@code target/}.
 */
record StreamBenchmarkOptions(long commands, long seed, Path report)
{
    /** Parses the options; prints the usage and exits with code 2 on anything else. */
    static StreamBenchmarkOptions parse(final String harness, final long defaultCommands, final String[] args)
    {
        long commands = defaultCommands;
        long seed = 1;
        Path report = null;
        try
        {
            for (int i = 0; i < args.length; i++)
            {
                switch (args[i])
                {
                    case "--commands" -> commands = Long.parseLong(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--report" -> report = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (commands < 1)
            {
                throw new IllegalArgumentException("--commands must be >= 1");
            }
        }
        catch (final RuntimeException ex)
        {
            System.err.println(harness + ": " + ex.getMessage());
            System.err.println("usage: " + harness + " [--commands N] [--seed S] [--report FILE]");
            System.exit(2);
        }
        return new StreamBenchmarkOptions(commands, seed, report);
    }

    /** The generated stream's command lines, comments and empty lines left out. */
    List<String> lines() throws IOException
    {
        final StringWriter text = new StringWriter();
        ComputeMarketStream.write(seed, commands, text);
        final List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text.toString())))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (!line.isEmpty() && !line.startsWith("#"))
                {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The command line that reproduces a run. */
    String commandLine(final String harness)
    {
        return "benchmarks/run " + harness + " --commands " + commands + " --seed " + seed + " --report BENCHMARKS.md";
    }

    /** Deletes a scratch directory and everything in it. */
    static void delete(final Path path) throws IOException
    {
        if (Files.exists(path))
        {
            try (Stream<Path> files = Files.walk(path))
            {
                for (final Path file : files.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.delete(file);
                }
            }
        }
    }
}
