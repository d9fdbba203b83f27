package com.guishen.gscx.settlement;

/**
 * A record settlement publishes, in the order it was made: journaled with the input that caused
 * it, and published from the journal.
 *
 * @param destination which topic.
 * @param json        the record's value.
 */
public record SettlementOutput(Destination destination, byte[] json)
{
    /** Where an output goes. */
    public enum Destination
    {
        /** {@code gscx.settlement}: settlement events, delivery decisions, closed cycles, instructions. */
        SETTLEMENT,
        /** {@code gscx.deliveries.rejects}: inputs settlement could not apply, with the reason. */
        REJECTS
    }

    public String text()
    {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8);
    }
}
