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

    /** The engineSeq of any gscx record (cold path, for resuming). */
    public static long engineSeq(final byte[] bytes)
    {
        try
        {
            return MAPPER.readTree(bytes).path("engineSeq").asLong(-1);
        }
        catch (final IOException ex)
        {
            return -1;
        }
    }
}
