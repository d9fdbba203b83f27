package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.publisher.KafkaEventPublisher;
import com.guishen.gscx.engine.publisher.PublisherSettings;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;

/** Starts the Kafka publisher of a data directory on a thread of its own (in the engine process or alone). */
final class Publishing
{
    private Publishing()
    {
    }

    static PublisherSettings settings(final MarketConfig market, final String bootstrapServers,
        final DataDirectory directory)
    {
        // One transactional id per data directory: a restarted publisher of the same engine fences the old one.
        return new PublisherSettings(bootstrapServers, market.kafka().topics().fills(),
            market.kafka().topics().orders(), market.kafka().topics().marketdata(), market.kafka().partitions(),
            (short)market.kafka().replicationFactor(),
            "gscx-publisher-" + Integer.toHexString(directory.root().toAbsolutePath().normalize().hashCode()), 5_000);
    }

    static AgentRunner start(final KafkaEventPublisher publisher)
    {
        final AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(10, 20, 1_000, 1_000_000),
            error -> System.err.println("gscx: publisher error: " + error), null, publisher);
        AgentRunner.startOnThread(runner);
        return runner;
    }

    static KafkaEventPublisher publisher(final MarketConfig market, final String bootstrapServers,
        final DataDirectory directory, final OutboundJournal outbound)
    {
        return new KafkaEventPublisher(settings(market, bootstrapServers, directory), outbound);
    }
}
