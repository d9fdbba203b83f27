package com.guishen.gscx.engine.journal;

/** A journal entry that cannot be trusted: names the journal, the exact position and the reason. */
public final class CorruptJournalException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final long index;
    private final long entryNumber;

    public CorruptJournalException(final String journal, final long index, final long entryNumber, final String reason)
    {
        super(journal + " journal entry " + entryNumber + " (index 0x" + Long.toHexString(index) + "): " + reason);
        this.index = index;
        this.entryNumber = entryNumber;
    }

    /** The Chronicle index of the bad entry. */
    public long index()
    {
        return index;
    }

    /** The bad entry's position, counted from 1 at the start of the journal. */
    public long entryNumber()
    {
        return entryNumber;
    }
}
