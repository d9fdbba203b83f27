package com.guishen.gscx.engine.journal;

import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.codec.EngineEventEncoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Every engine event, in engineSeq order without gaps: one binary event
 * ({@link EngineEventEncoder#LENGTH} bytes) and its CRC-32C per entry. The engine is its only
 * writer; gateways and the publisher tail it.
 */
public final class OutboundJournal implements AutoCloseable
{
    static final int ENTRY_LENGTH = EngineEventEncoder.LENGTH + 4;

    private final SingleChronicleQueue queue;

    private OutboundJournal(final SingleChronicleQueue queue)
    {
        this.queue = queue;
    }

    public static OutboundJournal open(final Path directory)
    {
        return new OutboundJournal(JournalQueues.open(directory, false));
    }

    /** The engine's appender (one writer). */
    public Appender appender()
    {
        return new Appender(queue.createAppender());
    }

    /** A reader from the start of the journal. */
    public Reader reader()
    {
        return new Reader(queue.createTailer());
    }

    /** The engineSeq of the last event in the journal, 0 if there is none. */
    public long lastEngineSeq()
    {
        final Reader reader = new Reader(queue.createTailer().direction(TailerDirection.BACKWARD).toEnd());
        final EngineEventDecoder decoder = new EngineEventDecoder();
        return reader.readNext(decoder) ? decoder.engineSeq() : 0;
    }

    @Override
    public void close()
    {
        queue.close();
    }

    /**
     * Keeps only the events up to {@code engineSeq} of the journal in {@code directory}: they are
     * copied into a new journal there, and the old one is moved aside (never deleted).
     *
     * @return where the old journal now is.
     */
    public static Path truncateAfter(final Path directory, final long engineSeq) throws java.io.IOException
    {
        final Path aside = directory.resolveSibling(directory.getFileName() + ".corrupt-" + System.currentTimeMillis());
        java.nio.file.Files.move(directory, aside);
        try (OutboundJournal old = open(aside); OutboundJournal kept = open(directory))
        {
            final Reader reader = old.reader();
            final Appender appender = kept.appender();
            final EngineEventDecoder decoder = new EngineEventDecoder();
            while (reader.readNext(decoder) && decoder.engineSeq() <= engineSeq)
            {
                appender.eventBuffer().putBytes(0, reader.eventBuffer, 0, EngineEventEncoder.LENGTH);
                appender.append();
            }
        }
        catch (final CorruptJournalException ex)
        {
            // the rest of the old journal is unreadable: what was kept is everything before it
        }
        return aside;
    }

    /** Appends encoded events. Allocation-free. */
    public static final class Appender
    {
        private final ExcerptAppender appender;
        private final Bytes<?> entry = Bytes.allocateElasticDirect(ENTRY_LENGTH);
        private final byte[] event = new byte[EngineEventEncoder.LENGTH];
        private final UnsafeBuffer eventBuffer = new UnsafeBuffer(event);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();

        private Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /** Lets the thread that calls next take this appender over from the one that called before. */
        public void handOver()
        {
            appender.singleThreadedCheckReset();
        }

        /** The buffer to encode the next event into, at offset 0. */
        public UnsafeBuffer eventBuffer()
        {
            return eventBuffer;
        }

        /** Appends the event encoded in {@link #eventBuffer()}. */
        public void append()
        {
            entry.clear();
            entry.write(event, 0, event.length);
            entry.writeInt(checksum.of(event, 0, event.length));
            appender.writeBytes(entry);
        }
    }

    /** Reads events in order, checking each one's checksum. */
    public static final class Reader
    {
        private final ExcerptTailer tailer;
        private final byte[] event = new byte[EngineEventEncoder.LENGTH];
        final UnsafeBuffer eventBuffer = new UnsafeBuffer(event);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();
        private long entriesRead;

        private Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads the next event and points {@code decoder} at it.
         *
         * @return false when there is no event yet.
         * @throws CorruptJournalException if the entry has the wrong size or fails its checksum.
         */
        public boolean readNext(final EngineEventDecoder decoder)
        {
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return false;
                }
                final Bytes<?> bytes = context.wire().bytes();
                if (bytes.readRemaining() != ENTRY_LENGTH)
                {
                    context.rollbackOnClose();
                    throw new CorruptJournalException("outbound", context.index(), entriesRead + 1,
                        "entry of " + bytes.readRemaining() + " bytes, events take " + ENTRY_LENGTH);
                }
                bytes.read(event, 0, event.length);
                if (checksum.of(event, 0, event.length) != bytes.readInt())
                {
                    context.rollbackOnClose();
                    throw new CorruptJournalException("outbound", context.index(), entriesRead + 1, "checksum mismatch");
                }
                entriesRead++;
                decoder.wrap(eventBuffer, 0);
                return true;
            }
        }

        public long entriesRead()
        {
            return entriesRead;
        }

        /** Lets the thread that calls next take this reader over from the one that called before. */
        public void handOver()
        {
            tailer.singleThreadedCheckReset();
        }
    }
}
