package com.guishen.gscx.events.codec;

/** The kinds of engine event in the outbound journal, with their one-byte codes. */
public enum EngineEventType
{
    ACCEPTED(1),
    REJECTED(2),
    FILL(3),
    CANCELLED(4),
    REPLACED(5);

    private static final EngineEventType[] BY_CODE = {null, ACCEPTED, REJECTED, FILL, CANCELLED, REPLACED};

    private final byte code;

    EngineEventType(final int code)
    {
        this.code = (byte)code;
    }

    public byte code()
    {
        return code;
    }

    /** The type with that code, or null for a code no event has. */
    public static EngineEventType fromCode(final byte code)
    {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
