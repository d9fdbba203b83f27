package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileException;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's duty cycle: tail the inbound journal, apply each command (its events go to the
 * outbound journal as they happen), and take a snapshot every so many commands. Runs on one
 * thread, the only one that touches the engine.
 */
final class EngineAgent implements Agent
{
    private static final Logger LOG = LoggerFactory.getLogger(EngineAgent.class);
    private static final int BATCH = 1024;

    private final InboundJournal.Reader reader;
    private final EngineEventJournaler journaler;
    private final CommandFileAdapter adapter;
    private final MatchingEngine engine;
    private final SnapshotStore snapshots;
    private final long snapshotEvery;
    private final DiskSpaceGuard disk;
    private final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
    /** Inbound entries applied whose events are in the outbound journal; read by the snapshot replica. */
    private final java.util.concurrent.atomic.AtomicLong journaledEntries = new java.util.concurrent.atomic.AtomicLong();
    private long sinceSnapshot;
    private boolean periodicSnapshots = true;

    EngineAgent(
        final InboundJournal.Reader reader,
        final EngineEventJournaler journaler,
        final CommandFileAdapter adapter,
        final MatchingEngine engine,
        final SnapshotStore snapshots,
        final long snapshotEvery,
        final DiskSpaceGuard disk)
    {
        this.reader = reader;
        this.journaler = journaler;
        this.adapter = adapter;
        this.engine = engine;
        this.snapshots = snapshots;
        this.snapshotEvery = snapshotEvery;
        this.disk = disk;
    }

    @Override
    public void onStart()
    {
        handOver();
    }

    /** Makes the calling thread the owner of the journals' reader and appender. */
    void handOver()
    {
        reader.handOver();
        journaler.handOver();
    }

    @Override
    public int doWork()
    {
        int work = 0;
        while (work < BATCH)
        {
            final int length;
            try
            {
                length = reader.readNext(line);
            }
            catch (final CorruptJournalException ex)
            {
                // Nothing after an entry that cannot be trusted may be applied: stop the engine.
                throw new org.agrona.concurrent.AgentTerminationException(ex);
            }
            if (length < 0)
            {
                break;
            }
            try
            {
                adapter.applyInboundEntry(line, length);
            }
            catch (final CommandFileException ex)
            {
                // The writer should never have appended it; every replay skips it the same way.
                LOG.warn("inbound entry {} is not a valid command and was skipped: {}", reader.entriesRead(),
                    ex.getMessage().substring(ex.getMessage().indexOf(": ") + 2));
            }
            work++;
            if ((reader.entriesRead() & 4095) == 0)
            {
                checkDiskSpace();
            }
            if (++sinceSnapshot >= snapshotEvery && periodicSnapshots)
            {
                snapshotInBackground();
            }
        }
        // the pass's events reach the outbound journal together, as one entry
        journaler.flush();
        journaledEntries.lazySet(reader.entriesRead());
        return work;
    }

    /** Applies everything the inbound journal holds now. */
    long catchUp()
    {
        long applied = 0;
        try
        {
            int work;
            while ((work = doWork()) > 0)
            {
                applied += work;
            }
            snapshots.awaitPendingWrite();
        }
        catch (final org.agrona.concurrent.AgentTerminationException ex)
        {
            if (ex.getCause() instanceof CorruptJournalException corrupt)
            {
                throw corrupt;
            }
            throw ex;
        }
        return applied;
    }

    private void checkDiskSpace()
    {
        try
        {
            disk.check();
        }
        catch (final IllegalStateException ex)
        {
            throw new org.agrona.concurrent.AgentTerminationException(ex);
        }
    }

    /** A snapshot on disk when this returns (clean shutdown). */
    void snapshot()
    {
        // a snapshot never covers events the outbound journal does not hold yet
        journaler.flush();
        disk.check();
        snapshots.write(engine, reader.entriesRead());
        sinceSnapshot = 0;
    }

    /** The periodic snapshot: the state is taken here, the disk is written behind the engine thread. */
    private void snapshotInBackground()
    {
        journaler.flush();
        disk.check();
        snapshots.writeInBackground(engine, reader.entriesRead());
        sinceSnapshot = 0;
    }

    /**
     * From now on a {@link SnapshotReplica} takes the periodic snapshots (live, the engine thread takes none;
     * the one on a clean shutdown still is its own). Waits for a snapshot still being written.
     */
    void handPeriodicSnapshotsOver()
    {
        periodicSnapshots = false;
        snapshots.awaitPendingWrite();
    }

    /** Inbound entries applied whose events are in the outbound journal (any thread). */
    long journaledEntries()
    {
        return journaledEntries.get();
    }

    long inboundEntriesApplied()
    {
        return reader.entriesRead();
    }


    @Override
    public void onClose()
    {
        snapshots.awaitPendingWrite();
        if (sinceSnapshot > 0)
        {
            snapshot();
        }
    }

    @Override
    public String roleName()
    {
        return "gscx-engine";
    }
}
