package com.guishen.gscx.benchmarks;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a compute-market command file ({@link ComputeMarketStream}) to a file or standard
 * output.
 *
 * <pre>
 * ComputeMarketStreamGenerator [--commands N] [--seed S] [--out FILE]
 * </pre>
 */
public final class ComputeMarketStreamGenerator
{
    private static final String USAGE =
        "usage: ComputeMarketStreamGenerator [--commands N] [--seed S] [--out FILE]\n" +
        "\n" +
        "Writes a deterministic compute-market command file (COMMANDS.md plus docs/command-file-rules.md):\n" +
        "18 instruments (H100, ASCEND910B, EPYC9654 vCPU x GUIAN, GUIYANG x daily and hourly windows) and\n" +
        "30 SZDE buyers and GYBDE providers with credit limits, capacities and mixed STP modes, then N commands\n" +
        "(new, cancel, replace, IOC/FOK/market/post-only/GTD orders, halts, end of day).\n" +
        "\n" +
        "  --commands N   command lines to write, declarations not counted (default 1000000)\n" +
        "  --seed S       random seed; the same seed and N give a byte-identical file (default 1)\n" +
        "  --out FILE     where to write (default standard output); progress goes to standard error\n" +
        "  --help         this text\n";

    private ComputeMarketStreamGenerator()
    {
    }

    public static void main(final String[] args)
    {
        long commands = 1_000_000;
        long seed = 1;
        Path file = null;
        for (int i = 0; i < args.length; i++)
        {
            final String argument = args[i];
            if (argument.equals("--help") || argument.equals("-h"))
            {
                System.out.print(USAGE);
                return;
            }
            if (!argument.equals("--commands") && !argument.equals("--seed") && !argument.equals("--out"))
            {
                fail("unknown argument '" + argument + "'");
            }
            if (i + 1 == args.length)
            {
                fail(argument + " needs a value");
            }
            final String value = args[++i];
            switch (argument)
            {
                case "--commands" ->
                {
                    commands = number(argument, value);
                    if (commands < 0)
                    {
                        fail("--commands must be >= 0, got " + value);
                    }
                }
                case "--seed" -> seed = number(argument, value);
                default ->
                {
                    if (value.isEmpty())
                    {
                        fail("--out needs a file name");
                    }
                    file = Path.of(value);
                }
            }
        }

        final long start = System.nanoTime();
        try
        {
            if (file == null)
            {
                // Not System.out: a PrintStream swallows errors, so a closed pipe would go unnoticed.
                final Writer out = new OutputStreamWriter(
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.US_ASCII);
                ComputeMarketStream.write(seed, commands, out);
                out.flush();
                return;
            }
            final long total = commands;
            try (OutputStream stream = Files.newOutputStream(file);
                Writer out = new OutputStreamWriter(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.US_ASCII))
            {
                ComputeMarketStream.write(seed, commands, out, ComputeMarketStream.STREAM_START, written -> System.err.printf(
                    "ComputeMarketStreamGenerator: %,d of %,d commands (%.1f s)%n", written, total, seconds(start)));
            }
            final double seconds = seconds(start);
            System.err.printf("ComputeMarketStreamGenerator: wrote %,d commands (seed %d) to %s in %.1f s, %,.0f commands/s%n",
                commands, seed, file, seconds, commands / Math.max(seconds, 1e-9));
        }
        catch (final IOException ex)
        {
            System.err.println("ComputeMarketStreamGenerator: cannot write " + (file == null ? "standard output" : file) +
                ": " + (ex instanceof NoSuchFileException ? "no such directory" : ex.getMessage()));
            System.exit(1);
        }
    }

    private static long number(final String argument, final String value)
    {
        try
        {
            return Long.parseLong(value.replace("_", ""));
        }
        catch (final NumberFormatException ex)
        {
            fail(argument + " must be an integer, got '" + value + "'");
            return 0;
        }
    }

    private static double seconds(final long start)
    {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void fail(final String message)
    {
        System.err.println("ComputeMarketStreamGenerator: " + message + " (--help for usage)");
        System.exit(2);
    }
}
