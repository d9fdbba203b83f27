package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.replay.CommandFileException;
import com.guishen.gscx.engine.replay.CommandFileReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gscx replay}: the matching engine alone over a command file, printing every event. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
        "Replay a command file through the matching engine alone and print every event.",
        "",
        "The file follows ../shared/bench/COMMANDS.md plus the extensions in",
        "docs/command-file-rules.md. Standard output gets every event, then the final books",
        "and a summary. A malformed line stops the replay with its line number and the reason",
        "on standard error (exit code 2)."})
final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--commands", required = true, paramLabel = "FILE",
        description = "The command file to replay; '-' reads standard input.")
    private String commands;

    @Override
    public Integer call() throws IOException
    {
        try (InputStream input = open(commands))
        {
            CommandFileReplay.replay(input, System.out);
            return ExitCodes.OK;
        }
        catch (final NoSuchFileException ex)
        {
            System.err.println("gscx replay: no such command file: " + ex.getFile());
            return ExitCodes.BAD_INPUT;
        }
        catch (final CommandFileException ex)
        {
            System.err.println("gscx replay: " + commands + ": " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static InputStream open(final String file) throws IOException
    {
        if ("-".equals(file))
        {
            return new BufferedInputStream(System.in, 1 << 16);
        }
        return Files.newInputStream(Path.of(file));
    }
}
