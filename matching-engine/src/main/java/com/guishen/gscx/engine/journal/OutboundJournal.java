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
 * Every engine event, in engineSeq order without gaps. Each entry is a batch: the events the
 * engine produced in one pass of its duty cycle (one command's when it is live, many when it
 * catches up; at most {@link #MAX_EVENTS_PER_ENTRY}), as an event count, that many binary events
 * ({@link EngineEventEncoder#LENGTH} bytes each) and a CRC-32C over both. One entry per pass
 * instead of one per event cuts Chronicle's per-append cost (header, index, clock), the largest
 * part of journaling. The engine is the only writer; gateways and the publisher tail it, one
 * event at a time.
 */
public final class OutboundJournal implements AutoCloseable
{
    /** Events in one entry at most. */
    public static final int MAX_EVENTS_PER_ENTRY = 256;
    private static final int COUNT_LENGTH = 4;
    private static final int MAX_ENTRY_LENGTH = COUNT_LENGTH + MAX_EVENTS_PER_ENTRY * EngineEventEncoder.LENGTH + 4;

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
        return reader.readLastOfEntry(decoder) ? decoder.engineSeq() : 0;
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
            try
            {
                while (reader.readNext(decoder) && decoder.engineSeq() <= engineSeq)
                {
                    appender.eventBuffer().putBytes(appender.nextEventOffset(), reader.entryBuffer,
                        reader.eventOffset(), EngineEventEncoder.LENGTH);
                    appender.append();
                }
            }
            catch (final CorruptJournalException ex)
            {
                // the rest of the old journal is unreadable: what was kept is everything before it
            }
            appender.flush();
        }
        return aside;
    }

    /** Appends encoded events, a batch per entry. Allocation-free. */
    public static final class Appender
    {
        private final ExcerptAppender appender;
        private final Bytes<?> entry = Bytes.allocateElasticDirect(MAX_ENTRY_LENGTH);
        private final byte[] batch = new byte[MAX_ENTRY_LENGTH - 4];
        private final UnsafeBuffer batchBuffer = new UnsafeBuffer(batch);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();
        private int events;

        private Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /** Lets the thread that calls next take this appender over from the one that called before. */
        public void handOver()
        {
            appender.singleThreadedCheckReset();
            entry.singleThreadedCheckReset(); // written by the thread that caught up, then by the engine thread
        }

        /** The buffer to encode the next event into, at {@link #nextEventOffset()}. */
        public UnsafeBuffer eventBuffer()
        {
            return batchBuffer;
        }

        /** Where in {@link #eventBuffer()} the next event goes. */
        public int nextEventOffset()
        {
            return COUNT_LENGTH + events * EngineEventEncoder.LENGTH;
        }

        /** Adds the event encoded at {@link #nextEventOffset()} to the batch; a full batch is written. */
        public void append()
        {
            if (++events == MAX_EVENTS_PER_ENTRY)
            {
                flush();
            }
        }

        /** Writes the batch as one entry, if it holds any event. */
        public void flush()
        {
            if (events == 0)
            {
                return;
            }
            batchBuffer.putInt(0, events);
            final int length = nextEventOffset();
            entry.clear();
            entry.write(batch, 0, length);
            entry.writeInt(checksum.of(batch, 0, length));
            appender.writeBytes(entry);
            events = 0;
        }
    }

    /** Reads events in order, one at a time, checking each entry's checksum. */
    public static final class Reader
    {
        private final ExcerptTailer tailer;
        private final byte[] entryBytes = new byte[MAX_ENTRY_LENGTH];
        final UnsafeBuffer entryBuffer = new UnsafeBuffer(entryBytes);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();
        private long entriesRead;
        private long eventsRead;
        private int eventsInEntry;
        private int nextEvent;

        private Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads the next event and points {@code decoder} at it.
         *
         * @return false when there is no event yet.
         * @throws CorruptJournalException if an entry has an impossible size or fails its checksum.
         */
        public boolean readNext(final EngineEventDecoder decoder)
        {
            if (nextEvent == eventsInEntry && !readEntry())
            {
                return false;
            }
            decoder.wrap(entryBuffer, eventOffset(nextEvent));
            nextEvent++;
            eventsRead++;
            return true;
        }

        /** Reads the next entry and points {@code decoder} at its last event (to find the journal's last). */
        boolean readLastOfEntry(final EngineEventDecoder decoder)
        {
            if (!readEntry())
            {
                return false;
            }
            nextEvent = eventsInEntry;
            decoder.wrap(entryBuffer, eventOffset(eventsInEntry - 1));
            return true;
        }

        /** Where in {@link #entryBuffer} the event last returned by {@link #readNext} is. */
        int eventOffset()
        {
            return eventOffset(nextEvent - 1);
        }

        private static int eventOffset(final int event)
        {
            return COUNT_LENGTH + event * EngineEventEncoder.LENGTH;
        }

        private boolean readEntry()
        {
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return false;
                }
                final Bytes<?> bytes = context.wire().bytes();
                final long length = bytes.readRemaining();
                final long events = (length - COUNT_LENGTH - 4) / EngineEventEncoder.LENGTH;
                if (length > MAX_ENTRY_LENGTH || events < 1 ||
                    length != COUNT_LENGTH + events * EngineEventEncoder.LENGTH + 4)
                {
                    context.rollbackOnClose();
                    throw new CorruptJournalException("outbound", context.index(), entriesRead + 1,
                        "entry of " + length + " bytes is not a count, 1.." + MAX_EVENTS_PER_ENTRY + " events of " +
                        EngineEventEncoder.LENGTH + " bytes and a checksum");
                }
                final int body = (int)length - 4;
                bytes.read(entryBytes, 0, body);
                if (checksum.of(entryBytes, 0, body) != bytes.readInt() || entryBuffer.getInt(0) != events)
                {
                    context.rollbackOnClose();
                    throw new CorruptJournalException("outbound", context.index(), entriesRead + 1,
                        "checksum mismatch");
                }
                entriesRead++;
                eventsInEntry = (int)events;
                nextEvent = 0;
                return true;
            }
        }

        /** Events read so far (the position, counted in events from the start of the journal). */
        public long entriesRead()
        {
            return eventsRead;
        }

        /** Lets the thread that calls next take this reader over from the one that called before. */
        public void handOver()
        {
            tailer.singleThreadedCheckReset();
        }
    }
}
