package com.guishen.gscx.ledger;

/**
 * What became of one event offered to the {@link Bookkeeper}.
 *
 * @param result  what happened.
 * @param entry   the entry written, when BOOKED.
 * @param skipped the journaled reject or alert, when REJECTED or ALERT.
 */
public record BookingOutcome(Result result, JournalEntry entry, SkippedRecord skipped)
{
    /** What happened to an event. */
    public enum Result
    {
        /** An entry was written. */
        BOOKED,
        /** Its event id was booked before (a duplicate record): nothing written. */
        DUPLICATE,
        /** Malformed: journaled as skipped, to be published to the rejects topic. */
        REJECTED,
        /** Its entry would break an invariant: not written; journaled as an alert. */
        ALERT,
        /** A settlement event whose fill the ledger has not consumed yet: nothing written; offer it again later. */
        WAITING,
        /** A {@code gscx.settlement} record that moves no money (a decision, a closed cycle, an instruction): nothing written. */
        IGNORED
    }
}
