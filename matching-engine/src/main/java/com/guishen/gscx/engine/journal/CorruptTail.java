package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import com.guishen.gscx.engine.replay.CommandFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Drops a journal's corrupt tail, on the operator's explicit request
 * ({@code --truncate-corrupt-tail}): the inbound journal keeps the entries before the bad one,
 * the outbound journal keeps the events those entries produce, snapshots that cover dropped
 * entries are deleted, and the old journals are moved aside, never deleted. Every step is
 * logged with exactly what was dropped.
 */
final class CorruptTail
{
    private static final Logger LOG = LoggerFactory.getLogger(CorruptTail.class);

    private CorruptTail()
    {
    }

    static void truncate(final DataDirectory directory, final CorruptJournalException corruption) throws IOException
    {
        LOG.warn("--truncate-corrupt-tail: {}", corruption.getMessage());
        if (corruption.getMessage().startsWith("outbound"))
        {
            final Path aside = OutboundJournal.truncateAfter(directory.outbound(), Long.MAX_VALUE);
            LOG.warn("outbound journal: dropped entry {} and everything after it (the engine writes those events " +
                "again from the inbound journal); the original is kept in {}", corruption.entryNumber(), aside);
            return;
        }
        final long keep = corruption.entryNumber() - 1;
        final long inboundEntries = countEntries(directory.inbound());
        final long engineSeq = engineSeqAfter(directory, keep);
        final Path inboundAside = InboundJournal.truncate(directory.inbound(), keep);
        LOG.warn("inbound journal: dropped entries {}..{} ({} entries, from the corrupt one on); the original is kept " +
            "in {}", keep + 1, Math.max(keep + 1, inboundEntries), Math.max(1, inboundEntries - keep), inboundAside);
        final long journaledSeq;
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            journaledSeq = outbound.lastEngineSeq();
        }
        if (journaledSeq > engineSeq)
        {
            final Path outboundAside = OutboundJournal.truncateAfter(directory.outbound(), engineSeq);
            LOG.warn("outbound journal: dropped events {}..{}, produced by the dropped commands; the original is kept " +
                "in {}. If they were published to Kafka already, downstream holds events the journals no longer do",
                engineSeq + 1, journaledSeq, outboundAside);
        }
        try (Stream<Path> files = Files.list(directory.snapshots()))
        {
            for (final Path file : files.toList())
            {
                final String name = file.getFileName().toString();
                if (name.matches("snapshot-\\d{16}\\.bin") && Long.parseLong(name.substring(9, 25)) > keep)
                {
                    Files.delete(file);
                    LOG.warn("deleted {}: it covers dropped commands", name);
                }
            }
        }
    }

    /** How many entries a journal has, up to its first unreadable one. */
    private static long countEntries(final Path inbound)
    {
        try (InboundJournal journal = InboundJournal.open(inbound))
        {
            final InboundJournal.Reader reader = journal.reader();
            final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
            try
            {
                while (reader.readNext(line) >= 0)
                {
                    // counting
                }
            }
            catch (final CorruptJournalException ex)
            {
                // the bad entry and what follows still count as entries
                return reader.entriesRead() + 1 + remainingAfter(journal, reader.entriesRead() + 1);
            }
            return reader.entriesRead();
        }
    }

    private static long remainingAfter(final InboundJournal journal, final long badEntry)
    {
        // entries after a bad one cannot be read through the checksum; count them as excerpts
        return Math.max(0, journal.excerptCount() - badEntry);
    }

    /** The engineSeq an engine reaches after the first {@code entries} inbound entries. */
    private static long engineSeqAfter(final DataDirectory directory, final long entries)
    {
        final CommandFileEventPrinter discard = new CommandFileEventPrinter(OutputStream.nullOutputStream());
        final MatchingEngine engine = new MatchingEngine(discard);
        final CommandFileAdapter adapter = new CommandFileAdapter(engine, discard);
        try (InboundJournal journal = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Reader reader = journal.reader();
            final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
            int length;
            while (reader.entriesRead() < entries && (length = reader.readNext(line)) >= 0)
            {
                try
                {
                    adapter.applyInboundEntry(line, length);
                }
                catch (final CommandFileException ex)
                {
                    // skipped by the engine too
                }
            }
        }
        return engine.engineSeq();
    }
}
