package com.guishen.gscx.gateway.fix;

import com.guishen.gscx.events.FixedPoint;
import org.agrona.DirectBuffer;

/**
 * A flyweight over one complete FIX message (as {@link FixFraming} delivers it) that indexes every
 * field in one pass into preallocated arrays: tag, value offset and value length, in message order.
 * Fields are then read by index ({@link #indexOf} finds a tag's first occurrence in constant time for
 * tags below {@link #TAG_TABLE_SIZE}), and values parsed without exceptions: a malformed value is
 * answered with a documented sentinel. Structural problems (non-numeric tags, tags without values,
 * duplicates, the first three fields out of order) are recorded, not thrown, for the session layer
 * to answer. Nothing is allocated after construction; reused for every message; not thread-safe.
 */
public final class FixMessageDecoder
{
    /** Tags below this are found by {@link #indexOf} through a direct table; higher ones by a scan. */
    public static final int TAG_TABLE_SIZE = 10_000;

    /** Tag recorded for a field whose tag is not an integer. */
    public static final int TAG_NOT_NUMERIC = Integer.MIN_VALUE;

    /** Returned by {@link #longAt} for a value that is not an integer or does not fit in a long. */
    public static final long MALFORMED_LONG = Long.MIN_VALUE;

    /** Returned by {@link #intAt} for a value that is not an integer or does not fit in an int. */
    public static final int MALFORMED_INT = Integer.MIN_VALUE;

    /** Returned by {@link #charAt} for a value that is not exactly one character. */
    public static final byte MALFORMED_CHAR = 0;

    private static final byte SOH = 1;
    private static final int MAX_TAG_DIGITS = 9;
    private static final int MAX_DECIMAL_LENGTH = 40;

    private final int[] tags;
    private final int[] fieldOffsets;
    private final int[] valueOffsets;
    private final int[] valueLengths;
    /** {@code index + 1} of the first field with each tag, 0 if absent; cleared field by field on each wrap. */
    private final int[] firstIndexByTag = new int[TAG_TABLE_SIZE];
    private final byte[] decimal = new byte[MAX_DECIMAL_LENGTH];

    private DirectBuffer buffer;
    private int offset;
    private int length;
    private int fieldCount;
    private FixFieldProblem problem = FixFieldProblem.NONE;
    private int problemIndex = -1;
    private int firstDuplicateIndex = -1;
    private int firstEmptyValueIndex = -1;
    private int firstBadTagIndex = -1;
    private boolean headerInOrder;

    /** @param maxFields the most fields a message may have; more is {@link FixFieldProblem#TOO_MANY_FIELDS}. */
    public FixMessageDecoder(final int maxFields)
    {
        tags = new int[maxFields];
        fieldOffsets = new int[maxFields];
        valueOffsets = new int[maxFields];
        valueLengths = new int[maxFields];
    }

