package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileException;
import com.guishen.gscx.engine.replay.OrderCommandPrinter;
import com.guishen.gscx.events.codec.OrderCommandDecoder;
import com.guishen.gscx.events.codec.OrderCommandEncoder;
import net.openhft.chronicle.bytes.Bytes;
import org.agrona.concurrent.UnsafeBuffer;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The sequenced log of every command, the source of truth: each entry is one command with its
 * timestamp and a CRC-32C. New orders, cancels and replaces are stored binary
 * ({@link com.guishen.gscx.events.codec.OrderCommandEncoder}), so that neither the engine nor a
 * replay parses them; every other command is its line in the command-file format (COMMANDS.md
 * and docs/command-file-rules.md). Writers (gateways, the admin console, {@code gscx journal append}) append;
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

    /**
     * Appends commands: lines in the command-file format (order lines are stored binary) or
     * binary order commands. Allocation-free for byte lines. Not thread-safe: one per thread.
     */
    public static final class Appender
    {
        private final ExcerptAppender appender;
        private final Bytes<?> entry = Bytes.allocateElasticDirect(MAX_LINE_LENGTH + 8);
        private final JournalEntryChecksum checksum = new JournalEntryChecksum();
        private final CommandFileAdapter orderLines = CommandFileAdapter.orderLineEncoder();
        private final byte[] line = new byte[MAX_LINE_LENGTH];
        private final byte[] order = new byte[OrderCommandEncoder.MAX_LENGTH];
        private final UnsafeBuffer orderBuffer = new UnsafeBuffer(order);
        private final OrderCommandDecoder orderCheck = new OrderCommandDecoder();
        private final UnsafeBuffer checked = new UnsafeBuffer(new byte[0]);

        private Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /**
         * Appends {@code command[offset, offset + length)}: one command line (no newline) or one
         * binary order command, and returns its index in the journal. A new order, cancel or replace
         * line is stored binary; a malformed one is stored as it is, and the engine skips it.
         *
         * @throws IllegalArgumentException if the length is out of range or binary bytes are not an order command.
         */
        public long append(final byte[] command, final int offset, final int length)
        {
            if (length <= 0 || length > MAX_LINE_LENGTH)
            {
                throw new IllegalArgumentException("a command line must have 1.." + MAX_LINE_LENGTH +
                    " bytes, got " + length);
            }
            if (OrderCommandDecoder.isOrderCommand(command[offset]))
            {
                checked.wrap(command, offset, length);
                if (!orderCheck.wrap(checked, 0, length))
                {
                    throw new IllegalArgumentException("not a well-formed binary order command (" + length + " bytes)");
                }
                return write(command, offset, length);
            }
            System.arraycopy(command, offset, line, 0, length);
            int encoded;
            try
            {
                encoded = orderLines.encodeOrderLine(line, length, orderBuffer);
            }
            catch (final CommandFileException ex)
            {
                encoded = -1;
            }
            return encoded > 0 ? write(order, 0, encoded) : write(command, offset, length);
        }

        private long write(final byte[] bytes, final int offset, final int length)
        {
            entry.clear();
            entry.writeInt(checksum.of(bytes, offset, length));
            entry.write(bytes, offset, length);
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

    /**
     * An entry as its command-file line: text entries as they are, binary order commands
     * written back as lines (cold path, for dumps).
     */
    public static String toLine(final byte[] entry, final int length)
    {
        final String order = new OrderCommandPrinter().toLine(entry, length);
        return order != null ? order : new String(entry, 0, length, StandardCharsets.US_ASCII);
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
