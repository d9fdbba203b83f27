package com.guishen.gscx.launcher.kafka;

import java.nio.file.Path;

/**
 * The Kafka cluster a command talks to: the one named by {@code --bootstrap-servers}, else the
 * embedded broker of the data directory, which is started here unless this process or another one
 * already runs it.
 */
public final class KafkaConnection implements AutoCloseable
{
    private final String bootstrapServers;
    private final EmbeddedKafkaBroker ownBroker;

    private KafkaConnection(final String bootstrapServers, final EmbeddedKafkaBroker ownBroker)
    {
        this.bootstrapServers = bootstrapServers;
        this.ownBroker = ownBroker;
    }

    public static KafkaConnection open(final Path dataDirectory, final String bootstrapServers)
    {
        if (bootstrapServers != null)
        {
            return new KafkaConnection(bootstrapServers, null);
        }
        // Another process may be starting the directory's broker right now: give it a moment.
        final long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true)
        {
            final String running = EmbeddedKafkaBroker.running(dataDirectory);
            if (running != null)
            {
                return new KafkaConnection(running, null);
            }
            try
            {
                final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0);
                return new KafkaConnection(broker.bootstrapServers(), broker);
            }
            catch (final EmbeddedKafkaBroker.BrokerElsewhereException ex)
            {
                if (System.nanoTime() > deadline)
                {
                    throw new IllegalStateException(ex.getMessage() + ", which did not come up within 30 s", ex);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
            }
        }
    }

    /**
     * Connects for reading what is there: like {@link #open}, but a data directory whose broker has
     * never run is an error instead of a new, empty broker.
     *
     * @throws IllegalStateException when the data directory has no Kafka data.
     */
    public static KafkaConnection openExisting(final Path dataDirectory, final String bootstrapServers)
    {
        if (bootstrapServers == null && EmbeddedKafkaBroker.running(dataDirectory) == null &&
            !EmbeddedKafkaBroker.hasBrokerData(dataDirectory))
        {
            throw new IllegalStateException("no embedded Kafka broker in " + dataDirectory + " (nothing in " +
                EmbeddedKafkaBroker.brokerDirectory(dataDirectory).resolve("logs") + "): give the data directory " +
                "gscx ran in, or --bootstrap-servers");
        }
        return open(dataDirectory, bootstrapServers);
    }

    public String bootstrapServers()
    {
        return bootstrapServers;
    }

    /** True when this process runs the broker (and stops it on close). */
    public boolean ownsBroker()
    {
        return ownBroker != null;
    }

    @Override
    public void close()
    {
        if (ownBroker != null)
        {
            ownBroker.close();
        }
    }
}
