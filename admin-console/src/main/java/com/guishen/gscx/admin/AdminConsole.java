package com.guishen.gscx.admin;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.ledger.ChartOfAccounts;
import com.guishen.gscx.ledger.JournalLedgerView;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.agrona.CloseHelper;

/**
 * The admin console: an HTTP server on 127.0.0.1 (the JDK's {@code HttpServer}) with the JSON API
 * and the one web page for operators and auditors. What it shows comes from the data directory
 * (the engine's journals through a {@link BookMirror}, the ledger and settlement journals, the
 * operator audit trail) and from the FIX gateway when one runs in the same process; operators'
 * actions go to the engine's inbound journal and the deliveries topic.
 */
public final class AdminConsole implements AutoCloseable
{
    private final HttpServer server;
    private final ExecutorService workers;
    private final InboundJournal inbound;
    private final OutboundJournal outbound;
    private final OperatorCommands commands;
    private final DeliveryConfirmations deliveries;
    private final Thread mirrorThread;
    private volatile boolean running = true;
    private final String url;

    private AdminConsole(final MarketConfig market, final DataDirectory data, final int port, final FixGateway gateway,
        final String kafkaBootstrapServers)
    {
        data.create();
        this.inbound = InboundJournal.open(data.inbound());
        this.outbound = OutboundJournal.open(data.outbound());
        this.commands = new OperatorCommands(inbound);
        this.deliveries = kafkaBootstrapServers == null ? null :
            new DeliveryConfirmations(kafkaBootstrapServers, market.kafka().topics().deliveries());
        final BookMirror mirror = new BookMirror(market, outbound.reader(), inbound.reader());
        this.mirrorThread = new Thread(() -> tail(mirror), "gscx-admin-mirror");
        mirrorThread.setDaemon(true);
        final ConsoleApi api = new ConsoleApi(market, data, mirror, new ConsoleAccess(market.adminConsole(),
            System::currentTimeMillis), commands, deliveries, gateway,
            new JournalLedgerView(data.root().resolve("ledger"), new ChartOfAccounts(market)),
            new OperatorAudit(data.root().resolve("admin-audit.jsonl")));
        try
        {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        }
        catch (final IOException ex)
        {
            CloseHelper.quietCloseAll(commands, deliveries, inbound, outbound);
            throw new UncheckedIOException("cannot listen for the admin console on 127.0.0.1:" + port + ": " +
                ex.getMessage(), ex);
        }
        final AtomicInteger workerCount = new AtomicInteger();
        workers = Executors.newFixedThreadPool(4, runnable ->
        {
            final Thread thread = new Thread(runnable, "gscx-admin-http-" + workerCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", api);
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Starts the console.
     *
     * @param market                the market (instruments, participants, the {@code adminConsole} users).
     * @param data                  the data directory: engine journals, {@code ledger}, {@code settlement}; the
     *                              operator audit trail is written to {@code admin-audit.jsonl} there.
     * @param port                  TCP port on 127.0.0.1 ({@code ports.adminHttp}); 0 for any free one.
     * @param gateway               the FIX gateway of this process, for session status; null if it runs elsewhere.
     * @param kafkaBootstrapServers Kafka for delivery confirmations; null: confirmations are refused (503).
     * @throws UncheckedIOException if the port cannot be bound.
     */
    public static AdminConsole start(final MarketConfig market, final DataDirectory data, final int port,
        final FixGateway gateway, final String kafkaBootstrapServers)
    {
        final AdminConsole console = new AdminConsole(market, data, port, gateway, kafkaBootstrapServers);
        console.mirrorThread.start();
        console.server.start();
        return console;
    }

    /** {@code http://127.0.0.1:<port>/}: the web page. */
    public String url()
    {
        return url;
    }

    public int port()
    {
        return server.getAddress().getPort();
    }

    private void tail(final BookMirror mirror)
    {
        long idleMs = 1;
        while (running)
        {
            try
            {
                if (mirror.poll(4096) > 0)
                {
                    idleMs = 1;
                    continue;
                }
                Thread.sleep(idleMs); // a console may lag the engine by a few ms; it must never load the machine
                idleMs = Math.min(50, idleMs * 2);
            }
            catch (final InterruptedException ex)
            {
                return;
            }
            catch (final RuntimeException ex)
            {
                System.err.println("gscx admin: the book mirror stopped: " + ex);
                return;
            }
        }
    }

    @Override
    public void close()
    {
        running = false;
        server.stop(0);
        workers.shutdownNow();
        mirrorThread.interrupt();
        try
        {
            mirrorThread.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        CloseHelper.quietCloseAll(commands, deliveries, inbound, outbound);
    }
}
