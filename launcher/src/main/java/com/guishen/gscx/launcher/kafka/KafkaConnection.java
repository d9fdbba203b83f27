package com.guishen.gscx.launcher.kafka;

import java.nio.file.Path;

/**
 * The Kafka cluster a command talks to: the one named by {@code --bootstrap-servers}, else the
 * embedded broker of the data directory, which is started here unless another process already
 * runs it.
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
        final String running = EmbeddedKafkaBroker.runningElsewhere(dataDirectory);
        if (running != null)
        {
            return new KafkaConnection(running, null);
        }
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDirectory, 0, 0);
        return new KafkaConnection(broker.bootstrapServers(), broker);
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
