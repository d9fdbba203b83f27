package com.guishen.gscx.gateway.fix;

import com.guishen.gscx.events.FixedPoint;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Writes one FIX 4.4 message into a buffer: {@link #begin} writes BeginString, room for BodyLength
 * and MsgType, the {@code put...} methods append fields in call order (the header fields 49, 56,
 * 34, 52 first, e.g. with {@link #header}), and {@link #finish} fills in BodyLength, moves the body
 * up against it and appends the CheckSum. The message starts at the offset given to {@link #begin};
 * its length is what {@link #finish} returns. Values are written as given: they must not contain
 * SOH. The buffer must have room for the whole message plus {@link #BODY_LENGTH_RESERVE} bytes.
 * Allocation-free; reused for every message; not thread-safe.
 */
public final class FixMessageEncoder
{
    /** Digits reserved for BodyLength while the body is written: bodies up to 9,999,999 bytes. */
    public static final int BODY_LENGTH_RESERVE = 7;

    private static final byte SOH = 1;
    private static final byte[] BEGIN = {'8', '=', 'F', 'I', 'X', '.', '4', '.', '4', SOH, '9', '='};
    private static final int FIXED_POINT_MAX_LENGTH = 24;

    private final byte[] decimal = new byte[FIXED_POINT_MAX_LENGTH];

    private MutableDirectBuffer buffer;
    private int offset;
    private int bodyStart;
    private int position;

    /**
     * Starts a message of type {@code msgType} at {@code offset}.
     *
     * @param msgType the MsgType (35) characters, e.g. {@code {'8'}} for an ExecutionReport.
     */
    public FixMessageEncoder begin(final MutableDirectBuffer buffer, final int offset, final byte[] msgType)
    {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putBytes(offset, BEGIN);
        bodyStart = offset + BEGIN.length + BODY_LENGTH_RESERVE + 1;
        position = bodyStart;
        return putBytes(FixTags.MSG_TYPE, msgType, 0, msgType.length);
    }

    /** Starts a message whose MsgType is one character (every message type of {@link FixMsgType}). */
    public FixMessageEncoder begin(final MutableDirectBuffer buffer, final int offset, final byte msgType)
    {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putBytes(offset, BEGIN);
        bodyStart = offset + BEGIN.length + BODY_LENGTH_RESERVE + 1;
        position = bodyStart;
        return putChar(FixTags.MSG_TYPE, msgType);
    }

    /** The standard header after MsgType: SenderCompID, TargetCompID, MsgSeqNum, SendingTime (with milliseconds). */
    public FixMessageEncoder header(final byte[] senderCompId, final byte[] targetCompId, final long msgSeqNum,
        final long sendingTimeNanos)
    {
        putBytes(FixTags.SENDER_COMP_ID, senderCompId, 0, senderCompId.length);
        putBytes(FixTags.TARGET_COMP_ID, targetCompId, 0, targetCompId.length);
        putLong(FixTags.MSG_SEQ_NUM, msgSeqNum);
        return putTimestampNanos(FixTags.SENDING_TIME, sendingTimeNanos);
    }

    public FixMessageEncoder putLong(final int tag, final long value)
    {
        tag(tag);
        position += buffer.putLongAscii(position, value);
        return soh();
    }

    public FixMessageEncoder putInt(final int tag, final int value)
    {
        tag(tag);
        position += buffer.putIntAscii(position, value);
        return soh();
    }

    /** A fixed-point value ({@link FixedPoint#SCALE} implied decimals) as a decimal without trailing zeros. */
    public FixMessageEncoder putFixedPoint(final int tag, final long value)
    {
        tag(tag);
        int length = FixedPoint.format(value, FixedPoint.SCALE, decimal, 0);
        while (decimal[length - 1] == '0')
        {
            length--;
        }
        if (decimal[length - 1] == '.')
        {
            length--;
        }
        buffer.putBytes(position, decimal, 0, length);
        position += length;
        return soh();
    }

    public FixMessageEncoder putChar(final int tag, final byte value)
    {
        tag(tag);
        buffer.putByte(position++, value);
        return soh();
    }

    /** A FIX Boolean: {@code Y} or {@code N}. */
    public FixMessageEncoder putBoolean(final int tag, final boolean value)
    {
        return putChar(tag, value ? (byte)'Y' : (byte)'N');
    }

    /** ASCII bytes {@code value[start, start + length)}. */
    public FixMessageEncoder putBytes(final int tag, final byte[] value, final int start, final int length)
    {
        tag(tag);
        buffer.putBytes(position, value, start, length);
        position += length;
        return soh();
    }

    /** ASCII bytes from a buffer, e.g. a value of a decoded message. */
    public FixMessageEncoder putBytes(final int tag, final DirectBuffer value, final int start, final int length)
    {
        tag(tag);
        buffer.putBytes(position, value, start, length);
        position += length;
        return soh();
    }

    /** A UTCTimestamp with milliseconds ({@code yyyyMMdd-HH:mm:ss.sss}). */
    public FixMessageEncoder putTimestampNanos(final int tag, final long epochNanos)
    {
        tag(tag);
        position += UtcTimestamp.formatNanos(epochNanos, true, buffer, position);
        return soh();
    }

    /** A UTCTimestamp with milliseconds ({@code yyyyMMdd-HH:mm:ss.sss}). */
    public FixMessageEncoder putTimestampMillis(final int tag, final long epochMillis)
    {
        tag(tag);
        position += UtcTimestamp.formatMillis(epochMillis, true, buffer, position);
        return soh();
    }

    /** Appends fields already encoded ({@code tag=value<SOH>...}), e.g. the body of a stored message being resent. */
    public FixMessageEncoder putRaw(final DirectBuffer fields, final int start, final int length)
    {
        buffer.putBytes(position, fields, start, length);
        position += length;
        return this;
    }

    /**
     * Fills in BodyLength, closes the gap left for it and appends the CheckSum.
     *
     * @return the whole message's length, from the offset given to {@code begin}.
     */
    public int finish()
    {
        final int bodyLength = position - bodyStart;
        int lengthPosition = offset + BEGIN.length;
        lengthPosition += buffer.putIntAscii(lengthPosition, bodyLength);
        buffer.putByte(lengthPosition++, SOH);
        if (lengthPosition != bodyStart)
        {
            buffer.putBytes(lengthPosition, buffer, bodyStart, bodyLength); // overlapping move down: memmove semantics
        }
        int end = lengthPosition + bodyLength;
        int sum = 0;
        for (int i = offset; i < end; i++)
        {
            sum += buffer.getByte(i);
        }
        sum &= 0xFF;
        buffer.putByte(end++, (byte)'1');
        buffer.putByte(end++, (byte)'0');
        buffer.putByte(end++, (byte)'=');
        buffer.putByte(end++, (byte)('0' + sum / 100));
        buffer.putByte(end++, (byte)('0' + (sum / 10) % 10));
        buffer.putByte(end++, (byte)('0' + sum % 10));
        buffer.putByte(end++, SOH);
        position = end;
        return end - offset;
    }

    private void tag(final int tag)
    {
        position += buffer.putIntAscii(position, tag);
        buffer.putByte(position++, (byte)'=');
    }

    private FixMessageEncoder soh()
    {
        buffer.putByte(position++, SOH);
        return this;
    }
}
