package com.guishen.gscx.settlement;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Settlement's book of record: an append-only Chronicle Queue with one record per Kafka record
 * applied, in the order applied, holding the input (topic, partition, offset, value) together with
 * the outputs it caused. Replaying the inputs rebuilds the state; the sources are the consumer's
 * position (no consumer-group offsets); the outputs are the outbox the publisher reads. One
 * document per input, so a kill never leaves an input without its outputs.
 * <p>
 * One writer at a time: it takes an exclusive lock on {@code <journal>.lock} beside the journal.
 */
public final class SettlementJournal implements AutoCloseable
{
    private static final byte TAG = 'I';

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private ExcerptAppender appender;

    /** A journal record: an input, what kind it was, and its outputs; {@code sequence} is its 1-based position. */
    public record Record(long sequence, InputSource source, boolean fill, byte[] value, List<SettlementOutput> outputs)
    {
    }

    private SettlementJournal(final Path directory, final SingleChronicleQueue queue, final FileChannel lockChannel,
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
    public static SettlementJournal openForWriting(final Path directory)
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
                throw new IllegalStateException("the settlement journal " + directory + " is open for writing in this process");
            }
            if (lock == null)
            {
                throw new IllegalStateException("another settlement service writes the journal " + directory + " (" +
                    lockFile + " is locked)");
            }
            return new SettlementJournal(directory, queue(directory, false), channel, lock);
        }
        catch (final IOException ex)
        {
            close(channel);
            throw new UncheckedIOException("cannot open the settlement journal " + directory + ": " + ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            close(channel);
            throw ex;
        }
    }

    /**
     * Opens an existing journal for reading only (while a service may write it).
     *
     * @throws IllegalArgumentException when there is no journal there.
     */
    public static SettlementJournal openForReading(final Path directory)
    {
        boolean found = false;
        if (Files.isDirectory(directory))
        {
            try (var files = Files.list(directory))
            {
                found = files.anyMatch(file -> file.getFileName().toString().endsWith(".cq4"));
            }
            catch (final IOException ex)
            {
                found = false;
            }
        }
        if (!found)
        {
            throw new IllegalArgumentException("no settlement journal in " + directory +
                " (has `gscx settlement run` run on this data directory?)");
        }
        return new SettlementJournal(directory, queue(directory, true), null, null);
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

    /** Appends an applied input and its outputs as one document. */
    public void append(final InputSource source, final boolean fill, final byte[] value,
        final List<SettlementOutput> outputs)
    {
        if (lock == null)
        {
            throw new IllegalStateException("the settlement journal " + directory + " is open for reading only");
        }
        if (appender == null)
        {
            appender = queue.createAppender();
        }
        try (DocumentContext context = appender.writingDocument())
        {
            final Bytes<?> bytes = context.wire().bytes();
            bytes.writeByte(TAG);
            writeBlob(bytes, source.topic().getBytes(StandardCharsets.UTF_8));
            bytes.writeInt(source.partition());
            bytes.writeLong(source.offset());
            bytes.writeByte((byte)(fill ? 'F' : 'D'));
            writeBlob(bytes, value);
            bytes.writeInt(outputs.size());
            for (final SettlementOutput output : outputs)
            {
                bytes.writeByte((byte)output.destination().ordinal());
                writeBlob(bytes, output.json());
            }
        }
    }

    private static void writeBlob(final Bytes<?> bytes, final byte[] blob)
    {
        if (blob == null)
        {
            bytes.writeInt(-1);
            return;
        }
        bytes.writeInt(blob.length);
        bytes.write(blob);
    }

    private static byte[] readBlob(final Bytes<?> bytes)
    {
        final int length = bytes.readInt();
        if (length < 0)
        {
            return null;
        }
        if (length > bytes.readRemaining())
        {
            throw new IllegalStateException("a field runs past the end of its record");
        }
        final byte[] blob = new byte[length];
        bytes.read(blob);
        return blob;
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
            try (DocumentContext context = tailer.readingDocument())
            {
                if (!context.isPresent())
                {
                    return null;
                }
                sequence++;
                final Bytes<?> bytes = context.wire().bytes();
                try
                {
                    if (bytes.readByte() != TAG)
                    {
                        throw new IllegalStateException("unknown tag");
                    }
                    final String topic = new String(readBlob(bytes), StandardCharsets.UTF_8);
                    final int partition = bytes.readInt();
                    final long offset = bytes.readLong();
                    final boolean fill = bytes.readByte() == 'F';
                    final byte[] value = readBlob(bytes);
                    final int count = bytes.readInt();
                    final List<SettlementOutput> outputs = new ArrayList<>(count);
                    for (int i = 0; i < count; i++)
                    {
                        final SettlementOutput.Destination destination =
                            SettlementOutput.Destination.values()[bytes.readByte()];
                        outputs.add(new SettlementOutput(destination, readBlob(bytes)));
                    }
                    return new Record(sequence, new InputSource(topic, partition, offset), fill, value, outputs);
                }
                catch (final RuntimeException ex)
                {
                    throw new IllegalStateException("settlement journal record " + sequence + " cannot be read: " +
                        ex.getMessage(), ex);
                }
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
