package com.guishen.gscx.events;

/** Allocation-free parsing and formatting of whole numbers in ASCII byte arrays. */
public final class AsciiNumbers
{
    /** Returned by {@link #parseLong} for text that is not a whole number or does not fit in a long. */
    public static final long MALFORMED = Long.MIN_VALUE;

    private AsciiNumbers()
    {
    }

    /** Parses {@code [-]digits}; returns {@link #MALFORMED} for anything else or on overflow. */
    public static long parseLong(final byte[] text, final int offset, final int length)
    {
        if (length <= 0)
        {
            return MALFORMED;
        }
        int i = offset;
        final int end = offset + length;
        final boolean negative = text[i] == '-';
        if (negative && ++i == end)
        {
            return MALFORMED;
        }
        long value = 0;
        while (i < end)
        {
            final int d = text[i] - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return MALFORMED;
            }
            value = value * 10 + d;
            i++;
        }
        return negative ? -value : value;
    }

    /**
     * Writes a non-negative {@code value} in decimal at {@code offset}.
     *
     * @return the number of bytes written.
     */
    public static int formatLong(final long value, final byte[] buffer, final int offset)
    {
        if (value == 0)
        {
            buffer[offset] = '0';
            return 1;
        }
        int length = 0;
        for (long v = value; v != 0; v /= 10)
        {
            length++;
        }
        long v = value;
        for (int i = offset + length - 1; i >= offset; i--)
        {
            buffer[i] = (byte)('0' + v % 10);
            v /= 10;
        }
        return length;
    }
}
