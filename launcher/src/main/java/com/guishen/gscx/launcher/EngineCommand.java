package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ConfigException;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.CorruptJournalException;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

/** {@code gscx engine}: the durable matching engine on a data directory. */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    description = {
        "Run the matching engine and its Kafka publisher on a data directory until stopped.",
        "",
        "It recovers from its newest valid snapshot and the inbound journal after it, then",
        "applies whatever the inbound journal holds and whatever is appended later, writing",
        "every event to the outbound journal once; the publisher sends every event to Kafka",
        "exactly once (the embedded broker of the data directory unless --bootstrap-servers).",
        "On a data directory whose inbound journal is empty it first lists the market of",
        "--config at the current clock. Ctrl-C or SIGTERM stops it cleanly (with a snapshot)."})
final class EngineCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--no-publisher",
        description = "Do not publish to Kafka from this process (run `gscx publish` on the same data directory).")
    private boolean noPublisher;

    @Option(names = "--snapshot-every", paramLabel = "N", defaultValue = "100000",
        description = "Take a snapshot every N commands (default: ${DEFAULT-VALUE}) and on a clean stop.")
    private long snapshotEvery;

    @Mixin
    private KafkaOption kafkaOption;

    @Option(names = "--truncate-corrupt-tail",
        description = {"If a journal entry fails its checksum, drop it and everything after it (the old journals",
            "are moved aside, what was dropped is logged) instead of refusing to start."})
    private boolean truncateCorruptTail;

    @Option(names = "--busy-spin",
        description = "Spin while idle instead of backing off: lowest latency, burns a core (default: back off).")
    private boolean busySpin;

    @Override
    public Integer call() throws InterruptedException
    {
        if (snapshotEvery < 1)
        {
            System.err.println("gscx engine: --snapshot-every must be >= 1, got " + snapshotEvery);
            return ExitCodes.BAD_INPUT;
        }
        final DataDirectory directory = dataDirectory.directory().create();
        final MarketConfig market;
        try
        {
            market = config.load();
        }
        catch (final ConfigException ex)
        {
            System.err.println(ex.getMessage());
            System.err.println("gscx engine: the market configuration has " + ex.errors().size() +
                " problem(s); nothing was started");
            return ExitCodes.BAD_INPUT;
        }

        final EngineService service;
        try
        {
            service = EngineService.start(directory, market, new JournaledEngine.Settings(
                snapshotEvery, 1 << 16, 1 << 20, busySpin, truncateCorruptTail,
                JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "gscx engine");
        }
        catch (final CorruptJournalException ex)
        {
            System.err.println("gscx engine: " + ex.getMessage() + "; nothing was started. Run again with " +
                "--truncate-corrupt-tail to drop that entry and everything after it.");
            return ExitCodes.BAD_INPUT;
        }
        catch (final IllegalStateException ex)
        {
            System.err.println("gscx engine: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        // From here on a stop (Ctrl-C, SIGTERM) closes whatever has been opened.
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            service.close();
            stopped.countDown();
        }, "gscx-engine-shutdown"));
        final JournaledEngine engine = service.engine();
        if (!noPublisher)
        {
            try
            {
                service.startPublisher(directory, market, kafkaOption.bootstrapServers);
            }
            catch (final RuntimeException ex)
            {
                System.err.println("gscx engine: " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        System.err.println("gscx engine: running on " + directory.root() + ", " + service.publishing() +
            " (Ctrl-C to stop)");
        long reported = -1;
        long reportedRecords = -1;
        while (!stopped.await(10, TimeUnit.SECONDS))
        {
            if (engine.failure() != null)
            {
                System.err.println("gscx engine: stopped by an error: " + engine.failure().getMessage());
                return ExitCodes.FAILURE;
            }
            final long applied = engine.inboundEntriesApplied();
            final long records = service.published();
            if (applied != reported || records != reportedRecords)
            {
                System.err.printf("gscx engine: %,d inbound entries applied, %,d Kafka records published%n", applied,
                    records);
                reported = applied;
                reportedRecords = records;
            }
        }
        return ExitCodes.OK;
    }

}
