package com.guishen.gscx.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The book of record: an append-only Chronicle Queue of the ledger's entries and of the Kafka
 * records it skipped (rejects, alerts). Each record is one tag byte ({@code E} entry, {@code S}
 * skipped) and its JSON ({@link EntryCodec}). The Kafka offsets the ledger has applied are the
 * sources of these records: the journal is also the consumer's position.
 * <p>
 * One writer at a time: a writer takes an exclusive lock on {@code <journal>.lock} beside the
 * journal; readers (exports, verification, the read API) need no lock.
 */
public final class LedgerJournal implements AutoCloseable
{
    private static final byte ENTRY = 'E';
    private static final byte SKIPPED = 'S';
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private ExcerptAppender appender;

    private LedgerJournal(final Path directory, final SingleChronicleQueue queue, final FileChannel lockChannel,
        final FileLock lock)
    {
        this.directory = directory;
        this.queue = queue;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating it if needed) the journal for writing.
     *
     * @throws IllegalStateException when another process writes it.
     */
    public static LedgerJournal openForWriting(final Path directory)
    {
        final Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = null;
        try
        {
            Files.createDirectories(directory);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            final FileLock lock;
            try
            {
                lock = channel.tryLock();
            }
            catch (final OverlappingFileLockException ex)
            {
                throw new IllegalStateException("the ledger journal " + directory + " is open for writing in this process");
            }
            if (lock == null)
            {
                throw new IllegalStateException("another ledger writes the journal " + directory + " (" + lockFile +
                    " is locked)");
            }
            return new LedgerJournal(directory, queue(directory, false), channel, lock);
        }
        catch (final IOException ex)
        {
            close(channel);
            throw new UncheckedIOException("cannot open the ledger journal " + directory + ": " + ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            close(channel);
            throw ex;
        }
    }

    /**
     * Opens an existing journal for reading only.
     *
     * @throws IllegalArgumentException when there is no journal there.
     */
    public static LedgerJournal openForReading(final Path directory)
    {
        if (!Files.isDirectory(directory) || !hasQueueFiles(directory))
        {
            throw new IllegalArgumentException("no ledger journal in " + directory);
        }
        return new LedgerJournal(directory, queue(directory, true), null, null);
    }

    private static boolean hasQueueFiles(final Path directory)
    {
        try (var files = Files.list(directory))
        {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    private static SingleChronicleQueue queue(final Path directory, final boolean readOnly)
    {
        if (System.getProperty("chronicle.analytics.disable") == null)
        {
            // An exchange must not phone home, whatever flags the JVM was started with.
            System.setProperty("chronicle.analytics.disable", "true");
        }
        return SingleChronicleQueueBuilder.single(directory.toString())
            .rollCycle(RollCycles.FAST_DAILY)
            .readOnly(readOnly)
            .build();
    }

    public Path directory()
    {
        return directory;
    }

    /** Appends an entry. */
    public void append(final JournalEntry entry)
    {
        write(ENTRY, EntryCodec.toJson(entry));
    }

    /** Appends an entry whose JSON is encoded already. */
    void append(final EntryEncoder json)
    {
        write(ENTRY, json.buffer(), json.length());
    }

    /** Appends a skipped record. */
    public void append(final SkippedRecord skipped)
    {
        try
        {
            write(SKIPPED, MAPPER.writeValueAsBytes(skipped));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private void write(final byte tag, final byte[] json)
    {
        write(tag, json, json.length);
    }

    private void write(final byte tag, final byte[] json, final int length)
    {
        if (lock == null)
        {
            throw new IllegalStateException("the ledger journal " + directory + " is open for reading only");
        }
        if (appender == null)
        {
            appender = queue.createAppender();
        }
        try (DocumentContext context = appender.writingDocument())
        {
            final Bytes<?> bytes = context.wire().bytes();
            bytes.writeByte(tag);
            bytes.write(json, 0, length);
        }
    }

    /** Reads a skipped record's JSON. */
    public static SkippedRecord skipped(final byte[] json) throws IOException
    {
        return MAPPER.readValue(json, SkippedRecord.class);
    }

    /** A reader from the first record. */
    public Reader reader()
    {
        return new Reader(queue.createTailer());
    }

    @Override
    public void close()
    {
        queue.close();
        if (lock != null)
        {
            try
            {
                lock.release();
            }
            catch (final IOException ignored)
            {
                // closing the channel releases it too
            }
        }
        close(lockChannel);
    }

    private static void close(final FileChannel channel)
    {
        if (channel != null)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // nothing more to release
            }
        }
    }

    /** What a journal record holds: an entry or a skipped record, and its 1-based position. */
    public record Record(long sequence, JournalEntry entry, SkippedRecord skipped)
    {
        public boolean isEntry()
        {
            return entry != null;
        }
    }

    /**
     * A record as stored, for copying it elsewhere without reading its JSON.
     *
     * @param sequence its 1-based position.
     * @param entry    true for an entry, false for a skipped record.
     * @param json     its JSON.
     */
    public record RawRecord(long sequence, boolean entry, byte[] json)
    {
    }

    /** Reads records in order. Not thread-safe. */
    public static final class Reader
    {
        private final ExcerptTailer tailer;
        private long sequence;

        private Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * The next record, or null when there is none yet.
         *
         * @throws IllegalStateException naming the record's position when it cannot be read.
         */
        public Record next()
        {
            final RawRecord raw = nextRaw();
            if (raw == null)
            {
                return null;
            }
            try
            {
                return raw.entry() ? new Record(sequence, EntryCodec.fromJson(raw.json()), null) :
                    new Record(sequence, null, skipped(raw.json()));
            }
            catch (final IOException | IllegalArgumentException ex)
            {
                throw new IllegalStateException("ledger journal record " + sequence + " cannot be read: " +
                    ex.getMessage(), ex);
            }
        }

        /** The next record as stored, or null when there is none yet. */
        public RawRecord nextRaw()
        {
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return null;
                }
                final Bytes<?> bytes = context.wire().bytes();
                final int length = (int)bytes.readRemaining() - 1;
                final byte tag = length < 1 ? 0 : bytes.readByte();
                sequence++;
                if (tag != ENTRY && tag != SKIPPED)
                {
                    throw new IllegalStateException("ledger journal record " + sequence + " is neither an entry nor a " +
                        "skipped record");
                }
                final byte[] json = new byte[length];
                bytes.read(json);
                return new RawRecord(sequence, tag == ENTRY, json);
            }
        }

        /** Lets the thread that calls next take this reader over from the one that called before. */
        public void handOver()
        {
            tailer.singleThreadedCheckReset();
        }

        /** How many records this reader has read. */
        public long sequence()
        {
            return sequence;
        }
    }
}
