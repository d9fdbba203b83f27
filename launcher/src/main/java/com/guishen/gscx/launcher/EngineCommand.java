package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ConfigException;
import com.guishen.gscx.config.EngineDeclarations;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.engine.journal.CorruptJournalException;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

/** {@code gscx engine}: the durable matching engine on a data directory. */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    description = {
        "Run the matching engine on a data directory until stopped (Ctrl-C or SIGTERM).",
        "",
        "It recovers from its newest valid snapshot and the inbound journal after it, then",
        "applies whatever the inbound journal holds and whatever is appended later, writing",
        "every event to the outbound journal once. On a data directory whose inbound journal",
        "is empty it first lists the market of --config at the current clock."})
final class EngineCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Option(names = "--config", paramLabel = "FILE",
        description = "The market to list on a new data directory (default: config/gscx.yaml, else the shipped one).")
    private Path config;

    @Option(names = "--snapshot-every", paramLabel = "N", defaultValue = "100000",
        description = "Take a snapshot every N commands (default: ${DEFAULT-VALUE}) and on a clean stop.")
    private long snapshotEvery;

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
        try
        {
            listMarketIfNew(directory);
        }
        catch (final ConfigException ex)
        {
            System.err.println(ex.getMessage());
            System.err.println("gscx engine: the market configuration has " + ex.errors().size() +
                " problem(s); nothing was started");
            return ExitCodes.BAD_INPUT;
        }

        final JournaledEngine engine;
        try
        {
            engine = JournaledEngine.open(directory, new JournaledEngine.Settings(
                snapshotEvery, 1 << 16, 1 << 20, busySpin)).start(busySpin);
        }
        catch (final CorruptJournalException | IllegalStateException ex)
        {
            System.err.println("gscx engine: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread shutdown = new Thread(() ->
        {
            engine.close();
            stopped.countDown();
        }, "gscx-engine-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        System.err.println("gscx engine: running on " + directory.root() + " (Ctrl-C to stop)");
        long reported = -1;
        while (!stopped.await(10, TimeUnit.SECONDS))
        {
            if (engine.failure() != null)
            {
                System.err.println("gscx engine: stopped by an error: " + engine.failure().getMessage());
                return ExitCodes.FAILURE;
            }
            final long applied = engine.inboundEntriesApplied();
            if (applied != reported)
            {
                System.err.printf("gscx engine: %,d inbound entries applied%n", applied);
                reported = applied;
            }
        }
        return ExitCodes.OK;
    }

    private void listMarketIfNew(final DataDirectory directory)
    {
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            if (inbound.reader().readNext(new byte[InboundJournal.MAX_LINE_LENGTH]) >= 0)
            {
                return;
            }
            final MarketConfig market = loadMarket();
            final InboundJournal.Appender appender = inbound.appender();
            int lines = 0;
            for (final String declaration : EngineDeclarations.at(market, Instant.now()))
            {
                appender.append(declaration);
                lines++;
            }
            System.err.println("gscx engine: new data directory: listed the market (" + lines + " declarations)");
        }
    }

    private MarketConfig loadMarket()
    {
        if (config != null)
        {
            return MarketConfigLoader.load(config);
        }
        final Path defaultFile = Path.of("config", "gscx.yaml");
        return Files.exists(defaultFile) ? MarketConfigLoader.load(defaultFile) : MarketConfigLoader.loadDefault();
    }
}
