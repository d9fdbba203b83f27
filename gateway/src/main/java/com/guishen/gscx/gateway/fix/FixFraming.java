package com.guishen.gscx.gateway.fix;

import org.agrona.DirectBuffer;

/**
 * Finds FIX 4.4 messages in the bytes of a TCP stream: {@code 8=FIX.4.4<SOH>9=<n><SOH>}, n bytes of
 * body, {@code 10=<3 digits><SOH>}. One call to {@link #scan} looks at the bytes where the next
 * message should start and answers, without allocating, with one of:
 * <ul>
 * <li>{@link Status#MESSAGE}: a complete message at {@link #messageOffset()} of {@link #messageLength()} bytes
 *     (its BodyLength and CheckSum are right);</li>
 * <li>{@link Status#NEED_MORE}: nothing is wrong so far, but the message is not all there yet;</li>
 * <li>{@link Status#GARBLED}: {@link #reason()} says what is wrong, and the caller drops
 *     {@link #skipLength()} bytes (always at least one) to resynchronise on the next {@code 8=FIX}.</li>
 * </ul>
 * It never reads outside {@code [offset, offset + length)} and decides as early as the bytes allow:
 * a BodyLength too large is refused before the body arrives. Reused for every scan; not thread-safe.
 */
public final class FixFraming
{
    /** What {@link #scan} found. */
    public enum Status
    {
        /** A complete, well-framed message. */
        MESSAGE,
        /** The bytes so far are the beginning of a message; read more and scan again from the same offset. */
        NEED_MORE,
        /** Not a valid message: skip {@link #skipLength()} bytes and scan again. */
        GARBLED
    }

    /** The bytes every message starts with. */
    private static final byte[] BEGIN = {'8', '=', 'F', 'I', 'X', '.', '4', '.', '4', 1, '9', '='};
    private static final int BEGIN_STRING_FIELD_LENGTH = 10;
    private static final int TRAILER_LENGTH = 7;
    /** The smallest message: {@code 8=FIX.4.4|9=0|10=000|}. */
    private static final int MIN_MESSAGE_LENGTH = BEGIN.length + 2 + TRAILER_LENGTH;
    private static final byte SOH = 1;

    private final int maxMessageLength;

    private Status status;
    private FixGarbledReason reason = FixGarbledReason.NONE;
    private int messageOffset;
    private int messageLength;
    private int skipLength;
    private int bodyLength;

    /**
     * @param maxMessageLength the longest message accepted, header and trailer included; longer ones are garbled
     *                         ({@link FixGarbledReason#BODY_LENGTH_TOO_LARGE}) as soon as their BodyLength is read.
     */
    public FixFraming(final int maxMessageLength)
    {
        if (maxMessageLength < MIN_MESSAGE_LENGTH)
        {
            throw new IllegalArgumentException("maxMessageLength must be >= " + MIN_MESSAGE_LENGTH + ", got " +
                maxMessageLength);
        }
        this.maxMessageLength = maxMessageLength;
    }

    /** The longest message accepted. */
    public int maxMessageLength()
    {
        return maxMessageLength;
    }

