package com.guishen.gscx.ledger;

/**
 * Where the event an entry books came from: its Kafka record and the event's own id, by which
 * the ledger recognises an event it has booked already.
 *
 * @param topic     Kafka topic, or {@value #CONFIG} for opening balances from the configuration.
 * @param partition Kafka partition (0 for the configuration).
 * @param offset    Kafka offset (the participant's position in the configuration for opening balances).
 * @param eventId   the event's id, unique over all events the ledger books, e.g. {@code FILL/42}.
 */
public record EntrySource(String topic, int partition, long offset, String eventId)
{
    /** The topic name of entries that come from the market configuration, not from Kafka. */
    public static final String CONFIG = "config";
}
