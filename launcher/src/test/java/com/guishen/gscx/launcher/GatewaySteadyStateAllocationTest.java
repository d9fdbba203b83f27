package com.guishen.gscx.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.config.RiskSettings;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.gateway.FixInitiator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once warm, the gateway thread allocates nothing per message: reading and framing a
 * NewOrderSingle or cancel, the session checks, appending the command, reading the engine's event,
 * encoding, storing and sending the ExecutionReport.
 */
class GatewaySteadyStateAllocationTest
{
    private static final String SYMBOL = "H100.GUIAN.Y2099";

    @TempDir
    Path dataDir;

    @Test
    void theGatewayThreadAllocatesNothingPerOrderOnceWarm() throws Exception
    {
        final MarketConfig interop = MarketConfigLoader.load(Path.of("src/test/resources/fix-interop.yaml"));
        final RiskSettings risk = interop.risk();
        final MarketConfig market = new MarketConfig(interop.exchanges(), interop.resources(), interop.sites(),
            interop.instruments(), interop.instrumentTemplates(), interop.participants(), interop.fees(),
            new RiskSettings(risk.defaultPriceBandPct(), risk.maxOrderNotional(), risk.maxOpenOrdersPerParticipant(),
                1_000_000), interop.ports(), interop.kafka(), interop.settlement(), interop.gateway());
        final DataDirectory directory = new DataDirectory(dataDir).create();
        final AtomicLong reports = new AtomicLong();
        try (EngineService engine = EngineService.start(directory, market, new JournaledEngine.Settings(1_000_000,
                1 << 16, 1 << 20, false, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "test");
             JournalGatewayLink link = new JournalGatewayLink(directory);
             FixGateway gateway = FixGateway.start(market, dataDir.resolve("fix-sessions"), 0, link, link, false);
             FixInitiator buyer = FixInitiator.logOn("127.0.0.1", gateway.port(), "szlab", "szlab-secret", "GSCX",
                 (msgType, message) -> reports.incrementAndGet()))
        {
            final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
            final long gatewayThread = threadId("gscx-fix-gateway");

            trade(buyer, reports, 0, 9_000); // warm-up: 18,000 reports, the session's index already sized past 30,000
            final long before = threads.getThreadAllocatedBytes(gatewayThread);
            trade(buyer, reports, 9_000, 5_000);
            final long allocated = threads.getThreadAllocatedBytes(gatewayThread) - before;

            // 20,000 messages each way: any allocation per message would show as >= 16 bytes each (>= 320 KB). What
            // is left is less than a byte per message: code not yet compiled by C2 (whose escape analysis removes
            // short-lived objects) and the JDK selector's bookkeeping now and then (288 B to 5 KB when measured).
            assertTrue(allocated < 20_000, "bytes allocated by the gateway thread for 5,000 orders and 5,000 cancels and "
                + "their reports: " + allocated);
        }
    }

    /** Orders that rest and are cancelled at once, in batches, waiting for every report. */
    private static void trade(final FixInitiator buyer, final AtomicLong reports, final int from, final int count)
        throws InterruptedException
    {
        for (int i = from; i < from + count; i++)
        {
            buyer.newOrder("N" + i, SYMBOL, (byte)'1', 150_000, 1, (byte)'1');
            buyer.cancel("C" + i, "N" + i, SYMBOL, (byte)'1');
            if (i % 40 == 39) // in batches: the engine's open-order limit and the socket buffers stay far away
            {
                final long expected = 2L * (i + 1);
                await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(30)).until(() -> reports.get() >= expected);
            }
        }
        final long expected = 2L * (from + count);
        await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(30)).until(() -> reports.get() >= expected);
    }

    private static long threadId(final String name)
    {
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            if (thread.getName().equals(name))
            {
                return thread.getId();
            }
        }
        throw new IllegalStateException("no thread named " + name);
    }
}
