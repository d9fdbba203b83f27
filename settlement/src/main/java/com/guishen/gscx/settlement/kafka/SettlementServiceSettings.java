package com.guishen.gscx.settlement.kafka;

import com.guishen.gscx.config.KafkaTopics;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the settlement service runs.
 *
 * @param journal          the journal's directory (settlement's book of record).
 * @param reports          where each closed cycle's CSV is written.
 * @param bootstrapServers Kafka.
 * @param fillsTopic       consumed: every fill creates a delivery obligation.
 * @param deliveriesTopic  consumed: delivery confirmations (and clock ticks).
 * @param settlementTopic  produced: settlement events, decisions, closed cycles, instructions.
 * @param rejectsTopic     produced: every input not applied, with the reason.
 * @param transactionalId  the producer's transactional id, the same for every run on one journal.
 * @param pollTimeout      how long one poll waits for records (the idle back-off).
 */
public record SettlementServiceSettings(
    Path journal,
    Path reports,
    String bootstrapServers,
    String fillsTopic,
    String deliveriesTopic,
    String settlementTopic,
    String rejectsTopic,
    String transactionalId,
    Duration pollTimeout)
{
    /** The rejects topic beside a deliveries topic: {@code gscx.deliveries.rejects}. */
    public static String rejectsTopic(final String deliveriesTopic)
    {
        return deliveriesTopic + ".rejects";
    }

    /** The settings of a data directory's settlement ({@code D/settlement}, {@code D/settlement-cycles}). */
    public static SettlementServiceSettings of(final Path dataDirectory, final String bootstrapServers,
        final KafkaTopics topics)
    {
        final Path journal = dataDirectory.resolve("settlement");
        return new SettlementServiceSettings(journal, dataDirectory.resolve("settlement-cycles"), bootstrapServers,
            topics.fills(), topics.deliveries(), topics.settlement(), rejectsTopic(topics.deliveries()),
            "gscx-settlement:" + journal.toAbsolutePath().normalize(), Duration.ofMillis(100));
    }
}
