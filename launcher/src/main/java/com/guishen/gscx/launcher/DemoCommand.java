package com.guishen.gscx.launcher;

import com.guishen.gscx.admin.AdminConsole;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.ledger.Balances;
import com.guishen.gscx.ledger.ChartOfAccounts;
import com.guishen.gscx.ledger.TrialBalance;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import com.guishen.gscx.settlement.ObligationState;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementCycle;
import com.guishen.gscx.settlement.SettlementInstruction;
import com.guishen.gscx.settlement.kafka.SettlementService;
import com.guishen.gscx.settlement.kafka.SettlementServiceSettings;
import java.util.EnumMap;
import java.util.Map;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gscx demo}: the whole exchange in one process, traded by a simulated market through FIX. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Run the whole exchange with its embedded defaults and let a simulated market trade on it.",
        "",
        "Starts the embedded Kafka broker, the engine and its publisher, the FIX gateway, the ledger,",
        "settlement and the admin console",
        "on a fresh data directory, then Shenzhen buyers (AI labs, rendering studios, imaging firms) and",
        "Guiyang/Gui'an providers log on over FIX and trade: providers ladder offers of their capacity,",
        "buyers bid for the windows they need, orders are cancelled and replaced, prices drift.",
        "When trading closes, the delivery windows play out fast: providers' monitoring confirms most",
        "deliveries in full, a few in part, a few not at all; settlement releases escrow, refunds, charges",
        "penalties and closes its cycles; the ledger books it all. A progress line every second; at the",
        "end a summary: orders and fills, traded unit-hours and notional per instrument, the ledger's",
        "trial balance, net positions, deliveries, cycles, settlement instructions and the SZDE -> GYBDE",
        "net amount. Exit code 1 unless the flow ends with trades, deliveries, instructions and a trial",
        "balance of 0."})