    /**
     * Looks for the message that starts at {@code offset}: the first byte after the previous message or after
     * the bytes a previous {@link Status#GARBLED} answer said to skip.
     */
    public Status scan(final DirectBuffer buffer, final int offset, final int length)
    {
        messageOffset = offset;
        messageLength = 0;
        skipLength = 0;
        bodyLength = -1;
        reason = FixGarbledReason.NONE;

        // 8=FIX.4.4<SOH>9=
        final int prefix = Math.min(length, BEGIN.length);
        for (int i = 0; i < prefix; i++)
        {
            if (buffer.getByte(offset + i) != BEGIN[i])
            {
                if (i < 2)
                {
                    return garbled(FixGarbledReason.NO_BEGIN_STRING, buffer, offset, length);
                }
                return garbled(i < BEGIN_STRING_FIELD_LENGTH ? FixGarbledReason.BAD_BEGIN_STRING :
                    FixGarbledReason.NO_BODY_LENGTH, buffer, offset, length);
            }
        }
        if (length < BEGIN.length)
        {
            return needMore();
        }

        // BodyLength digits, refused as soon as they are not a number or exceed the maximum
        int position = BEGIN.length;
        long declared = 0;
        while (true)
        {
            if (position == length)
            {
                return needMore();
            }
            final byte b = buffer.getByte(offset + position);
            if (b == SOH)
            {
                if (position == BEGIN.length)
                {
                    return garbled(FixGarbledReason.BODY_LENGTH_NOT_A_NUMBER, buffer, offset, length);
                }
                break;
            }
            if (b == '-' && position == BEGIN.length)
            {
                return garbled(FixGarbledReason.BODY_LENGTH_NEGATIVE, buffer, offset, length);
            }
            if (b < '0' || b > '9')
            {
                return garbled(FixGarbledReason.BODY_LENGTH_NOT_A_NUMBER, buffer, offset, length);
            }
            declared = declared * 10 + (b - '0');
            if (declared > maxMessageLength)
            {
                return garbled(FixGarbledReason.BODY_LENGTH_TOO_LARGE, buffer, offset, length);
            }
            position++;
        }
        final int bodyStart = position + 1;
        final long total = bodyStart + declared + TRAILER_LENGTH;
        if (total > maxMessageLength)
        {
            return garbled(FixGarbledReason.BODY_LENGTH_TOO_LARGE, buffer, offset, length);
        }
        bodyLength = (int)declared;

        // 10=ddd<SOH> exactly where BodyLength says the body ends
        final int trailer = bodyStart + bodyLength;
        final int available = Math.min(length - trailer, TRAILER_LENGTH);
        for (int i = 0; i < available; i++)
        {
            final byte b = buffer.getByte(offset + trailer + i);
            if (i == 0 && b != '1' || i == 1 && b != '0' || i == 2 && b != '=')
            {
                return garbled(FixGarbledReason.CHECKSUM_MISSING, buffer, offset, length);
            }
            if (i >= 3 && i <= 5 && (b < '0' || b > '9') || i == 6 && b != SOH)
            {
                return garbled(FixGarbledReason.CHECKSUM_MALFORMED, buffer, offset, length);
            }
        }
        if (available < TRAILER_LENGTH)
        {
            return needMore();
        }

        int sum = 0;
        for (int i = 0; i < trailer; i++)
        {
            sum += buffer.getByte(offset + i);
        }
        final int expected = (buffer.getByte(offset + trailer + 3) - '0') * 100 +
            (buffer.getByte(offset + trailer + 4) - '0') * 10 + (buffer.getByte(offset + trailer + 5) - '0');
        messageLength = trailer + TRAILER_LENGTH;
        if ((sum & 0xFF) != expected)
        {
            // The frame itself is sound, so the next message starts right after it.
            reason = FixGarbledReason.CHECKSUM_MISMATCH;
            skipLength = messageLength;
            messageLength = 0;
            status = Status.GARBLED;
            return status;
        }
        status = Status.MESSAGE;
        return status;
    }

    /** The last scan's answer. */
    public Status status()
    {
        return status;
    }

    /** Where the message found starts (the offset scanned). */
    public int messageOffset()
    {
        return messageOffset;
    }

    /** The whole message's length, header and trailer included; 0 unless {@link Status#MESSAGE}. */
    public int messageLength()
    {
        return messageLength;
    }

    /** The BodyLength read, or -1 if the scan did not get that far. */
    public int bodyLength()
    {
        return bodyLength;
    }

    /** Why the bytes are garbled; {@link FixGarbledReason#NONE} unless {@link Status#GARBLED}. */
    public FixGarbledReason reason()
    {
        return reason;
    }

    /** How many bytes to drop before scanning again: at least 1 when {@link Status#GARBLED}, else 0. */
    public int skipLength()
    {
        return skipLength;
    }

    private Status needMore()
    {
        status = Status.NEED_MORE;
        return status;
    }

    private Status garbled(final FixGarbledReason why, final DirectBuffer buffer, final int offset, final int length)
    {
        reason = why;
        skipLength = resynchronise(buffer, offset, length);
        status = Status.GARBLED;
        return status;
    }

    /**
     * The distance from {@code offset} to the next place a message could start: an {@code 8=FIX} whose
     * {@code 8} does not follow a digit (so {@code 58=FIX...} inside a Text is not taken for one), or a
     * trailing part of one that may be completed by the next read. Never 0, never past {@code length}.
     */
    static int resynchronise(final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 1; i < length; i++)
        {
            if (buffer.getByte(offset + i) != '8')
            {
                continue;
            }
            final byte before = buffer.getByte(offset + i - 1);
            if (before >= '0' && before <= '9')
            {
                continue;
            }
            final int candidate = Math.min(length - i, 5);
            boolean matches = true;
            for (int j = 1; j < candidate; j++)
            {
                if (buffer.getByte(offset + i + j) != BEGIN[j])
                {
                    matches = false;
                    break;
                }
            }
            if (matches)
            {
                return i;
            }
        }
        return Math.max(length, 1);
    }
}
