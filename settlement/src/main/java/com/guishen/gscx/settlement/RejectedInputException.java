package com.guishen.gscx.settlement;

/** A record settlement cannot apply (malformed, or refused by the rules); the message is the reason published with it. */
public final class RejectedInputException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public RejectedInputException(final String reason)
    {
        super(reason, null, false, false);
    }
}
