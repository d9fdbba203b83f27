package com.guishen.gscx.launcher;

import com.guishen.gscx.admin.AdminConsole;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gscx admin}: the operators' and auditors' console on a data directory. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = {
        "Run the admin console (HTTP API and web page) on a data directory until stopped.",
        "",
        "It reads the engine's journals, the ledger and settlement of --data-dir, appends operators'",
        "actions (halt, resume, mass cancel) to the inbound journal and publishes delivery",
        "confirmations to Kafka (the data directory's embedded broker unless --bootstrap-servers).",
        "FIX sessions are shown only when the console runs in the gateway's process (gscx demo).",
        "Users and roles come from the adminConsole section of the configuration."})
final class AdminCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--port", paramLabel = "N",
        description = "HTTP port on 127.0.0.1 (default: ports.adminHttp of the configuration; 0 = any free port).")
    private Integer port;

    @Mixin
    private KafkaOption kafkaOption;

    @Override
    public Integer call() throws InterruptedException
    {
        if (port != null && (port < 0 || port > 65_535))
        {
            System.err.println("gscx admin: --port must be 0..65535, got " + port);
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig market = config.loadOrReport("gscx admin");
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final DataDirectory directory = dataDirectory.directory();
        if (!java.nio.file.Files.isDirectory(directory.inbound()))
        {
            System.err.println("gscx admin: " + directory.root() + " holds no engine journals: run `gscx engine` or " +
                "`gscx gateway --with-engine` on it first");
            return ExitCodes.BAD_INPUT;
        }
        final String servers = kafkaOption.bootstrapServers != null ? kafkaOption.bootstrapServers :
            embeddedBroker(directory);
        final AdminConsole console;
        try
        {
            console = AdminConsole.start(market, directory, port != null ? port : market.ports().adminHttp(), null,
                servers);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx admin: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            console.close();
            stopped.countDown();
        }, "gscx-admin-shutdown"));
        System.out.println("admin console on " + console.url() + (servers == null ?
            " (no Kafka found: delivery confirmations are unavailable)" : ", Kafka at " + servers));
        stopped.await();
        return ExitCodes.OK;
    }

    /** The data directory's embedded broker if one is running (in another gscx process), else null. */
    private static String embeddedBroker(final DataDirectory directory)
    {
        return com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker.running(directory.root());
    }
}
