package com.guishen.gscx.events;

/**
 * Prices and money as longs with {@link #SCALE} implied decimals: the one number format of
 * the exchange. Parsing and formatting work on ASCII bytes without allocating, so the hot
 * path can use them; decimal strings are the only external form.
 */
public final class FixedPoint
{
    /** Implied decimals of every price and amount: 1 CNY is {@link #ONE}. */
    public static final int SCALE = 4;

    /** The fixed-point value of 1. */
    public static final long ONE = 10_000L;

    /** Returned by {@link #parse} for text that is not a decimal number or does not fit in a long. */
    public static final long MALFORMED = Long.MIN_VALUE;

    /** Returned by {@link #parse} for a well-formed number with a non-zero digit beyond {@link #SCALE} decimals. */
    public static final long TOO_PRECISE = Long.MIN_VALUE + 1;

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L};

    private FixedPoint()
    {
    }

    /**
     * Parses {@code [-]digits[.digits]} into a fixed-point long.
     *
     * @return the value, {@link #MALFORMED} or {@link #TOO_PRECISE}.
     */
    public static long parse(final byte[] text, final int offset, final int length)
    {
        if (length <= 0)
        {
            return MALFORMED;
        }
        int i = offset;
        final int end = offset + length;
        final boolean negative = text[i] == '-';
        if (negative)
        {
            i++;
        }
        long units = 0;
        int digits = 0;
        while (i < end && text[i] != '.')
        {
            final int d = text[i] - '0';
            if (d < 0 || d > 9 || units > (Long.MAX_VALUE / 10 - 9) / ONE)
            {
                return MALFORMED;
            }
            units = units * 10 + d;
            digits++;
            i++;
        }
        long fraction = 0;
        int decimals = 0;
        boolean tooPrecise = false;
        if (i < end)
        {
            i++; // the '.'
            if (i == end)
            {
                return MALFORMED;
            }
            while (i < end)
            {
                final int d = text[i] - '0';
                if (d < 0 || d > 9)
                {
                    return MALFORMED;
                }
                if (decimals < SCALE)
                {
                    fraction = fraction * 10 + d;
                }
                else if (d != 0)
                {
                    tooPrecise = true;
                }
                decimals++;
                i++;
            }
        }
        if (digits == 0)
        {
            return MALFORMED;
        }
        if (tooPrecise)
        {
            return TOO_PRECISE;
        }
        final long value = units * ONE + fraction * POWERS_OF_TEN[SCALE - Math.min(decimals, SCALE)];
        return negative ? -value : value;
    }

    /** Parses a decimal string; throws {@link IllegalArgumentException} naming the text if it is not one (cold path). */
    public static long parse(final String text)
    {
        final byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final long value = parse(bytes, 0, bytes.length);
        if (value == MALFORMED)
        {
            throw new IllegalArgumentException("not a decimal number: '" + text + "'");
        }
        if (value == TOO_PRECISE)
        {
            throw new IllegalArgumentException("more than " + SCALE + " decimals: '" + text + "'");
        }
        return value;
    }

    /** The number of decimals a decimal string is written with ({@code "0.50"} has 2, {@code "1"} has 0). */
    public static int decimalsOf(final String text)
    {
        final int dot = text.indexOf('.');
        return dot < 0 ? 0 : text.length() - dot - 1;
    }

    /**
     * Writes {@code value} with exactly {@code decimals} decimals (0..{@link #SCALE}), truncating
     * digits beyond them, into {@code buffer} at {@code offset}.
     *
     * @return the number of bytes written (at most 21).
     */
    public static int format(final long value, final int decimals, final byte[] buffer, final int offset)
    {
        int position = offset;
        long magnitude = value;
        if (value < 0)
        {
            buffer[position++] = '-';
            magnitude = -value;
        }
        position += AsciiNumbers.formatLong(magnitude / ONE, buffer, position);
        if (decimals > 0)
        {
            buffer[position++] = '.';
            long fraction = (magnitude % ONE) / POWERS_OF_TEN[SCALE - decimals];
            for (int i = decimals - 1; i >= 0; i--)
            {
                buffer[position + i] = (byte)('0' + fraction % 10);
                fraction /= 10;
            }
            position += decimals;
        }
        return position - offset;
    }

    /** The decimal string of {@code value} with {@code decimals} decimals (cold path). */
    public static String toString(final long value, final int decimals)
    {
        final byte[] buffer = new byte[24];
        final int length = format(value, decimals, buffer, 0);
        return new String(buffer, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The decimal string of {@code value} with all {@link #SCALE} decimals, trailing zeros removed (cold path). */
    public static String toString(final long value)
    {
        final String full = toString(value, SCALE);
        int end = full.length();
        while (full.charAt(end - 1) == '0')
        {
            end--;
        }
        if (full.charAt(end - 1) == '.')
        {
            end--;
        }
        return full.substring(0, end);
    }

    /**
     * {@code price × quantity × hours} as a fixed-point amount, or {@link Long#MAX_VALUE} when
     * it does not fit (a saturated notional fails every credit check, without an exception).
     */
    public static long notional(final long price, final long quantity, final long hours)
    {
        final long perHour = saturatedMultiply(price, quantity);
        return perHour == Long.MAX_VALUE ? Long.MAX_VALUE : saturatedMultiply(perHour, hours);
    }

    /** {@code a × b} for non-negative operands, {@link Long#MAX_VALUE} when it overflows. */
    public static long saturatedMultiply(final long a, final long b)
    {
        if (a < 0 || b < 0)
        {
            return Long.MAX_VALUE;
        }
        final long high = Math.multiplyHigh(a, b);
        final long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /** {@code a + b} for non-negative operands, {@link Long#MAX_VALUE} when it overflows. */
    public static long saturatedAdd(final long a, final long b)
    {
        final long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
