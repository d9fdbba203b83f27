package com.guishen.gscx.gateway.fix;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * FIX UTCTimestamp text ({@code yyyyMMdd-HH:mm:ss} or {@code yyyyMMdd-HH:mm:ss.sss}) to and from
 * epoch time, without allocating. Parsing also accepts 6 or 9 fraction digits, as FIX engines
 * (QuickFIX/J among them) send, and a leap second {@code :60}.
 */
public final class UtcTimestamp
{
    /** Returned by the parse methods for text that is not a UTCTimestamp, or out of range of the result. */
    public static final long MALFORMED = Long.MIN_VALUE;

    /** Length of {@code yyyyMMdd-HH:mm:ss}. */
    public static final int SECONDS_LENGTH = 17;

    /** Length of {@code yyyyMMdd-HH:mm:ss.sss}. */
    public static final int MILLIS_LENGTH = 21;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    // Epoch nanoseconds cover 1677-09-21 .. 2262-04-11; whole years inside that range only.
    private static final int MIN_NANOS_YEAR = 1678;
    private static final int MAX_NANOS_YEAR = 2261;

    private UtcTimestamp()
    {
    }

    /**
     * Writes {@code epochNanos} as UTCTimestamp text at {@code offset}, with milliseconds (truncated)
     * if {@code withMillis}.
     *
     * @return the number of bytes written, {@link #MILLIS_LENGTH} or {@link #SECONDS_LENGTH}.
     */
    public static int formatNanos(final long epochNanos, final boolean withMillis, final MutableDirectBuffer buffer,
        final int offset)
    {
        final long seconds = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        final int millis = (int)(Math.floorMod(epochNanos, NANOS_PER_SECOND) / NANOS_PER_MILLI);
        return format(seconds, millis, withMillis, buffer, offset);
    }

    /** Writes {@code epochMillis} as UTCTimestamp text; see {@link #formatNanos}. */
    public static int formatMillis(final long epochMillis, final boolean withMillis, final MutableDirectBuffer buffer,
        final int offset)
    {
        return format(Math.floorDiv(epochMillis, 1000L), (int)Math.floorMod(epochMillis, 1000L), withMillis, buffer,
            offset);
    }

    /** Parses UTCTimestamp text into epoch nanoseconds, or {@link #MALFORMED}. */
    public static long parseNanos(final DirectBuffer buffer, final int offset, final int length)
    {
        final long seconds = parseSeconds(buffer, offset, length, MIN_NANOS_YEAR, MAX_NANOS_YEAR);
        if (seconds == MALFORMED)
        {
            return MALFORMED;
        }
        return seconds * NANOS_PER_SECOND + fractionNanos(buffer, offset, length);
    }

    /** Parses UTCTimestamp text into epoch milliseconds (fraction truncated), or {@link #MALFORMED}. */
    public static long parseMillis(final DirectBuffer buffer, final int offset, final int length)
    {
        final long seconds = parseSeconds(buffer, offset, length, 0, 9999);
        if (seconds == MALFORMED)
        {
            return MALFORMED;
        }
        return seconds * 1000L + fractionNanos(buffer, offset, length) / NANOS_PER_MILLI;
    }

    private static int format(final long epochSeconds, final int millis, final boolean withMillis,
        final MutableDirectBuffer buffer, final int offset)
    {
        final long days = Math.floorDiv(epochSeconds, SECONDS_PER_DAY);
        final int secondOfDay = (int)Math.floorMod(epochSeconds, SECONDS_PER_DAY);
        // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
        final long z = days + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long dayOfEra = z - era * 146_097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final int day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        final int month = (int)(mp < 10 ? mp + 3 : mp - 9);
        final int year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

        putDigits(buffer, offset, year, 4);
        putDigits(buffer, offset + 4, month, 2);
        putDigits(buffer, offset + 6, day, 2);
        buffer.putByte(offset + 8, (byte)'-');
        putDigits(buffer, offset + 9, secondOfDay / 3600, 2);
        buffer.putByte(offset + 11, (byte)':');
        putDigits(buffer, offset + 12, (secondOfDay / 60) % 60, 2);
        buffer.putByte(offset + 14, (byte)':');
        putDigits(buffer, offset + 15, secondOfDay % 60, 2);
        if (!withMillis)
        {
            return SECONDS_LENGTH;
        }
        buffer.putByte(offset + 17, (byte)'.');
        putDigits(buffer, offset + 18, millis, 3);
        return MILLIS_LENGTH;
    }

    private static void putDigits(final MutableDirectBuffer buffer, final int offset, final int value, final int width)
    {
        int v = value;
        for (int i = offset + width - 1; i >= offset; i--)
        {
            buffer.putByte(i, (byte)('0' + v % 10));
            v /= 10;
        }
    }

    private static long parseSeconds(final DirectBuffer buffer, final int offset, final int length,
        final int minYear, final int maxYear)
    {
        if (length != SECONDS_LENGTH && length != MILLIS_LENGTH && length != SECONDS_LENGTH + 7 &&
            length != SECONDS_LENGTH + 10)
        {
            return MALFORMED;
        }
        if (buffer.getByte(offset + 8) != '-' || buffer.getByte(offset + 11) != ':' ||
            buffer.getByte(offset + 14) != ':' || (length > SECONDS_LENGTH && buffer.getByte(offset + 17) != '.'))
        {
            return MALFORMED;
        }
        final int year = digits(buffer, offset, 4);
        final int month = digits(buffer, offset + 4, 2);
        final int day = digits(buffer, offset + 6, 2);
        final int hour = digits(buffer, offset + 9, 2);
        final int minute = digits(buffer, offset + 12, 2);
        final int second = digits(buffer, offset + 15, 2);
        if (year < minYear || year > maxYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 60 || hour < 0 || minute < 0 || second < 0)
        {
            return MALFORMED;
        }
        if (length > SECONDS_LENGTH && digits(buffer, offset + 18, length - 18) < 0)
        {
            return MALFORMED;
        }
        return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    }

    /** The fraction of a second of well-formed text, in nanoseconds. */
    private static long fractionNanos(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length == SECONDS_LENGTH)
        {
            return 0;
        }
        final int fractionDigits = length - 18;
        long fraction = digits(buffer, offset + 18, fractionDigits);
        for (int i = fractionDigits; i < 9; i++)
        {
            fraction *= 10;
        }
        return fraction;
    }

    /** The value of {@code count} (at most 9) decimal digits, or -1 if any is not a digit. */
    private static int digits(final DirectBuffer buffer, final int offset, final int count)
    {
        int value = 0;
        for (int i = offset, end = offset + count; i < end; i++)
        {
            final int d = buffer.getByte(i) - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(final int year, final int month)
    {
        if (month == 2)
        {
            final boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static long daysFromCivil(final int year, final int month, final int day)
    {
        final long y = month <= 2 ? year - 1 : year;
        final long era = Math.floorDiv(y, 400);
        final long yearOfEra = y - era * 400;
        final long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
