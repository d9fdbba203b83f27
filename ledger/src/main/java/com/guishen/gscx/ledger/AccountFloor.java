package com.guishen.gscx.ledger;

/** Which way an account's balance may never go: the invariant checked before an entry is written. */
public enum AccountFloor
{
    /** Never below 0: money held (a participant's cash and escrow, an exchange's fee revenue). */
    NOT_NEGATIVE,
    /** Never above 0: money owed (a participant's fees charged, members' deposits an exchange holds). */
    NOT_POSITIVE,
    /** Either sign: an exchange's clearing account is owed or owes. */
    NONE;

    /** Whether a balance respects the floor. */
    public boolean allows(final long balance)
    {
        return switch (this)
        {
            case NOT_NEGATIVE -> balance >= 0;
            case NOT_POSITIVE -> balance <= 0;
            case NONE -> true;
        };
    }
}