    /**
     * Indexes the message of {@code length} bytes at {@code offset}.
     *
     * @return true if it has no structural problem at all ({@link #problem()} is {@link FixFieldProblem#NONE}).
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < fieldCount; i++)
        {
            final int tag = tags[i];
            if (tag >= 0 && tag < TAG_TABLE_SIZE)
            {
                firstIndexByTag[tag] = 0;
            }
        }
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        fieldCount = 0;
        problem = FixFieldProblem.NONE;
        problemIndex = -1;
        firstDuplicateIndex = -1;
        firstEmptyValueIndex = -1;
        firstBadTagIndex = -1;

        final int end = offset + length;
        int position = offset;
        int dataTag = 0;
        int dataLength = -1;
        while (position < end)
        {
            if (fieldCount == tags.length)
            {
                report(FixFieldProblem.TOO_MANY_FIELDS, fieldCount);
                break;
            }
            final int index = fieldCount;
            final int fieldStart = position;
            int tag = 0;
            boolean numeric = true;
            final boolean negative = buffer.getByte(position) == '-';
            if (negative)
            {
                position++;
            }
            int digits = 0;
            while (position < end)
            {
                final byte b = buffer.getByte(position);
                if (b == '=' || b == SOH)
                {
                    break;
                }
                if (b < '0' || b > '9' || ++digits > MAX_TAG_DIGITS)
                {
                    numeric = false;
                }
                else
                {
                    tag = tag * 10 + (b - '0');
                }
                position++;
            }
            if (position == end || buffer.getByte(position) == SOH)
            {
                // No '=' in this field: record it as a non-numeric tag with an empty value at its end.
                tags[index] = TAG_NOT_NUMERIC;
                fieldOffsets[index] = fieldStart;
                valueOffsets[index] = position;
                valueLengths[index] = 0;
                fieldCount++;
                report(FixFieldProblem.FIELD_WITHOUT_EQUALS, index);
                noteBadTag(index);
                position++;
                continue;
            }
            if (!numeric || digits == 0)
            {
                tag = TAG_NOT_NUMERIC;
                report(FixFieldProblem.TAG_NOT_NUMERIC, index);
                noteBadTag(index);
            }
            else if (negative)
            {
                tag = -tag;
            }
            final int valueStart = ++position;
            int valueEnd;
            if (dataTag != 0 && tag == dataTag && dataLength >= 0)
            {
                // A length-prefixed data field: its value may contain SOH.
                valueEnd = valueStart + dataLength;
                if (valueEnd >= end || buffer.getByte(valueEnd) != SOH)
                {
                    report(FixFieldProblem.BAD_DATA_LENGTH, index);
                    valueEnd = scanToSoh(valueStart, end);
                }
            }
            else
            {
                if (dataTag != 0 && tag == dataTag)
                {
                    report(FixFieldProblem.BAD_DATA_LENGTH, index);
                }
                valueEnd = scanToSoh(valueStart, end);
            }
            tags[index] = tag;
            fieldOffsets[index] = fieldStart;
            valueOffsets[index] = valueStart;
            valueLengths[index] = valueEnd - valueStart;
            fieldCount++;
            if (valueEnd == end)
            {
                report(FixFieldProblem.FIELD_WITHOUT_EQUALS, index); // no SOH after the last value
            }
            if (valueEnd == valueStart)
            {
                report(FixFieldProblem.TAG_WITHOUT_VALUE, index);
                if (firstEmptyValueIndex < 0)
                {
                    firstEmptyValueIndex = index;
                }
            }
            if (tag != TAG_NOT_NUMERIC)
            {
                indexTag(tag, index);
            }
            final int measured = tag > 0 ? FixTags.dataFieldOf(tag) : 0;
            if (measured != 0)
            {
                dataTag = measured;
                final long declared = longAt(index);
                dataLength = declared < 0 || declared > length ? -1 : (int)declared; // -1: malformed
            }
            else if (dataTag != 0 && tag == dataTag)
            {
                dataTag = 0;
                dataLength = -1;
            }
            position = valueEnd + 1;
        }

        headerInOrder = fieldCount >= 3 && tags[0] == FixTags.BEGIN_STRING && tags[1] == FixTags.BODY_LENGTH &&
            tags[2] == FixTags.MSG_TYPE;
        if (!headerInOrder)
        {
            problem = FixFieldProblem.FIRST_THREE_FIELDS_OUT_OF_ORDER;
            problemIndex = Math.min(fieldCount, 2);
        }
        return problem == FixFieldProblem.NONE;
    }

    /** The most important structural problem: the header order first, then the first problem in field order. */
    public FixFieldProblem problem()
    {
        return problem;
    }

    /** The index of the field {@link #problem()} is about, -1 if none. */
    public int problemIndex()
    {
        return problemIndex;
    }

    /** True if the first three fields are 8, 9 and 35, in that order. */
    public boolean headerInOrder()
    {
        return headerInOrder;
    }

    /** The index of the first field whose tag occurred before, -1 if none. */
    public int firstDuplicateIndex()
    {
        return firstDuplicateIndex;
    }

    /** The index of the first field with a tag and no value, -1 if none. */
    public int firstEmptyValueIndex()
    {
        return firstEmptyValueIndex;
    }

    /** The index of the first field whose tag is not an integer (or that has no {@code =}), -1 if none. */
    public int firstBadTagIndex()
    {
        return firstBadTagIndex;
    }

    public int fieldCount()
    {
        return fieldCount;
    }

    /** The tag of field {@code index}: as parsed (0 and negative numbers included) or {@link #TAG_NOT_NUMERIC}. */
    public int tagAt(final int index)
    {
        return tags[index];
    }

    /** Where field {@code index} (its tag) starts in the buffer; with {@link #valueOffsetAt} it bounds the raw tag. */
    public int fieldOffsetAt(final int index)
    {
        return fieldOffsets[index];
    }

    /** Where the value of field {@code index} starts in the buffer. */
    public int valueOffsetAt(final int index)
    {
        return valueOffsets[index];
    }

    /** The length of field {@code index}'s value; 0 for index -1 (a field {@link #indexOf} did not find). */
    public int valueLengthAt(final int index)
    {
        return index < 0 ? 0 : valueLengths[index];
    }

    /** The index of the first field with {@code tag}, or -1 if there is none. */
    public int indexOf(final int tag)
    {
        if (tag >= 0 && tag < TAG_TABLE_SIZE)
        {
            return firstIndexByTag[tag] - 1;
        }
        for (int i = 0; i < fieldCount; i++)
        {
            if (tags[i] == tag)
            {
                return i;
            }
        }
        return -1;
    }

