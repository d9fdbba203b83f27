package com.guishen.gscx.benchmarks;

import com.guishen.gscx.config.EngineDeclarations;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.launcher.JournalGatewayLink;
import java.nio.file.Path;
import java.time.Instant;
import org.agrona.CloseHelper;

/**
 * gscx as `gscx gateway --with-engine` runs it, without Kafka: the durable engine on a fresh data
 * directory (market listed first), and the FIX gateway appending to its inbound journal and
 * reading its outbound journal, both in this process.
 */
final class GscxExchange implements AutoCloseable
{
    private final JournaledEngine engine;
    private final JournalGatewayLink link;
    private final FixGateway gateway;

    private GscxExchange(final JournaledEngine engine, final JournalGatewayLink link, final FixGateway gateway)
    {
        this.engine = engine;
        this.link = link;
        this.gateway = gateway;
    }

    /**
     * Lists the market in a new data directory at {@code root}, starts the engine and the gateway
     * on any free port.
     *
     * @param expectedOrders orders the run will send: sizes the engine's tables so they do not grow mid-run.
     */
    static GscxExchange start(final MarketConfig market, final Path root, final boolean busySpin, final int expectedOrders)
    {
        final DataDirectory directory = new DataDirectory(root).create();
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            for (final String declaration : EngineDeclarations.at(market, Instant.now()))
            {
                appender.append(declaration);
            }
        }
        final int tables = Math.max(1 << 16, Integer.highestOneBit(Math.max(1, expectedOrders)) << 1);
        // the settings of `gscx gateway --with-engine` (a snapshot every 100,000 commands), tables sized for the run
        final JournaledEngine engine = JournaledEngine.open(directory, new JournaledEngine.Settings(100_000, tables, tables,
            busySpin, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES));
        final JournalGatewayLink link = new JournalGatewayLink(directory);
        final FixGateway gateway;
        try
        {
            gateway = FixGateway.startWith(engine.dutyCycle(), market, root.resolve("fix-sessions"), 0, link, link, busySpin);
        }
        catch (final RuntimeException ex)
        {
            CloseHelper.closeAll(link, engine);
            throw ex;
        }
        return new GscxExchange(engine, link, gateway);
    }

    int port()
    {
        return gateway.port();
    }

    /** From each order taken by the gateway to its first ExecutionReport going out, in nanoseconds: the exchange's own share of a round trip. */
    org.HdrHistogram.Histogram acknowledgementLatencies()
    {
        return gateway.acknowledgementLatencies();
    }

    /** The first error that stopped the engine thread, or null. */
    Throwable engineFailure()
    {
        return engine.failure();
    }

    @Override
    public void close()
    {
        CloseHelper.closeAll(gateway, link, engine);
    }
}
