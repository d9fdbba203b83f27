package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import com.guishen.gscx.engine.replay.CommandFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gscx journal append}: put a command file into the inbound journal. */
@Command(
    name = "append",
    mixinStandardHelpOptions = true,
    description = {
        "Append a command file to the inbound journal of a data directory.",
        "",
        "Every line is checked first (the COMMANDS.md format and docs/command-file-rules.md);",
        "if any is malformed nothing is appended. Comments and empty lines are not journaled.",
        "A running engine picks the commands up as they arrive."})
final class JournalAppendCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Option(names = "--commands", required = true, paramLabel = "FILE", description = "The command file to append.")
    private Path commands;

    @Override
    public Integer call() throws IOException
    {
        try
        {
            check(commands);
        }
        catch (final NoSuchFileException ex)
        {
            System.err.println("gscx journal append: no such command file: " + ex.getFile());
            return ExitCodes.BAD_INPUT;
        }
        catch (final CommandFileException ex)
        {
            System.err.println("gscx journal append: " + commands + ": " + ex.getMessage() + "; nothing was appended");
            return ExitCodes.BAD_INPUT;
        }
        long appended = 0;
        try (InboundJournal inbound = InboundJournal.open(dataDirectory.directory().create().inbound());
            BufferedReader reader = Files.newBufferedReader(commands, StandardCharsets.US_ASCII))
        {
            final InboundJournal.Appender appender = inbound.appender();
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (!line.isEmpty() && !line.startsWith("#"))
                {
                    appender.append(line);
                    if (++appended % 1_000_000 == 0)
                    {
                        System.err.printf("gscx journal append: %,d commands appended%n", appended);
                    }
                }
            }
        }
        System.err.printf("gscx journal append: %,d entries appended to %s%n", appended,
            dataDirectory.directory().inbound());
        return ExitCodes.OK;
    }

    /** Parses the whole file with a scratch engine, so a malformed line is found before anything is appended. */
    private static void check(final Path file) throws IOException
    {
        final CommandFileEventPrinter discard = new CommandFileEventPrinter(OutputStream.nullOutputStream());
        final CommandFileAdapter adapter = new CommandFileAdapter(new MatchingEngine(discard), discard);
        final byte[] bytes = Files.readAllBytes(file);
        adapter.apply(new ByteArrayInputStream(bytes));
    }
}
