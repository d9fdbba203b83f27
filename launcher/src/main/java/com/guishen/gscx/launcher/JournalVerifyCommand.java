package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.journal.CorruptJournalException;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundEventPrinter;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import com.guishen.gscx.engine.replay.CommandFileException;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code gscx journal verify}: check the journals' checksums, continuity and agreement. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Check the journals of a data directory: every entry's checksum, the outbound journal's",
        "engineSeq continuity, and that the outbound journal is exactly what replaying the",
        "inbound journal produces (or a prefix of it, while the engine catches up). Exit code 2",
        "names the first problem found."})
final class JournalVerifyCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Override
    public Integer call()
    {
        final DataDirectory directory = dataDirectory.directory();
        if (!Files.isDirectory(directory.inbound()) || !Files.isDirectory(directory.outbound()))
        {
            System.err.println("gscx journal verify: no journals in " + directory.root());
            return ExitCodes.BAD_INPUT;
        }
        try
        {
            final ByteArrayOutputStream replayed = new ByteArrayOutputStream();
            final long commands = replayInbound(directory, replayed);
            System.out.printf("inbound: %,d entries, checksums OK%n", commands);

            final ByteArrayOutputStream journaled = new ByteArrayOutputStream();
            final long events = readOutbound(directory, journaled);
            if (events < 0)
            {
                return ExitCodes.BAD_INPUT;
            }
            System.out.printf("outbound: %,d events, engineSeq 1..%d without gaps, checksums OK%n", events, events);
            return compare(journaled.toString(StandardCharsets.US_ASCII), replayed.toString(StandardCharsets.US_ASCII));
        }
        catch (final CorruptJournalException ex)
        {
            System.err.println("gscx journal verify: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static long replayInbound(final DataDirectory directory, final ByteArrayOutputStream replayed)
    {
        final CommandFileEventPrinter printer = new CommandFileEventPrinter(replayed);
        final CommandFileAdapter adapter = new CommandFileAdapter(new MatchingEngine(printer), printer);
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Reader reader = inbound.reader();
            final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
            int length;
            while ((length = reader.readNext(line)) >= 0)
            {
                try
                {
                    adapter.applyInboundEntry(line, length);
                }
                catch (final CommandFileException ex)
                {
                    System.out.println("inbound entry " + reader.entriesRead() + " is not a valid command (the engine " +
                        "skips it): " + ex.getMessage().substring(ex.getMessage().indexOf(": ") + 2));
                }
            }
            printer.flush();
            return reader.entriesRead();
        }
    }

    private static long readOutbound(final DataDirectory directory, final ByteArrayOutputStream journaled)
    {
        final OutboundEventPrinter printer = new OutboundEventPrinter(journaled);
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final OutboundJournal.Reader reader = outbound.reader();
            final EngineEventDecoder event = new EngineEventDecoder();
            long expectedSeq = 1;
            while (reader.readNext(event))
            {
                if (event.engineSeq() != expectedSeq)
                {
                    System.err.println("gscx journal verify: outbound entry " + reader.entriesRead() + " has engineSeq " +
                        event.engineSeq() + ", expected " + expectedSeq);
                    return -1;
                }
                printer.print(event);
                expectedSeq++;
            }
            printer.flush();
            return expectedSeq - 1;
        }
    }

    private static int compare(final String journaled, final String replayed)
    {
        final String[] journal = journaled.isEmpty() ? new String[0] : journaled.split("\n");
        final String[] replay = replayed.isEmpty() ? new String[0] : replayed.split("\n");
        for (int i = 0; i < journal.length; i++)
        {
            if (i >= replay.length || !journal[i].equals(replay[i]))
            {
                System.err.println("gscx journal verify: outbound event " + (i + 1) + " differs from a replay of " +
                    "the inbound journal:\n  journal: " + journal[i] + "\n  replay:  " +
                    (i < replay.length ? replay[i] : "(no such event)"));
                return ExitCodes.BAD_INPUT;
            }
        }
        if (journal.length < replay.length)
        {
            System.out.printf("outbound is the first %,d of the %,d events a replay produces: the engine has not " +
                "applied the rest yet%n", journal.length, replay.length);
        }
        else
        {
            System.out.println("outbound matches a replay of the inbound journal event for event");
        }
        return ExitCodes.OK;
    }
}
