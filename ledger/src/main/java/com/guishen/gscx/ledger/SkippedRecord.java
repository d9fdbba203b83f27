package com.guishen.gscx.ledger;

/**
 * A Kafka record the ledger consumed without booking it, kept in the journal so that its offset
 * counts as applied and its reject or alert is published exactly once.
 *
 * @param source  where it came from; the eventId is empty when the record had none that could be read.
 * @param outcome {@link #REJECTED} (malformed) or {@link #ALERT} (an entry that would break an invariant).
 * @param reason  why, for people.
 * @param value   the record's value as text (UTF-8, malformed bytes replaced), for the rejects topic.
 */
public record SkippedRecord(EntrySource source, String outcome, String reason, String value)
{
    public static final String REJECTED = "REJECTED";
    public static final String ALERT = "ALERT";
}
