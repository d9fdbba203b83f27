package com.guishen.gscx.gateway.fix;

/**
 * The first structural problem {@link FixMessageDecoder} found in a message's fields. The session
 * layer decides what each one means (a session Reject, a garbled message to ignore, ...).
 */
public enum FixFieldProblem
{
    /** Every field is {@code tag=value<SOH>} with a numeric tag and a value; no tag repeats; 8, 9, 35 come first. */
    NONE,
    /** The first three fields are not BeginString (8), BodyLength (9), MsgType (35), in that order. */
    FIRST_THREE_FIELDS_OUT_OF_ORDER,
    /** A field without {@code =}, or bytes after the last SOH. */
    FIELD_WITHOUT_EQUALS,
    /** A tag that is not an integer (an integer that is 0 or negative is reported as parsed, not here). */
    TAG_NOT_NUMERIC,
    /** A tag followed by {@code =} and no value. */
    TAG_WITHOUT_VALUE,
    /** A length-prefixed data field whose length field is missing, malformed or longer than the message. */
    BAD_DATA_LENGTH,
    /** A tag that already occurred (legitimate only inside repeating groups, which the caller knows about). */
    DUPLICATE_TAG,
    /** More fields than the decoder was built to index. */
    TOO_MANY_FIELDS
}
