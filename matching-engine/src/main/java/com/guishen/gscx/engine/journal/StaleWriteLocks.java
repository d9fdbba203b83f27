package com.guishen.gscx.engine.journal;

import net.openhft.chronicle.queue.impl.TableStore;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.impl.single.TableStoreWriteLock;
import net.openhft.chronicle.queue.impl.table.Metadata;
import net.openhft.chronicle.queue.impl.table.SingleTableBuilder;
import net.openhft.chronicle.threads.BusyTimedPauser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clears a queue's write locks left by a killed process that had this process's PID.
 *
 * <p>Chronicle Queue records the PID of the process holding a queue's write lock and forces the
 * lock open when that process is dead. A process restarted with the same PID as the one that was
 * killed while appending (PID 1 in a container) looks alive to it, so its first append waits
 * for the lock until a 15 s timeout. The first time this JVM opens a queue, no thread of it can
 * hold that queue's lock, so a lock recorded under this PID is stale and is cleared, with one
 * log line (what Chronicle's own {@code UnlockMain} does, but only for this case).
 */
final class StaleWriteLocks
{
    private static final Logger LOG = LoggerFactory.getLogger(StaleWriteLocks.class);
    private static final Set<Path> OPENED = ConcurrentHashMap.newKeySet();
    private static final String METADATA_FILE = "metadata.cq4t";

    private StaleWriteLocks()
    {
    }

    /** Clears the stale locks of the queue in {@code directory}, if this JVM has not opened it before. */
    static void clearOnFirstOpen(final Path directory)
    {
        if (!OPENED.add(directory.toAbsolutePath().normalize()))
        {
            return;
        }
        clear(directory);
    }

    /** Clears the queue's write and append locks when they are recorded under this process's PID. */
    static void clear(final Path directory)
    {
        final Path metadata = directory.resolve(METADATA_FILE);
        if (!Files.exists(metadata))
        {
            return;
        }
        final long pid = ProcessHandle.current().pid();
        // the metadata names its classes by alias: register them, as opening a queue would
        SingleChronicleQueueBuilder.addAliases();
        try (TableStore<Metadata.NoMeta> store =
            SingleTableBuilder.binary(metadata, Metadata.NoMeta.INSTANCE).readOnly(false).build())
        {
            for (final String key : new String[] {null, TableStoreWriteLock.APPEND_LOCK_KEY})
            {
                final TableStoreWriteLock lock = key == null ?
                    new TableStoreWriteLock(store, BusyTimedPauser::new, 0L) :
                    new TableStoreWriteLock(store, BusyTimedPauser::new, 0L, key);
                try
                {
                    if (lock.lockedBy() == pid)
                    {
                        LOG.warn("{}: clearing a write lock left by a killed process with this process's PID {}",
                            directory, pid);
                        lock.forceUnlock();
                    }
                }
                finally
                {
                    lock.close();
                }
            }
        }
    }
}
