package com.guishen.gscx.ledger;

/**
 * A Kafka record the ledger cannot book: not JSON, an unknown type or schema version, a missing
 * field, a negative or non-numeric amount, an unknown participant. Its message is the reason sent
 * to {@code gscx.ledger.rejects}.
 */
public final class RejectedRecordException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public RejectedRecordException(final String reason)
    {
        super(reason, null, false, false);
    }
}
