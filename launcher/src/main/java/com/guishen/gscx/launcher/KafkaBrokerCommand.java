package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code gscx kafka broker}: the embedded broker of a data directory, in the foreground. */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
        "Run a data directory's embedded Kafka broker in the foreground.",
        "",
        "A single-node KRaft broker on 127.0.0.1; Ctrl-C or SIGTERM stop it cleanly. Other gscx",
        "commands on the same data directory find and use it. Exit code 1 when Kafka reports a",
        "fatal fault."})
final class KafkaBrokerCommand implements Callable<Integer>
{
    private static final long CLOSE_TIMEOUT_MS = 30_000;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
        description = "The client port (default: the one used before on this directory, else a free one).")
    private int port;

    @Override
    public Integer call() throws InterruptedException
    {
        if (port < 0 || port > 65535)
        {
            System.err.println("gscx kafka broker: --port must be 0..65535, got " + port);
            return ExitCodes.BAD_INPUT;
        }
        final EmbeddedKafkaBroker broker;
        try
        {
            broker = EmbeddedKafkaBroker.start(dataDirectory.path, port, 0);
        }
        catch (final IllegalStateException ex)
        {
            System.err.println("gscx kafka broker: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(broker), "gscx-broker-shutdown"));
        System.err.println("gscx kafka broker: serving on " + broker.bootstrapServers() + " (Ctrl-C to stop)");
        final String fault = broker.awaitFatalFault(); // null: closed by the shutdown hook of a signal
        if (fault == null)
        {
            return ExitCodes.OK;
        }
        System.err.println("gscx kafka broker: stopping after a fatal fault: " + fault);
        return ExitCodes.FAILURE;
    }

    /** A clean stop, but never a process that hangs on a broker that cannot stop. */
    private static void close(final EmbeddedKafkaBroker broker)
    {
        final Thread closing = new Thread(broker::close, "gscx-broker-close");
        closing.setDaemon(true);
        closing.start();
        try
        {
            closing.join(CLOSE_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive())
        {
            System.err.println("gscx kafka broker: did not stop within " +
                TimeUnit.MILLISECONDS.toSeconds(CLOSE_TIMEOUT_MS) + " s; ending anyway");
        }
        else
        {
            System.err.println("gscx kafka broker: stopped");
        }
    }
}
