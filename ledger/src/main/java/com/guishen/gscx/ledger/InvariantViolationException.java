package com.guishen.gscx.ledger;

/**
 * An entry that would break an invariant of the ledger (it does not balance, names an unknown
 * account, or takes an account past its floor): it is not written, and an alert is raised.
 */
public final class InvariantViolationException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public InvariantViolationException(final String reason)
    {
        super(reason, null, false, false);
    }
}
