package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundEventPrinter;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code gscx journal dump}: print journal entries. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
        "Print the entries of the inbound or the outbound journal.",
        "",
        "Inbound entries print as the command lines they are; outbound events print as the",
        "event lines of COMMANDS.md, so a journal can be diffed against ./gscx replay."})
final class JournalDumpCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    static final class Which
    {
        @Option(names = "--inbound", required = true, description = "Print the inbound journal (commands).")
        boolean inbound;

        @Option(names = "--outbound", required = true, description = "Print the outbound journal (events).")
        boolean outbound;
    }

    @Option(names = "--from", paramLabel = "N", defaultValue = "1",
        description = "The first entry to print, counting from 1 (default: ${DEFAULT-VALUE}).")
    private long from;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
        description = "Print at most N entries (default: all).")
    private long limit;

    @Override
    public Integer call() throws IOException
    {
        if (from < 1 || limit < 0)
        {
            System.err.println("gscx journal dump: --from must be >= 1 and --limit >= 0");
            return ExitCodes.BAD_INPUT;
        }
        final var directory = dataDirectory.directory();
        final var journal = which.inbound ? directory.inbound() : directory.outbound();
        if (!Files.isDirectory(journal))
        {
            System.err.println("gscx journal dump: no journal at " + journal);
            return ExitCodes.BAD_INPUT;
        }
        final OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        if (which.inbound)
        {
            dumpInbound(directory.inbound(), out);
        }
        else
        {
            dumpOutbound(directory.outbound(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void dumpInbound(final java.nio.file.Path path, final OutputStream out) throws IOException
    {
        try (InboundJournal inbound = InboundJournal.open(path))
        {
            final InboundJournal.Reader reader = inbound.reader();
            final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH + 1];
            long printed = 0;
            int length;
            while (printed < limit && (length = reader.readNext(line)) >= 0)
            {
                if (reader.entriesRead() >= from)
                {
                    out.write((InboundJournal.toLine(line, length) + "\n").getBytes(StandardCharsets.US_ASCII));
                    printed++;
                }
            }
        }
    }

    private void dumpOutbound(final java.nio.file.Path path, final OutputStream out)
    {
        final OutboundEventPrinter printer = new OutboundEventPrinter(out);
        try (OutboundJournal outbound = OutboundJournal.open(path))
        {
            final OutboundJournal.Reader reader = outbound.reader();
            final EngineEventDecoder event = new EngineEventDecoder();
            long printed = 0;
            while (printed < limit && reader.readNext(event))
            {
                if (reader.entriesRead() >= from)
                {
                    printer.print(event);
                    printed++;
                }
            }
        }
        printer.flush();
    }
}