final class DemoCommand implements Callable<Integer>
{
    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Data directory (default: a new one under gscx-demo/, named after the clock).")
    private Path dataDir;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
        description = "How long the simulated market trades (default: ${DEFAULT-VALUE}).")
    private int duration;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
        description = "Orders, cancels and replaces per second, all firms together (default: ${DEFAULT-VALUE}).")
    private int rate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
        description = "Seed of the simulated market: the same seed makes the same decisions (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--participants", paramLabel = "N", defaultValue = "30",
        description = "Simulated firms, two buyers for every provider (default: ${DEFAULT-VALUE}).")
    private int participants;

    @Option(names = "--instruments", paramLabel = "N", defaultValue = "12",
        description = "How many of the listed daily windows are traded (default: ${DEFAULT-VALUE}).")
    private int instrumentCount;

    @Option(names = "--fix-port", paramLabel = "N", defaultValue = "0",
        description = "Port of the FIX gateway (default: any free port, printed).")
    private int fixPort;

    @Option(names = "--admin-port", paramLabel = "N",
        description = "Port of the admin console (default: ports.adminHttp of the configuration, 8080; 0 = any free port).")
    private Integer adminPort;

    @Option(names = "--keep-running", description = "Leave the exchange up after the summary, until Ctrl-C.")
    private boolean keepRunning;

    @Override
    public Integer call() throws Exception
    {
        final String problem = checkOptions();
        if (problem != null)
        {
            System.err.println("gscx demo: " + problem);
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig base = config.loadOrReport("gscx demo");
        if (base == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final List<DemoMarket.Firm> firms = new ArrayList<>();
        final MarketConfig market = DemoMarket.of(base, participants, fixPort,
            adminPort != null ? adminPort : base.ports().adminHttp(), firms);
        final List<InstrumentDefinition> traded = tradedInstruments(market);
        if (traded.isEmpty())
        {
            System.err.println("gscx demo: the market lists no daily delivery windows to trade");
            return ExitCodes.BAD_INPUT;
        }
        final Path root = dataDir != null ? dataDir :
            Path.of("gscx-demo", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        final DataDirectory directory = new DataDirectory(root).create();
        System.out.println("gscx demo: data directory " + root.toAbsolutePath());

        try (Venue venue = Venue.start(directory, market))
        {
            System.out.println("gscx demo: Kafka at " + venue.bootstrapServers() + ", FIX gateway on " +
                venue.gateway().address() + " (CompID " + market.gateway().compId() + "), " + firms.size() +
                " firms trading " + traded.size() + " instruments for " + duration + " s at " + rate + " orders/s");
            System.out.println("gscx demo: admin console " + venue.console().url() +
                " (operator / operator-demo, auditor / auditor-demo)");
            try (MarketSimulator simulator = new MarketSimulator(firms, traded, seed))
            {
                simulator.connect("127.0.0.1", venue.gateway().port(), market.gateway().compId());
                final long bookedBefore = venue.ledger().counters().booked;
                final Thread trading = new Thread(() -> simulator.run(rate,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(duration)), "gscx-demo-market");
                trading.start();
                long lastOrders = 0;
                for (int second = 1; trading.isAlive(); second++)
                {
                    trading.join(1000);
                    final long orders = simulator.ordersSent();
                    final Histogram acks = simulator.ackLatencies();
                    System.out.printf("demo %3ds: %,5d orders/s, %,7d fills, order->ack p99 %s, ledger lag %,d fills%n",
                        second, orders - lastOrders, simulator.fills(), micros(acks.getValueAtPercentile(99)),
                        Math.max(0, simulator.fills() - (venue.ledger().counters().booked - bookedBefore)));
                    lastOrders = orders;
                }
                simulator.close(); // logs every firm out: cancel-on-disconnect clears their books
                venue.awaitLedger(bookedBefore + simulator.fills());
                System.out.println("gscx demo: trading closed; the delivery windows play out: providers' monitoring " +
                    "confirms what was delivered, settlement decides and closes its cycles");
                final DemoDeliveries.Outcome deliveries = DemoDeliveries.publish(simulator.trades(), traded,
                    market.settlement().deliveryConfirmationGrace(), market.settlement().cyclePeriod(), seed,
                    venue.bootstrapServers(), market.kafka().topics().deliveries());
                final SettlementService settlement = venue.settleUntil(deliveries.clock());
                venue.awaitLedgerQuiet();
                final long trialBalance = summary(simulator, market, venue);
                final long instructions = settlementSummary(deliveries, settlement.book().settlement());
                System.out.println("admin console: " + venue.console().url());
                if (trialBalance != 0 || simulator.fills() == 0 || deliveries.full() == 0 || instructions == 0)
                {
                    System.err.println("gscx demo: FAILED: the whole flow must end with trades, deliveries, settlement " +
                        "instructions and a trial balance of 0");
                    return ExitCodes.FAILURE;
                }
            }
            if (keepRunning)
            {
                System.out.println("gscx demo: the exchange stays up on " + root + " (FIX " + venue.gateway().address() +
                    ", admin console " + venue.console().url() + "); Ctrl-C to stop");
                Thread.currentThread().join();
            }
        }
        return ExitCodes.OK;
    }

    private String checkOptions()
    {
        if (duration < 1)
        {
            return "--duration must be >= 1 second, got " + duration;
        }
        if (rate < 1 || rate > 100_000)
        {
            return "--rate must be 1..100000 orders per second, got " + rate;
        }
        if (participants < 2 || participants > 300)
        {
            return "--participants must be 2..300, got " + participants;
        }
        if (instrumentCount < 1)
        {
            return "--instruments must be >= 1, got " + instrumentCount;
        }
        if (fixPort < 0 || fixPort > 65_535)
        {
            return "--fix-port must be 0..65535, got " + fixPort;
        }
        if (adminPort != null && (adminPort < 0 || adminPort > 65_535))
        {
            return "--admin-port must be 0..65535, got " + adminPort;
        }
        return null;
    }

    /** The first daily windows of every resource and site: where the demo's liquidity goes. */
    private List<InstrumentDefinition> tradedInstruments(final MarketConfig market)
    {
        final List<InstrumentDefinition> daily = new ArrayList<>();
        for (final InstrumentDefinition instrument : market.instrumentsAt(Instant.now()))
        {
            if (instrument.deliveryHours() == 24 && daily.size() < instrumentCount)
            {
                daily.add(instrument);
            }
        }
        return daily;
    }

    /** Prints what was traded and booked; returns the ledger's trial balance. */
    private static long summary(final MarketSimulator simulator, final MarketConfig market, final Venue venue)
    {
        System.out.println();
        System.out.printf("summary: %,d orders, cancels and replaces sent, %,d acknowledged, %,d rejected, %,d fills%n",
            simulator.ordersSent(), simulator.acknowledged(), simulator.rejected(), simulator.fills());
        simulator.rejectReasons().forEach((reason, count) -> System.out.printf("  rejected %,d x: %s%n", count.get(), reason));
        System.out.printf("%-28s %8s %14s %18s%n", "instrument", "fills", "unit-hours", "notional CNY");
        for (final InstrumentDefinition instrument : simulator.instruments())
        {
            final MarketSimulator.Traded traded = simulator.traded().get(instrument.symbol());
            System.out.printf("%-28s %,8d %,14d %18s%n", instrument.symbol(), traded.fills.get(),
                traded.unitHours.get(), MarketSimulator.money(traded.notional.get()));
        }
        final Balances balances = venue.ledger().bookkeeper().ledger().balances();
        final ChartOfAccounts chart = venue.ledger().bookkeeper().ledger().chart();
        final TrialBalance trial = TrialBalance.of(balances, chart);
        System.out.println("ledger: " + venue.ledger().bookkeeper().ledger().lastEntryId() + " entries, trial balance " +
            MarketSimulator.money(trial.total()) + " (" + trial.byExchange() + ")");
        System.out.printf("%-20s %6s %18s %18s%n", "participant", "home", "cash CNY", "escrow CNY");
        for (final Participant participant : market.participants())
        {
            final long cash = balances.balance(ChartOfAccounts.cash(participant.id()));
            final long escrow = balances.balance(ChartOfAccounts.escrow(participant.id()));
            System.out.printf("%-20s %6s %18s %18s%n", participant.id(), participant.homeExchange(),
                MarketSimulator.money(cash), MarketSimulator.money(escrow));
        }
        System.out.println("SZDE <-> GYBDE clearing: SZDE " +
            MarketSimulator.money(balances.balance(chart.exchangeClearing(ExchangeId.SZDE))) + ", GYBDE " +
            MarketSimulator.money(balances.balance(chart.exchangeClearing(ExchangeId.GYBDE))));
        return trial.total();
    }

    /** Prints what settlement decided and instructed; returns the number of instructions. */
    private static long settlementSummary(final DemoDeliveries.Outcome deliveries, final Settlement settlement)
    {
        final Map<ObligationState, Long> states = new EnumMap<>(ObligationState.class);
        settlement.obligations().forEach(obligation -> states.merge(obligation.state(), 1L, Long::sum));
        System.out.println("deliveries: " + deliveries.full() + " confirmed in full, " + deliveries.partial() +
            " in part, " + deliveries.none() + " not at all; obligations " + states);
        long instructions = 0;
        long interExchange = 0;
        for (final SettlementCycle cycle : settlement.cycles())
        {
            instructions += cycle.instructions().size();
            for (final SettlementInstruction instruction : cycle.instructions())
            {
                if (isExchange(instruction.payer()) && isExchange(instruction.payee()))
                {
                    interExchange += instruction.payer().equals(ExchangeId.SZDE.name()) ? instruction.amount() :
                        -instruction.amount();
                }
            }
        }
        System.out.println("settlement: " + settlement.cycles().size() + " cycles closed, " + instructions +
            " settlement instructions; SZDE -> GYBDE net " + MarketSimulator.money(interExchange) + " CNY");
        return instructions;
    }

    private static boolean isExchange(final String party)
    {
        return party.equals(ExchangeId.SZDE.name()) || party.equals(ExchangeId.GYBDE.name());
    }

    private static String micros(final long nanos)
    {
        return nanos == 0 ? "-" : String.format("%,d us", nanos / 1_000);
    }

    /** Every component of the exchange, started in order and closed in reverse. */
    private static final class Venue implements AutoCloseable
    {
        private final EngineService engine;
        private final JournalGatewayLink link;
        private final FixGateway gateway;
        private final BookingService ledger;
        private final Thread ledgerThread;
        private final SettlementService settlement;
        private final Thread settlementThread;
        private final String bootstrapServers;
        private AdminConsole console;

        private Venue(final EngineService engine, final JournalGatewayLink link, final FixGateway gateway,
            final BookingService ledger, final Thread ledgerThread, final SettlementService settlement,
            final Thread settlementThread, final String bootstrapServers)
        {
            this.settlement = settlement;
            this.settlementThread = settlementThread;
            this.engine = engine;
            this.link = link;
            this.gateway = gateway;
            this.ledger = ledger;
            this.ledgerThread = ledgerThread;
            this.bootstrapServers = bootstrapServers;
        }

        static Venue start(final DataDirectory directory, final MarketConfig market)
        {
            final EngineService engine = EngineService.open(directory, market, new JournaledEngine.Settings(100_000,
                1 << 16, 1 << 20, false, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "gscx demo");
            engine.startPublisher(directory, market, null);
            final String servers = engine.bootstrapServers();
            final LedgerSettings settings = LedgerSettings.of(LedgerCommand.journal(directory.root()), servers,
                market.kafka().topics());
            LedgerRunCommand.createTopics(servers, market.kafka(), settings);
            // each service's journal appender belongs to the thread that starts it: start and run it there
            final Running<BookingService> ledger = onOwnThread("gscx-demo-ledger",
                () -> BookingService.start(settings, market), BookingService::run);
            final SettlementServiceSettings settlementSettings =
                SettlementServiceSettings.of(directory.root(), servers, market.kafka().topics());
            SettlementRunCommand.createTopics(servers, market.kafka(), settlementSettings);
            final Running<SettlementService> settlement = onOwnThread("gscx-demo-settlement",
                () -> SettlementService.start(settlementSettings, market), SettlementService::run);
            final JournalGatewayLink link = new JournalGatewayLink(directory);
            // the engine runs on the gateway's thread (as `gscx gateway --with-engine` runs it)
            final FixGateway gateway = FixGateway.startWith(engine.engine().dutyCycle(), market,
                directory.root().resolve("fix-sessions"), market.ports().fixGateway(), link, link, false);
            final Venue venue = new Venue(engine, link, gateway, ledger.service(), ledger.thread(), settlement.service(),
                settlement.thread(), servers);
            try
            {
                venue.console = AdminConsole.start(market, directory, market.ports().adminHttp(), gateway, servers);
            }
            catch (final RuntimeException ex)
            {
                try
                {
                    venue.close();
                }
                catch (final InterruptedException interrupted)
                {
                    Thread.currentThread().interrupt();
                }
                throw ex;
            }
            return venue;
        }

        /** What a service does on its thread until it is stopped. */
        private interface ServiceLoop<S>
        {
            void run(S service) throws InterruptedException;
        }

        /** A service and the thread it runs on. */
        private record Running<S>(S service, Thread thread)
        {
        }

        /**
         * Starts a service on a thread of its own, runs it there until it stops and closes it there; returns it
         * once started.
         */
        private static <S extends AutoCloseable> Running<S> onOwnThread(final String name,
            final java.util.function.Supplier<S> start, final ServiceLoop<S> loop)
        {
            final java.util.concurrent.CompletableFuture<S> started = new java.util.concurrent.CompletableFuture<>();
            final Thread thread = new Thread(() ->
            {
                final S service;
                try
                {
                    service = start.get();
                }
                catch (final RuntimeException ex)
                {
                    started.completeExceptionally(ex);
                    return;
                }
                started.complete(service);
                try (service)
                {
                    loop.run(service);
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
                catch (final Exception ex)
                {
                    System.err.println("gscx demo: " + name + " stopped: " + ex);
                }
            }, name);
            thread.start();
            return new Running<>(started.join(), thread);
        }

        AdminConsole console()
        {
            return console;
        }

        FixGateway gateway()
        {
            return gateway;
        }

        BookingService ledger()
        {
            return ledger;
        }

        String bootstrapServers()
        {
            return bootstrapServers;
        }

        /** Waits (at most a minute) until the ledger has booked {@code entries} records. */
        void awaitLedger(final long booked) throws InterruptedException
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ledger.counters().booked < booked && System.nanoTime() < deadline)
            {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }

        /**
         * Waits (at most a minute) until settlement's clock reached {@code time}, then stops it so that its book can
         * be read from this thread.
         */
        SettlementService settleUntil(final long time) throws InterruptedException
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (settlement.book().settlement().clock() < time && System.nanoTime() < deadline)
            {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            settlement.stop();
            settlementThread.join(30_000);
            return settlement;
        }

        /** Waits (at most a minute) until the ledger has booked nothing new for a second. */
        void awaitLedgerQuiet() throws InterruptedException
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            long last = -1;
            int quiet = 0;
            while (quiet < 20 && System.nanoTime() < deadline)
            {
                final long entries = ledger.counters().booked + ledger.counters().alerts + ledger.counters().ignored;
                quiet = entries == last ? quiet + 1 : 0;
                last = entries;
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException
        {
            if (console != null)
            {
                console.close();
            }
            if (settlementThread.isAlive())
            {
                settlement.stop();
                settlementThread.join(30_000);
            }
            gateway.close();
            link.close();
            ledger.stop();
            ledgerThread.join(30_000);
            engine.close();
        }
    }
}
