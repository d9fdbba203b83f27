package com.guishen.gscx.gateway.fix;

/**
 * Why {@link FixFraming} found no valid FIX 4.4 message where one should start. FIX treats such
 * input as garbled: it is ignored, and the session goes on with the next message.
 */
public enum FixGarbledReason
{
    /** Not garbled. */
    NONE("not garbled"),
    /** The bytes do not start with {@code 8=}: noise between messages, or the tail of a skipped one. */
    NO_BEGIN_STRING("message does not start with BeginString (8)"),
    /** {@code 8=} followed by something other than {@code FIX.4.4<SOH>}. The session logs out on this one. */
    BAD_BEGIN_STRING("BeginString (8) is not FIX.4.4"),
    /** The second field is not BodyLength (9). */
    NO_BODY_LENGTH("second field is not BodyLength (9)"),
    /** BodyLength has no digits or a non-digit in it. */
    BODY_LENGTH_NOT_A_NUMBER("BodyLength (9) is not a number"),
    /** BodyLength starts with a minus sign. */
    BODY_LENGTH_NEGATIVE("BodyLength (9) is negative"),
    /** BodyLength makes the message longer than the configured maximum message size. */
    BODY_LENGTH_TOO_LARGE("BodyLength (9) exceeds the maximum message size"),
    /** There is no {@code 10=} where BodyLength says the body ends: BodyLength is wrong. */
    CHECKSUM_MISSING("CheckSum (10) not found where BodyLength (9) says the body ends"),
    /** The CheckSum field is not exactly three digits followed by SOH. */
    CHECKSUM_MALFORMED("CheckSum (10) is not three digits"),
    /** The CheckSum does not match the bytes of the message. */
    CHECKSUM_MISMATCH("CheckSum (10) does not match the message");

    private final String description;

    FixGarbledReason(final String description)
    {
        this.description = description;
    }

    /** A readable sentence for logs and the session's error reports. */
    public String description()
    {
        return description;
    }
}
