package com.guishen.gscx.engine.journal;

import net.openhft.chronicle.queue.impl.TableStore;
import net.openhft.chronicle.queue.impl.single.TableStoreWriteLock;
import net.openhft.chronicle.queue.impl.table.Metadata;
import net.openhft.chronicle.queue.impl.table.SingleTableBuilder;
import net.openhft.chronicle.threads.BusyTimedPauser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A writer killed while it held a queue's lock, restarted with the same PID (PID 1 in a
 * container): the restarted process clears the stale lock when it opens the queue and appends.
 */
class StaleWriteLocksTest
{
    @TempDir
    Path root;

    @Test
    void aLockLeftUnderThisPidIsClearedWhenTheQueueIsFirstOpened() throws Exception
    {
        final Path written = root.resolve("written");
        try (InboundJournal journal = InboundJournal.open(written))
        {
            journal.appender().append("END_OF_DAY,1");
        }
        holdWriteLockAndDie(written);
        // a directory this JVM has never opened, as after a restart
        final Path restarted = root.resolve("restarted");
        Files.move(written, restarted);
        assertEquals(ProcessHandle.current().pid(), lockedBy(restarted), "the stale lock names this PID");

        try (InboundJournal journal = InboundJournal.open(restarted))
        {
            assertNotEquals(ProcessHandle.current().pid(), lockedBy(restarted), "the stale lock is cleared");
            journal.appender().append("END_OF_DAY,2");
            assertEquals(2, journal.excerptCount());
        }
    }

    /** Takes the queue's write lock and leaves it recorded in the queue's metadata, like a killed writer. */
    private static void holdWriteLockAndDie(final Path directory)
    {
        try (TableStore<Metadata.NoMeta> store = metadata(directory))
        {
            new TableStoreWriteLock(store, BusyTimedPauser::new, 0L).lock();
        }
    }

    private static long lockedBy(final Path directory)
    {
        try (TableStore<Metadata.NoMeta> store = metadata(directory))
        {
            final TableStoreWriteLock lock = new TableStoreWriteLock(store, BusyTimedPauser::new, 0L);
            final long pid = lock.lockedBy();
            lock.close();
            return pid;
        }
    }

    private static TableStore<Metadata.NoMeta> metadata(final Path directory)
    {
        return SingleTableBuilder.binary(directory.resolve("metadata.cq4t"), Metadata.NoMeta.INSTANCE).readOnly(false)
            .build();
    }
}
