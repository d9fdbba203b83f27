package com.guishen.gscx.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@code gscx} subcommand in a child JVM of its own, so that a test can really kill it. */
final class EngineProcess implements AutoCloseable
{
    private final Process process;
    private final Path log;

    private EngineProcess(final Process process, final Path log)
    {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code gscx <arguments>} with this JVM's flags and classpath; its output goes to {@code log}. */
    static EngineProcess start(final Path log, final String... arguments) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String flag : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (flag.startsWith("--add-") || flag.startsWith("-D") || flag.startsWith("-X"))
            {
                command.add(flag);
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.add(Gscx.class.getName());
        command.addAll(List.of(arguments));
        final Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
        return new EngineProcess(process, log);
    }

    private static String classPath()
    {
        final String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ?
            surefire.replace(' ', File.pathSeparatorChar) : System.getProperty("java.class.path");
    }

    /** How many lines of a log contain {@code text}; 0 before the log exists. */
    static long logLines(final Path log, final String text) throws IOException
    {
        if (!java.nio.file.Files.exists(log))
        {
            return 0;
        }
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log))
        {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    boolean isAlive()
    {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no clean snapshot, whatever the process was doing. */
    void kill() throws InterruptedException
    {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself. Returns the exit code. */
    int awaitExit(final java.time.Duration timeout) throws InterruptedException
    {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        {
            throw new IllegalStateException("still running after " + timeout + "; its log: " + log);
        }
        return process.exitValue();
    }

    /** SIGTERM: a clean stop. Returns the exit code. */
    int stop() throws InterruptedException
    {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    Path log()
    {
        return log;
    }

    @Override
    public void close() throws InterruptedException
    {
        if (process.isAlive())
        {
            kill();
        }
    }
}
