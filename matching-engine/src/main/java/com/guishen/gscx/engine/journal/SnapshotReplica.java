package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.CountingListener;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileException;
import com.guishen.gscx.engine.replay.CommandNames;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentTerminationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.LongSupplier;

/**
 * Takes the live engine's periodic snapshots on a thread of its own, from a second engine that
 * replays the same inbound journal (the standby DESIGN.md describes). A snapshot serialises every
 * resting order and every ClOrdID of the day; on the engine thread that stalled order entry for
 * tens of milliseconds with a million resting orders and took a quarter of the thread under load.
 * The replica starts from the newest snapshot, applies only inbound entries whose events the live
 * engine has already written to the outbound journal (so a snapshot never covers events the
 * outbound journal does not hold), and writes a snapshot every so many entries. It emits no events.
 */
final class SnapshotReplica implements Agent
{
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotReplica.class);
    private static final int BATCH = 4096;

    private final InboundJournal inbound;
    private final SnapshotStore snapshots;
    private final JournaledEngine.Settings settings;
    private final LongSupplier journaledEntries;
    private final DiskSpaceGuard disk;
    private final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
    private MatchingEngine replica;
    private CommandFileAdapter adapter;
    private InboundJournal.Reader reader;
    private long sinceSnapshot;

    /**
     * @param journaledEntries how many inbound entries the live engine has applied with their events in the
     *                         outbound journal: the replica never goes further.
     */
    SnapshotReplica(final InboundJournal inbound, final SnapshotStore snapshots, final JournaledEngine.Settings settings,
        final LongSupplier journaledEntries, final DiskSpaceGuard disk)
    {
        this.inbound = inbound;
        this.snapshots = snapshots;
        this.settings = settings;
        this.journaledEntries = journaledEntries;
        this.disk = disk;
    }

    @Override
    public int doWork()
    {
        try
        {
            if (replica == null)
            {
                recover();
                return 1;
            }
            final long limit = journaledEntries.getAsLong();
            int work = 0;
            while (work < BATCH && reader.entriesRead() < limit)
            {
                final int length = reader.readNext(line);
                if (length < 0)
                {
                    break;
                }
                apply(length);
                work++;
                if (++sinceSnapshot >= settings.snapshotEvery())
                {
                    snapshot();
                }
            }
            return work;
        }
        catch (final RuntimeException ex)
        {
            throw new AgentTerminationException(ex);
        }
    }

    private void recover()
    {
        final SnapshotStore.Loaded loaded = snapshots.loadNewestValid(new CountingListener(),
            settings.expectedLiveOrders(), settings.expectedClOrdIds());
        replica = loaded == null ?
            new MatchingEngine(new CountingListener(), settings.expectedLiveOrders(), settings.expectedClOrdIds()) :
            loaded.engine();
        adapter = new CommandFileAdapter(replica, NO_NAMES);
        reader = inbound.reader();
        if (loaded != null)
        {
            adapter.restoreNames(replica);
            reader.skip(loaded.inboundEntries(), line);
        }
    }

    private void apply(final int length)
    {
        try
        {
            adapter.applyInboundEntry(line, length);
        }
        catch (final CommandFileException ex)
        {
            // skipped, as the live engine skipped it (and logged it)
        }
    }

    private void snapshot()
    {
        sinceSnapshot = 0;
        try
        {
            disk.check();
        }
        catch (final IllegalStateException ex)
        {
            LOG.warn("snapshot at inbound entry {} skipped: {}", reader.entriesRead(), ex.getMessage());
            return;
        }
        snapshots.write(replica, reader.entriesRead());
    }

    @Override
    public String roleName()
    {
        return "gscx-snapshot-replica";
    }

    /** The replica prints nothing: names are only needed to turn events into text. */
    private static final CommandNames NO_NAMES = new CommandNames()
    {
        @Override
        public void participantAdmitted(final int participant, final String id)
        {
        }

        @Override
        public void instrumentListed(final int instrument, final String symbol, final int priceDecimals,
            final int deliveryHours)
        {
        }

        @Override
        public void commandParticipant(final byte[] text, final int offset, final int length)
        {
        }
    };
}
