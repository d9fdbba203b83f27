package com.guishen.gscx.engine.publisher;

/**
 * Where and how the publisher writes. Every setting has a default ({@link #defaults}).
 *
 * @param bootstrapServers  the Kafka cluster, {@code host:port[,host:port...]}.
 * @param fillsTopic        trades, for the ledger and settlement.
 * @param ordersTopic       the drop copy of every order event.
 * @param marketDataTopic   trades and top of book.
 * @param partitions        partitions of each topic when the publisher creates it.
 * @param replicationFactor replicas of each topic when the publisher creates it.
 * @param transactionalId   the producer's transactional id: a restarted publisher fences the old one with it.
 * @param maxEventsPerTransaction events published in one Kafka transaction at most.
 */
public record PublisherSettings(
    String bootstrapServers,
    String fillsTopic,
    String ordersTopic,
    String marketDataTopic,
    int partitions,
    short replicationFactor,
    String transactionalId,
    int maxEventsPerTransaction)
{
    public static PublisherSettings defaults(final String bootstrapServers)
    {
        return new PublisherSettings(bootstrapServers, "gscx.fills", "gscx.orders", "gscx.marketdata", 1, (short)1,
            "gscx-publisher", 200_000);
    }

    /** Checks the settings and names the bad one. */
    public PublisherSettings
    {
        if (bootstrapServers == null || bootstrapServers.isBlank())
        {
            throw new IllegalArgumentException("bootstrapServers must name at least one host:port");
        }
        if (partitions < 1)
        {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
        if (replicationFactor < 1)
        {
            throw new IllegalArgumentException("replicationFactor must be >= 1, got " + replicationFactor);
        }
        if (maxEventsPerTransaction < 1)
        {
            throw new IllegalArgumentException("maxEventsPerTransaction must be >= 1, got " + maxEventsPerTransaction);
        }
    }
}
