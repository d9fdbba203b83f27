package com.guishen.gscx.engine.publisher;

import com.guishen.gscx.events.AsciiNumbers;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;

import java.util.Arrays;

/**
 * Writes one JSON object at a time into a reused buffer, field by field, in the exact form
 * Jackson gives the records of {@code events.kafka} (same field order, absent fields left out),
 * without Strings or reflection: the publisher builds hundreds of thousands of records a second.
 */
final class JsonRecordWriter
{
    private byte[] buffer = new byte[512];
    private int length;
    private boolean first;

    JsonRecordWriter begin()
    {
        length = 0;
        first = true;
        put('{');
        return this;
    }

    /** The object so far, closed, as a new array (the one allocation a record needs). */
    byte[] end()
    {
        put('}');
        return Arrays.copyOf(buffer, length);
    }

    JsonRecordWriter number(final String name, final long value)
    {
        name(name);
        if (value < 0)
        {
            put('-');
            ensure(20);
            length += AsciiNumbers.formatLong(-value, buffer, length);
        }
        else
        {
            ensure(20);
            length += AsciiNumbers.formatLong(value, buffer, length);
        }
        return this;
    }

    JsonRecordWriter text(final String name, final String value)
    {
        name(name);
        ensure(2 * value.length() + 2);
        buffer[length++] = '"';
        for (int i = 0; i < value.length(); i++)
        {
            escaped((byte)value.charAt(i));
        }
        buffer[length++] = '"';
        return this;
    }

    JsonRecordWriter text(final String name, final byte[] value, final int valueLength)
    {
        name(name);
        ensure(2 * valueLength + 2);
        buffer[length++] = '"';
        for (int i = 0; i < valueLength; i++)
        {
            escaped(value[i]);
        }
        buffer[length++] = '"';
        return this;
    }

    JsonRecordWriter decimal(final String name, final long value, final int decimals)
    {
        name(name);
        put('"');
        ensure(24);
        length += FixedPoint.format(value, decimals, buffer, length);
        put('"');
        return this;
    }

    private final byte[] clOrdId = new byte[ClOrdId.MAX_LENGTH];

    JsonRecordWriter clOrdId(final String name, final long high, final long low)
    {
        return text(name, clOrdId, ClOrdId.unpack(high, low, clOrdId, 0));
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the names are ASCII literals
    private void name(final String name)
    {
        ensure(name.length() + 4);
        if (!first)
        {
            buffer[length++] = ',';
        }
        first = false;
        buffer[length++] = '"';
        name.getBytes(0, name.length(), buffer, length);
        length += name.length();
        buffer[length++] = '"';
        buffer[length++] = ':';
    }

    /** Identifiers are printable ASCII: only the quote and the backslash need escaping (room already ensured). */
    private void escaped(final byte b)
    {
        if (b == '"' || b == '\\')
        {
            buffer[length++] = '\\';
        }
        buffer[length++] = b;
    }

    private void put(final char c)
    {
        ensure(1);
        buffer[length++] = (byte)c;
    }

    private void ensure(final int more)
    {
        if (length + more > buffer.length)
        {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
