package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.replay.CommandFileReplay;
import com.guishen.gscx.events.codec.EngineEventDecoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Journals and replays as event lines, so tests can compare them line for line. */
public final class JournalTexts
{
    private JournalTexts()
    {
    }

    /** The event lines (no BOOK or SUMMARY lines) an uninterrupted replay of the command lines prints. */
    public static List<String> replayEvents(final List<String> commandLines)
    {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        try
        {
            CommandFileReplay.replay(new ByteArrayInputStream(
                (String.join("\n", commandLines) + "\n").getBytes(StandardCharsets.US_ASCII)), text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return Stream.of(text.toString(StandardCharsets.US_ASCII).split("\n"))
            .filter(line -> !line.startsWith("BOOK,") && !line.startsWith("SUMMARY,"))
            .toList();
    }

    /** Every event of a data directory's outbound journal, as event lines. */
    public static List<String> outboundEvents(final DataDirectory directory)
    {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final OutboundEventPrinter printer = new OutboundEventPrinter(text);
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final OutboundJournal.Reader reader = outbound.reader();
            final EngineEventDecoder event = new EngineEventDecoder();
            while (reader.readNext(event))
            {
                printer.print(event);
            }
        }
        printer.flush();
        return Arrays.asList(text.toString(StandardCharsets.US_ASCII).split("\n"));
    }

    /** The engineSeq of the last event in a data directory's outbound journal, 0 if none. */
    public static long lastEngineSeq(final DataDirectory directory)
    {
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            return outbound.lastEngineSeq();
        }
    }
}
