package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gscx kafka broker}: the embedded broker of a data directory, in the foreground. */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
        "Run the data directory's embedded single-node Kafka broker until Ctrl-C or SIGTERM.",
        "",
        "Other gscx commands on the same data directory find and use it."})
final class KafkaBrokerCommand implements Callable<Integer>
{
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
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            broker.close();
            stopped.countDown();
        }, "gscx-broker-shutdown"));
        System.err.println("gscx kafka broker: serving on " + broker.bootstrapServers() + " (Ctrl-C to stop)");
        stopped.await();
        return ExitCodes.OK;
    }
}
