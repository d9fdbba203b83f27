package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.MatchingEngine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Runs the matching engine alone over a command file and prints every event, then the books
 * and the summary, exactly as the command-file rulebook (COMMANDS.md) specifies.
 */
public final class CommandFileReplay
{
    private CommandFileReplay()
    {
    }

    /**
     * Replays {@code commandFile} into {@code output}. On a malformed line, what was printed
     * before it is flushed and a {@link CommandFileException} names the line and the reason.
     */
    public static void replay(final InputStream commandFile, final OutputStream output) throws IOException
    {
        final CommandFileEventPrinter printer = new CommandFileEventPrinter(output);
        final MatchingEngine engine = new MatchingEngine(printer, 1 << 16, 1 << 20);
        final CommandFileAdapter adapter = new CommandFileAdapter(engine, printer);
        try
        {
            adapter.apply(commandFile);
        }
        finally
        {
            printer.flush();
        }
        printer.printBooks(engine);
        printer.printSummary(adapter.commands());
    }
}
