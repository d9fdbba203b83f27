package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.EngineListener;
import com.guishen.gscx.engine.MatchingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32C;

/**
 * The engine's snapshots: its whole state and how many inbound entries that state covers.
 * Each file is written beside its final name, synced and renamed into place, so a crash
 * leaves either the old set or the new one. A snapshot whose checksum or length is wrong is
 * skipped with one log line, and the one before it (or a full replay) is used.
 */
public final class SnapshotStore
{
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final long MAGIC = 0x47534358534E5031L; // "GSCXSNP1"
    private static final int HEADER = 8 + 8 + 8 + 4 + 4;
    private static final int KEEP = 3;

    /** Writes snapshots behind the engines of this process, one at a time. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(runnable ->
    {
        final Thread thread = new Thread(runnable, "gscx-snapshot-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final Path directory;
    /** Serialised into by every capture; free again once the previous write is on disk. */
    private final SnapshotOutput payload = new SnapshotOutput(1 << 20);
    private volatile CompletableFuture<Void> pending;

    public SnapshotStore(final Path directory)
    {
        this.directory = directory;
    }

    /** A snapshot read back: the engine and the number of inbound entries it has applied. */
    public record Loaded(MatchingEngine engine, long inboundEntries, Path file)
    {
    }

    /** Writes a snapshot of {@code engine} covering the first {@code inboundEntries} inbound entries. */
    public Path write(final MatchingEngine engine, final long inboundEntries)
    {
        awaitPendingWrite();
        return persist(capture(engine, inboundEntries));
    }

    /**
     * Takes a snapshot of {@code engine} now (the state is serialised on the calling thread: it must own
     * the engine) and writes, syncs and renames it on a background thread, so that the engine thread does
     * not wait for the disk. A crash before the write completes leaves the previous snapshots, which
     * recovery uses with a longer replay. An error of the previous background write is thrown here.
     */
    public void writeInBackground(final MatchingEngine engine, final long inboundEntries)
    {
        awaitPendingWrite();
        final Captured captured = capture(engine, inboundEntries);
        pending = CompletableFuture.runAsync(() -> persist(captured), WRITER);
    }

    /**
     * Waits until the last background write is on disk.
     *
     * @throws UncheckedIOException if it failed.
     */
    public void awaitPendingWrite()
    {
        final CompletableFuture<Void> write = pending;
        if (write == null)
        {
            return;
        }
        pending = null;
        try
        {
            write.join();
        }
        catch (final CompletionException ex)
        {
            if (ex.getCause() instanceof UncheckedIOException io)
            {
                throw io;
            }
            throw ex;
        }
    }

    /** A snapshot serialised and checksummed, not yet on disk: {@code bytes[0, length)} after the header. */
    private record Captured(byte[] bytes, int length, ByteBuffer header, long inboundEntries)
    {
    }

    /** Serialises into {@link #payload}: the previous write must be on disk (see {@link #awaitPendingWrite}). */
    private Captured capture(final MatchingEngine engine, final long inboundEntries)
    {
        try
        {
            engine.writeSnapshot(payload.clear());
            final CRC32C crc = new CRC32C();
            crc.update(payload.array(), 0, payload.length());
            final ByteBuffer header = ByteBuffer.allocate(HEADER)
                .putLong(MAGIC).putLong(inboundEntries).putLong(engine.engineSeq())
                .putInt(payload.length()).putInt((int)crc.getValue()).flip();
            return new Captured(payload.array(), payload.length(), header, inboundEntries);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot serialise a snapshot: " + ex.getMessage(), ex);
        }
    }

    private Path persist(final Captured captured)
    {
        try
        {
            final Path file = directory.resolve(String.format("snapshot-%016d.bin", captured.inboundEntries()));
            final Path partial = directory.resolve(file.getFileName() + ".partial");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))
            {
                channel.write(captured.header().duplicate());
                final ByteBuffer body = ByteBuffer.wrap(captured.bytes(), 0, captured.length());
                while (body.hasRemaining())
                {
                    channel.write(body);
                }
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteAllButNewest();
            return file;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write a snapshot to " + directory + ": " + ex.getMessage(), ex);
        }
    }

    /** The newest snapshot that reads back intact, or null when there is none. */
    public Loaded loadNewestValid(final EngineListener listener, final int expectedLiveOrders, final int expectedClOrdIds)
    {
        for (final Path file : newestFirst())
        {
            try
            {
                return read(file, listener, expectedLiveOrders, expectedClOrdIds);
            }
            catch (final IOException | RuntimeException ex)
            {
                LOG.warn("snapshot {} is unusable ({}); trying the one before it", file.getFileName(), ex.getMessage());
            }
        }
        return null;
    }

    private static Loaded read(final Path file, final EngineListener listener, final int expectedLiveOrders,
        final int expectedClOrdIds) throws IOException
    {
        final byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < HEADER)
        {
            throw new IOException("truncated: " + bytes.length + " bytes, shorter than its header");
        }
        final ByteBuffer header = ByteBuffer.wrap(bytes, 0, HEADER);
        if (header.getLong() != MAGIC)
        {
            throw new IOException("not a gscx snapshot (bad magic number)");
        }
        final long inboundEntries = header.getLong();
        final long engineSeq = header.getLong();
        final int length = header.getInt();
        final int expectedCrc = header.getInt();
        if (length != bytes.length - HEADER)
        {
            throw new IOException("truncated: header says " + length + " bytes of state, file has " +
                (bytes.length - HEADER));
        }
        final CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, length);
        if ((int)crc.getValue() != expectedCrc)
        {
            throw new IOException("checksum mismatch");
        }
        final MatchingEngine engine = MatchingEngine.readSnapshot(
            new DataInputStream(new ByteArrayInputStream(bytes, HEADER, length)), listener, expectedLiveOrders,
            expectedClOrdIds);
        if (engine.engineSeq() != engineSeq)
        {
            throw new IOException("state has engineSeq " + engine.engineSeq() + ", header says " + engineSeq);
        }
        return new Loaded(engine, inboundEntries, file);
    }

    private List<Path> newestFirst()
    {
        try (Stream<Path> files = Files.list(directory))
        {
            final List<Path> snapshots = new ArrayList<>(files
                .filter(path -> path.getFileName().toString().matches("snapshot-\\d{16}\\.bin"))
                .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                .toList());
            return snapshots;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list snapshots in " + directory + ": " + ex.getMessage(), ex);
        }
    }

    private void deleteAllButNewest() throws IOException
    {
        final List<Path> snapshots = newestFirst();
        for (int i = KEEP; i < snapshots.size(); i++)
        {
            Files.deleteIfExists(snapshots.get(i));
        }
    }
}
