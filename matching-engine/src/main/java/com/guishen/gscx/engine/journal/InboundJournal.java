package com.guishen.gscx.engine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The sequenced log of every command, the source of truth: each entry is one command line in
 * the command-file format (COMMANDS.md and docs/command-file-rules.md), timestamp included,
 * with a CRC-32C. Writers (gateways, the admin console, {@code gscx journal append}) append;
 * the engine tails. The engine is a pure function of this log.
 */
public final class InboundJournal implements AutoCloseable
{
    /** The longest command line an entry may hold. */
    public static final int MAX_LINE_LENGTH = 1024;

    private final SingleChronicleQueue queue;

    private InboundJournal(final SingleChronicleQueue queue)
    {
        this.queue = queue;
    }

    public static InboundJournal open(final Path directory)
    {
        return new InboundJournal(JournalQueues.open(directory, false));
    }

    /** An appender for the calling thread (one per thread). */
    public Appender appender()
    {
        return new Appender(queue.createAppender());
    }

    /** The number of entries in the journal, readable or not (cold path). */
    public long excerptCount()
    {
        long count = 0;
        final ExcerptTailer tailer = queue.createTailer();
        while (true)
        {
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return count;
                }
                count++;
            }
        }
    }

    /** A reader from the start of the log. */
    public Reader reader()
    {
        return new Reader(queue.createTailer());
    }

    @Override
    public void close()
    {
        queue.close();
    }

    /**
     * Keeps only the first {@code keep} entries of the journal in {@code directory}: they are
     * copied into a new journal there, and the old one is moved aside (never deleted).
     *
     * @return where the old journal now is.
     */
    public static Path truncate(final Path directory, final long keep) throws java.io.IOException
    {
        final Path aside = directory.resolveSibling(directory.getFileName() + ".corrupt-" + System.currentTimeMillis());
        java.nio.file.Files.move(directory, aside);
        try (InboundJournal old = open(aside); InboundJournal kept = open(directory))
        {
            final Reader reader = old.reader();
            final Appender appender = kept.appender();
            final byte[] line = new byte[MAX_LINE_LENGTH];
            while (reader.entriesRead() < keep)
            {
                final int length = reader.readNext(line);
                if (length < 0)
                {
                    break;
                }
                appender.append(line, 0, length);
            }
        }
        return aside;
    }

    /** Appends command lines; allocation-free for byte lines. Not thread-safe: one per thread. */
    public static final class Appender
    {
        private final ExcerptAppender appender;
        private final Bytes<?> entry = Bytes.allocateElasticDirect(MAX_LINE_LENGTH + 8);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();

        private Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /**
         * Appends {@code line[offset, offset + length)} (one command line, no newline) and returns
         * its index in the journal.
         */
        public long append(final byte[] line, final int offset, final int length)
        {
            if (length <= 0 || length > MAX_LINE_LENGTH)
            {
                throw new IllegalArgumentException("a command line must have 1.." + MAX_LINE_LENGTH +
                    " bytes, got " + length);
            }
            entry.clear();
            entry.writeInt(checksum.of(line, offset, length));
            entry.write(line, offset, length);
            appender.writeBytes(entry);
            return appender.lastIndexAppended();
        }

        /** Appends one command line given as text (cold path). */
        public long append(final String line)
        {
            final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
            return append(bytes, 0, bytes.length);
        }
    }

    /** Reads entries in order, checking each one's checksum. Not thread-safe. */
    public static final class Reader
    {
        private final ExcerptTailer tailer;
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();
        private long lastIndex = -1;
        private long entriesRead;

        private Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads the next entry's command line into {@code destination}.
         *
         * @return its length, or -1 when there is no entry yet.
         * @throws CorruptJournalException if the entry is too short, too long or fails its checksum.
         */
        public int readNext(final byte[] destination)
        {
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return -1;
                }
                final Bytes<?> bytes = context.wire().bytes();
                final long index = context.index();
                final long length = bytes.readRemaining() - 4;
                if (length <= 0 || length > MAX_LINE_LENGTH || length > destination.length)
                {
                    context.rollbackOnClose(); // stay on the bad entry: nothing after it is read
                    throw new CorruptJournalException("inbound", index, entriesRead + 1,
                        "entry of " + (length + 4) + " bytes is not a checksum and a command line of 1.." +
                        MAX_LINE_LENGTH + " bytes");
                }
                final int expected = bytes.readInt();
                bytes.read(destination, 0, (int)length);
                if (checksum.of(destination, 0, (int)length) != expected)
                {
                    context.rollbackOnClose();
                    throw new CorruptJournalException("inbound", index, entriesRead + 1, "checksum mismatch");
                }
                lastIndex = index;
                entriesRead++;
                return (int)length;
            }
        }

        /** Lets the thread that calls next take this reader over from the one that called before. */
        public void handOver()
        {
            tailer.singleThreadedCheckReset();
        }

        /** The journal index of the entry last read, -1 before the first. */
        public long lastIndex()
        {
            return lastIndex;
        }

        /** How many entries this reader has read (its position, counted from the start of the journal). */
        public long entriesRead()
        {
            return entriesRead;
        }

        /** Skips the first {@code entries} entries (positioning after a snapshot); returns how many there were. */
        public long skip(final long entries, final byte[] scratch)
        {
            while (entriesRead < entries && readNext(scratch) >= 0)
            {
                // skipping: each entry is still checksummed
            }
            return entriesRead;
        }
    }
}
