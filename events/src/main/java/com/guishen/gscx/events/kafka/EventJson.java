package com.guishen.gscx.events.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapping of every Kafka record gscx writes or reads. */
public final class EventJson
{
    /** The version of the record layouts in this package; readers reject newer majors. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private EventJson()
    {
    }

    public static byte[] toBytes(final Object record)
    {
        try
        {
            return MAPPER.writeValueAsBytes(record);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads a record; throws {@link IllegalArgumentException} naming the problem for bytes that are not one. */
    public static <T> T fromBytes(final byte[] bytes, final Class<T> type)
    {
        try
        {
            return MAPPER.readValue(bytes, type);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + ex.getMessage(), ex);
        }
    }

    private static final byte[] ENGINE_SEQ_FIELD = "\"engineSeq\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * The engineSeq of a gscx record, or -1 if it has none: a scan for the field rather than a
     * parse, since resuming reads back many records (gscx writes the field once, as a number).
     */
    public static long engineSeq(final byte[] bytes)
    {
        outer:
        for (int i = 0; i <= bytes.length - ENGINE_SEQ_FIELD.length; i++)
        {
            for (int j = 0; j < ENGINE_SEQ_FIELD.length; j++)
            {
                if (bytes[i + j] != ENGINE_SEQ_FIELD[j])
                {
                    continue outer;
                }
            }
            long value = 0;
            int k = i + ENGINE_SEQ_FIELD.length;
            if (k >= bytes.length || bytes[k] < '0' || bytes[k] > '9')
            {
                return -1;
            }
            while (k < bytes.length && bytes[k] >= '0' && bytes[k] <= '9')
            {
                value = value * 10 + (bytes[k++] - '0');
            }
            return value;
        }
        return -1;
    }
}
