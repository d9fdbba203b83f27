package com.guishen.gscx.settlement.kafka;

import java.nio.charset.StandardCharsets;

/**
 * The time a record carries, found by scanning for its field instead of parsing the JSON (the
 * merge needs it for every record before settlement reads it): {@code "timestamp":} of a fill,
 * {@code "time":} of a deliveries record. -1 when there is none.
 */
final class RecordTime
{
    static final byte[] FILL_FIELD = "\"timestamp\":".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DELIVERY_FIELD = "\"time\":".getBytes(StandardCharsets.US_ASCII);

    private RecordTime()
    {
    }

    static long of(final byte[] value, final byte[] field)
    {
        if (value == null)
        {
            return -1;
        }
        outer:
        for (int i = 0; i <= value.length - field.length; i++)
        {
            for (int j = 0; j < field.length; j++)
            {
                if (value[i + j] != field[j])
                {
                    continue outer;
                }
            }
            int k = i + field.length;
            while (k < value.length && value[k] == ' ')
            {
                k++;
            }
            if (k >= value.length || value[k] < '0' || value[k] > '9')
            {
                return -1;
            }
            long time = 0;
            while (k < value.length && value[k] >= '0' && value[k] <= '9')
            {
                if (time > (Long.MAX_VALUE - 9) / 10)
                {
                    return -1; // does not fit: settlement rejects it when it reads it
                }
                time = time * 10 + (value[k++] - '0');
            }
            return time;
        }
        return -1;
    }
}
