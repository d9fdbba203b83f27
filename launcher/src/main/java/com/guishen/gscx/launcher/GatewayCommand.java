package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.CorruptJournalException;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.gateway.GatewayCounters;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gscx gateway}: the FIX 4.4 order-entry gateway on a data directory's journals. */
@Command(
    name = "gateway",
    mixinStandardHelpOptions = true,
    description = {
        "Run the FIX 4.4 order-entry gateway until stopped.",
        "",
        "Participants log on with SenderCompID = their participant id, TargetCompID = gateway.compId of",
        "the configuration, Username (553) = their id and Password (554). Orders are appended to the",
        "engine's inbound journal of --data-dir; the engine's answers come back as ExecutionReports.",
        "Session state (sequence numbers, sent messages) is kept under <data-dir>/fix-sessions.",
        "Without --with-engine an engine must run on the same data directory (`gscx engine`).",
        "On start it prints `FIX gateway listening on <address>:<port>`. Ctrl-C or SIGTERM stops it."})
final class GatewayCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--fix-port", paramLabel = "N",
        description = "TCP port of the FIX acceptor (default: ports.fixGateway of the configuration; 0 = any free port).")
    private Integer fixPort;

    @Option(names = "--with-engine",
        description = "Also run the engine (on the gateway's thread: no hand-off between threads) and its Kafka " +
            "publisher in this process (the single-host deployment).")
    private boolean withEngine;

    @Option(names = "--no-publisher", description = "With --with-engine: do not publish to Kafka from this process.")
    private boolean noPublisher;

    @Mixin
    private KafkaOption kafkaOption;

    @Option(names = "--busy-spin",
        description = "Spin while idle instead of backing off: lowest latency, burns a core per thread (default: back off).")
    private boolean busySpin;

    @Override
    public Integer call() throws InterruptedException
    {
        if (fixPort != null && (fixPort < 0 || fixPort > 65_535))
        {
            System.err.println("gscx gateway: --fix-port must be 0..65535, got " + fixPort);
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig market = config.loadOrReport("gscx gateway");
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final DataDirectory directory = dataDirectory.directory().create();
        EngineService engine = null;
        if (withEngine)
        {
            try
            {
                engine = EngineService.open(directory, market, new JournaledEngine.Settings(100_000, 1 << 16, 1 << 20,
                    busySpin, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "gscx gateway");
            }
            catch (final CorruptJournalException ex)
            {
                System.err.println("gscx gateway: " + ex.getMessage() + "; nothing was started. Run `gscx engine " +
                    "--truncate-corrupt-tail` to drop that entry and everything after it.");
                return ExitCodes.BAD_INPUT;
            }
            catch (final IllegalStateException ex)
            {
                System.err.println("gscx gateway: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        final JournalGatewayLink link = new JournalGatewayLink(directory);
        final FixGateway gateway;
        try
        {
            final Path sessions = directory.root().resolve("fix-sessions");
            final int port = fixPort != null ? fixPort : market.ports().fixGateway();
            // with the engine in this process, it runs on the gateway's thread: no hand-off between threads
            gateway = engine != null ?
                FixGateway.startWith(engine.engine().dutyCycle(), market, sessions, port, link, link, busySpin) :
                FixGateway.start(market, sessions, port, link, link, busySpin);
        }
        catch (final UncheckedIOException ex)
        {
            System.err.println("gscx gateway: " + ex.getMessage());
            link.close();
            if (engine != null)
            {
                engine.close();
            }
            return ExitCodes.FAILURE;
        }
        final EngineService service = engine;
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            gateway.close();
            link.close();
            if (service != null)
            {
                service.close();
            }
            stopped.countDown();
        }, "gscx-gateway-shutdown"));
        if (service != null && !noPublisher)
        {
            try
            {
                service.startPublisher(directory, market, kafkaOption.bootstrapServers);
            }
            catch (final RuntimeException ex)
            {
                System.err.println("gscx gateway: " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        System.out.println("FIX gateway listening on " + gateway.address());
        System.out.flush();
        if (service != null)
        {
            System.err.println("gscx gateway: engine running on " + directory.root() + ", " + service.publishing());
        }
        long reported = -1;
        while (!stopped.await(10, TimeUnit.SECONDS))
        {
            if (service != null && service.engine().failure() != null)
            {
                System.err.println("gscx gateway: the engine stopped by an error: " +
                    service.engine().failure().getMessage());
                return ExitCodes.FAILURE;
            }
            final GatewayCounters counters = gateway.counters();
            if (counters.messagesReceived() != reported)
            {
                reported = counters.messagesReceived();
                System.err.printf("gscx gateway: %d connections open, %,d messages received, %,d commands appended, " +
                        "%,d ExecutionReports sent%n", counters.openConnections(), counters.messagesReceived(),
                    counters.commandsAppended(), counters.executionReports());
            }
        }
        return ExitCodes.OK;
    }
}
