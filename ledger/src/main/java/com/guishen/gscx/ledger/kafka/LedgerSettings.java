package com.guishen.gscx.ledger.kafka;

import com.guishen.gscx.config.KafkaTopics;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the booking service runs.
 *
 * @param journal          the journal's directory (the book of record).
 * @param bootstrapServers Kafka.
 * @param fillsTopic       consumed: fills to book.
 * @param ledgerTopic      produced: every entry, as {@link com.guishen.gscx.ledger.EntryCodec} JSON.
 * @param rejectsTopic     produced: every record not booked (malformed, or refused with an alert), with the reason.
 * @param transactionalId  the producer's transactional id: the same for every run on one journal, so that a
 *                         restarted ledger fences and aborts what a killed one left open.
 * @param pollTimeout      how long one poll waits for records (the idle back-off).
 * @param settlementTopic  consumed: settlement events (escrow released, refunds, penalties); null = none.
 */
public record LedgerSettings(
    Path journal,
    String bootstrapServers,
    String fillsTopic,
    String ledgerTopic,
    String rejectsTopic,
    String transactionalId,
    Duration pollTimeout,
    String settlementTopic)
{
    /** The settings of a ledger that books fills only. */
    public LedgerSettings(final Path journal, final String bootstrapServers, final String fillsTopic,
        final String ledgerTopic, final String rejectsTopic, final String transactionalId, final Duration pollTimeout)
    {
        this(journal, bootstrapServers, fillsTopic, ledgerTopic, rejectsTopic, transactionalId, pollTimeout, null);
    }

    /** The rejects topic beside a ledger topic: {@code gscx.ledger.rejects}. */
    public static String rejectsTopic(final String ledgerTopic)
    {
        return ledgerTopic + ".rejects";
    }

    /** The settings of a journal with the configured topic names. */
    public static LedgerSettings of(final Path journal, final String bootstrapServers, final KafkaTopics topics)
    {
        return new LedgerSettings(journal, bootstrapServers, topics.fills(), topics.ledger(), rejectsTopic(topics.ledger()),
            "gscx-ledger:" + journal.toAbsolutePath().normalize(), Duration.ofMillis(100), topics.settlement());
    }
}
