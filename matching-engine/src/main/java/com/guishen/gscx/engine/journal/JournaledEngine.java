package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.replay.CommandFileAdapter;
import org.agrona.CloseHelper;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The durable engine: recovers from the newest valid snapshot plus the inbound journal after
 * it, then tails the inbound journal on its own thread, writing every event to the outbound
 * journal exactly once (events a previous run already journaled are recognised by engineSeq).
 * One process owns a data directory at a time.
 */
public final class JournaledEngine implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(JournaledEngine.class);

    /** How the engine runs; every setting has a default. */
    public record Settings(
        long snapshotEvery,
        int expectedLiveOrders,
        int expectedClOrdIds,
        boolean busySpin,
        boolean truncateCorruptTail,
        long diskReserveBytes)
    {
        /** Free space the engine keeps on its data directory's disk: below it, it stops. */
        public static final long DEFAULT_DISK_RESERVE_BYTES = 256L << 20;

        public static Settings defaults()
        {
            return new Settings(100_000, 1 << 16, 1 << 20, false, false, DEFAULT_DISK_RESERVE_BYTES);
        }

        public Settings
        {
            if (snapshotEvery < 1)
            {
                throw new IllegalArgumentException("snapshotEvery must be >= 1, got " + snapshotEvery);
            }
        }
    }

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final InboundJournal inbound;
    private final OutboundJournal outbound;
    private final MatchingEngine engine;
    private final EngineAgent agent;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final boolean busySpin;
    private final AgentRunner pretoucher;
    private final SnapshotReplica replica;
    private AgentRunner replicaRunner;
    private AgentRunner runner;

    private JournaledEngine(final DataDirectory directory, final Settings settings) throws IOException
    {
        busySpin = settings.busySpin();
        directory.create();
        lockChannel = FileChannel.open(directory.engineLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try
        {
            acquired = lockChannel.tryLock();
        }
        catch (final java.nio.channels.OverlappingFileLockException ex)
        {
            acquired = null; // this very process holds it
        }
        lock = acquired;
        if (lock == null)
        {
            lockChannel.close();
            throw new IllegalStateException("another engine process owns " + directory.root() +
                " (" + directory.engineLock() + " is locked)");
        }
        final DiskSpaceGuard disk = new DiskSpaceGuard(directory.root(), settings.diskReserveBytes());
        try
        {
            disk.check();
        }
        catch (final IllegalStateException ex)
        {
            lock.release();
            lockChannel.close();
            throw ex;
        }
        deletePartialSnapshots(directory.snapshots());
        inbound = InboundJournal.open(directory.inbound());
        outbound = OutboundJournal.open(directory.outbound());
        pretoucher = new AgentRunner(new BackoffIdleStrategy(10, 20, 10_000, 10_000_000),
            error -> LOG.warn("journal pretoucher: {}", error.getMessage()), null,
            new JournalPretoucher(java.util.List.of(directory.outbound(), directory.inbound())));
        AgentRunner.startOnThread(pretoucher);
        try
        {
            final long journaledSeq = outbound.lastEngineSeq();
            final EngineEventJournaler journaler = new EngineEventJournaler(outbound.appender());
            journaler.alreadyJournaled(journaledSeq);
            final SnapshotStore snapshots = new SnapshotStore(directory.snapshots());
            final SnapshotStore.Loaded loaded =
                snapshots.loadNewestValid(journaler, settings.expectedLiveOrders(), settings.expectedClOrdIds());
            engine = loaded == null ?
                new MatchingEngine(journaler, settings.expectedLiveOrders(), settings.expectedClOrdIds()) :
                loaded.engine();
            final CommandFileAdapter adapter = new CommandFileAdapter(engine, journaler);
            final InboundJournal.Reader reader = inbound.reader();
            if (loaded != null)
            {
                if (engine.engineSeq() > journaledSeq)
                {
                    throw new IllegalStateException("snapshot " + loaded.file().getFileName() + " covers engineSeq " +
                        engine.engineSeq() + " but the outbound journal ends at " + journaledSeq);
                }
                adapter.restoreNames(engine);
                final long skipped = reader.skip(loaded.inboundEntries(), new byte[InboundJournal.MAX_LINE_LENGTH]);
                if (skipped < loaded.inboundEntries())
                {
                    throw new IllegalStateException("snapshot " + loaded.file().getFileName() + " covers " +
                        loaded.inboundEntries() + " inbound entries but the inbound journal has only " + skipped);
                }
                LOG.info("recovering from snapshot {} ({} inbound entries, engineSeq {})",
                    loaded.file().getFileName(), loaded.inboundEntries(), engine.engineSeq());
            }
            agent = new EngineAgent(reader, journaler, adapter, engine, snapshots, settings.snapshotEvery(), disk);
            replica = new SnapshotReplica(inbound, new SnapshotStore(directory.snapshots()), settings,
                agent::journaledEntries, disk);
            final long replayed = agent.catchUp();
            if (engine.engineSeq() < journaledSeq)
            {
                throw new IllegalStateException("the outbound journal holds events up to engineSeq " + journaledSeq +
                    " but replaying the inbound journal produces only " + engine.engineSeq());
            }
            LOG.info("engine ready: {} inbound entries applied ({} replayed now), engineSeq {}",
                agent.inboundEntriesApplied(), replayed, engine.engineSeq());
        }
        catch (final RuntimeException ex)
        {
            closeJournals();
            throw ex;
        }
    }

    /**
     * Opens the engine on a data directory and brings it up to date with its inbound journal.
     *
     * @throws CorruptJournalException if a journal entry cannot be trusted (names its position), unless
     *                                 {@link Settings#truncateCorruptTail()} drops it and everything after it.
     * @throws IllegalStateException   if another process owns the directory or journals and snapshots disagree.
     */
    public static JournaledEngine open(final DataDirectory directory, final Settings settings)
    {
        try
        {
            try
            {
                return new JournaledEngine(directory, settings);
            }
            catch (final CorruptJournalException ex)
            {
                if (!settings.truncateCorruptTail())
                {
                    throw ex;
                }
                CorruptTail.truncate(directory, ex);
                return new JournaledEngine(directory, settings);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open the engine on " + directory.root() + ": " + ex.getMessage(), ex);
        }
    }

    /** Starts tailing the inbound journal on the engine thread (busy-spinning if the settings say so). */
    public JournaledEngine start()
    {
        final IdleStrategy idle = busySpin ? new BusySpinIdleStrategy() :
            new BackoffIdleStrategy(10, 20, 1_000, 1_000_000);
        runner = new AgentRunner(idle, this::stoppedBy, null, agent);
        startReplica();
        AgentRunner.startOnThread(runner);
        return this;
    }

    /** Live from now on: periodic snapshots come from the replica's thread, not the engine's. */
    private void startReplica()
    {
        if (replicaRunner != null)
        {
            throw new IllegalStateException("the engine runs already");
        }
        agent.handPeriodicSnapshotsOver();
        replicaRunner = new AgentRunner(new BackoffIdleStrategy(10, 20, 10_000, 10_000_000),
            error -> LOG.error("snapshot replica stopped, the engine goes on without periodic snapshots: {}",
                error.getMessage(), error), null, replica);
        AgentRunner.startOnThread(replicaRunner);
    }

    /**
     * The engine's duty cycle, for a caller that runs it on a thread of its own instead of
     * {@link #start()}: beside a gateway's agent on one thread (Agrona's {@code CompositeAgent}), an
     * order goes from the socket through the journals and the engine to its ExecutionReport with no
     * hand-off between threads. The runner must be closed before this engine; an error it throws
     * stops it and is kept as {@link #failure()}.
     */
    public Agent dutyCycle()
    {
        if (runner != null)
        {
            throw new IllegalStateException("the engine runs on its own thread already");
        }
        startReplica();
        return new Agent()
        {
            @Override
            public void onStart()
            {
                agent.onStart();
            }

            @Override
            public int doWork()
            {
                try
                {
                    return agent.doWork();
                }
                catch (final RuntimeException | Error ex)
                {
                    stoppedBy(ex);
                    throw ex;
                }
            }

            @Override
            public void onClose()
            {
                agent.onClose();
            }

            @Override
            public String roleName()
            {
                return agent.roleName();
            }
        };
    }

    private void stoppedBy(final Throwable error)
    {
        failure.compareAndSet(null, error);
        LOG.error("engine stopped: {}", error.getMessage(), error);
    }

    /** The first error that stopped the engine thread, or null. */
    public Throwable failure()
    {
        return failure.get();
    }

    /** Inbound entries applied so far (read on another thread: a progress figure only). */
    public long inboundEntriesApplied()
    {
        return agent.inboundEntriesApplied();
    }

    /** The engine itself: only for inspection while the engine thread is not running. */
    public MatchingEngine engine()
    {
        return engine;
    }

    @Override
    public void close()
    {
        // the replica first: the engine's own snapshot on a clean stop is the last one written
        CloseHelper.close(replicaRunner);
        if (runner != null)
        {
            CloseHelper.close(runner);
        }
        else
        {
            agent.onClose();
        }
        agent.handOver();
        closeJournals();
    }

    private void closeJournals()
    {
        CloseHelper.closeAll(pretoucher, inbound, outbound);
        try
        {
            lock.release();
            lockChannel.close();
        }
        catch (final IOException ex)
        {
            LOG.warn("could not release the engine lock: {}", ex.getMessage());
        }
    }

    private static void deletePartialSnapshots(final Path snapshots) throws IOException
    {
        try (Stream<Path> files = Files.list(snapshots))
        {
            for (final Path file : files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList())
            {
                LOG.info("deleting {} left by a snapshot that did not finish", file.getFileName());
                Files.delete(file);
            }
        }
    }
}