    /** The index of the next field with {@code tag} after field {@code index} (for repeating groups), or -1. */
    public int nextIndexOf(final int tag, final int index)
    {
        for (int i = index + 1; i < fieldCount; i++)
        {
            if (tags[i] == tag)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value as a long ({@code [-]digits}), or {@link #MALFORMED_LONG}. Like every value accessor it takes
     * index -1 (a field {@link #indexOf} did not find) and answers as for a malformed value.
     */
    public long longAt(final int index)
    {
        if (index < 0)
        {
            return MALFORMED_LONG;
        }
        final int start = valueOffsets[index];
        final int end = start + valueLengths[index];
        if (start == end)
        {
            return MALFORMED_LONG;
        }
        int i = start;
        final boolean negative = buffer.getByte(i) == '-';
        if (negative && ++i == end)
        {
            return MALFORMED_LONG;
        }
        long value = 0;
        while (i < end)
        {
            final int d = buffer.getByte(i) - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return MALFORMED_LONG;
            }
            value = value * 10 + d;
            i++;
        }
        return negative ? -value : value;
    }

    /** The value as an int, or {@link #MALFORMED_INT} (also when it does not fit). */
    public int intAt(final int index)
    {
        final long value = longAt(index);
        return value == MALFORMED_LONG || value < -Integer.MAX_VALUE || value > Integer.MAX_VALUE ? MALFORMED_INT :
            (int)value;
    }

    /**
     * The value as a fixed-point long with {@link FixedPoint#SCALE} implied decimals: the value itself,
     * {@link FixedPoint#MALFORMED} or {@link FixedPoint#TOO_PRECISE}.
     */
    public long fixedPointAt(final int index)
    {
        final int valueLength = valueLengthAt(index);
        if (index < 0 || valueLength > MAX_DECIMAL_LENGTH)
        {
            return FixedPoint.MALFORMED;
        }
        buffer.getBytes(valueOffsets[index], decimal, 0, valueLength);
        return FixedPoint.parse(decimal, 0, valueLength);
    }

    /** The value's one character, or {@link #MALFORMED_CHAR} if it is not exactly one byte. */
    public byte charAt(final int index)
    {
        return valueLengthAt(index) == 1 ? buffer.getByte(valueOffsets[index]) : MALFORMED_CHAR;
    }

    /** A UTCTimestamp value as epoch nanoseconds, or {@link UtcTimestamp#MALFORMED}. */
    public long timestampNanosAt(final int index)
    {
        return index < 0 ? UtcTimestamp.MALFORMED : UtcTimestamp.parseNanos(buffer, valueOffsets[index], valueLengths[index]);
    }

    /** True if the value is exactly {@code expected}. */
    public boolean valueEquals(final int index, final byte[] expected)
    {
        if (index < 0)
        {
            return false;
        }
        final int valueLength = valueLengths[index];
        if (valueLength != expected.length)
        {
            return false;
        }
        final int start = valueOffsets[index];
        for (int i = 0; i < valueLength; i++)
        {
            if (buffer.getByte(start + i) != expected[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the value into {@code destination} at {@code destinationOffset}.
     *
     * @return the value's length, or -1 (nothing copied) if it does not fit.
     */
    public int copyValue(final int index, final byte[] destination, final int destinationOffset)
    {
        final int valueLength = valueLengthAt(index);
        if (index < 0 || destinationOffset < 0 || valueLength > destination.length - destinationOffset)
        {
            return -1;
        }
        buffer.getBytes(valueOffsets[index], destination, destinationOffset, valueLength);
        return valueLength;
    }

    /** The buffer the message is in. */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    /** Where the message starts in {@link #buffer()}. */
    public int offset()
    {
        return offset;
    }

    /** The whole message's length. */
    public int length()
    {
        return length;
    }

    private int scanToSoh(final int from, final int end)
    {
        int position = from;
        while (position < end && buffer.getByte(position) != SOH)
        {
            position++;
        }
        return position;
    }

    private void indexTag(final int tag, final int index)
    {
        final boolean seen;
        if (tag >= 0 && tag < TAG_TABLE_SIZE)
        {
            seen = firstIndexByTag[tag] != 0;
            if (!seen)
            {
                firstIndexByTag[tag] = index + 1;
            }
        }
        else
        {
            seen = indexOf(tag) < index;
        }
        if (seen)
        {
            report(FixFieldProblem.DUPLICATE_TAG, index);
            if (firstDuplicateIndex < 0)
            {
                firstDuplicateIndex = index;
            }
        }
    }

    private void noteBadTag(final int index)
    {
        if (firstBadTagIndex < 0)
        {
            firstBadTagIndex = index;
        }
    }

    private void report(final FixFieldProblem found, final int index)
    {
        if (problem == FixFieldProblem.NONE)
        {
            problem = found;
            problemIndex = index;
        }
    }
}
