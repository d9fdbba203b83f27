package com.guishen.gscx.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * Reading one field of a Kafka record the ledger books, the same way on both paths of its readers
 * ({@link FillReader}, {@link SettlementEventReader}): the streaming fast path, which leaves anything
 * it is not sure of to the tree path by throwing {@link #NOT_ON_THE_FAST_PATH}, and the tree path,
 * which names the first problem.
 */
final class RecordFields
{
    /** Thrown, without a stack trace, where the fast path leaves a record to the tree path. */
    static final RejectedRecordException NOT_ON_THE_FAST_PATH = new RejectedRecordException("not on the fast path");

    private RecordFields()
    {
    }

    /** A non-empty string value as the tree path accepts it; anything else throws, and the tree path decides. */
    static String string(final JsonParser parser, final JsonToken token) throws IOException
    {
        final String text = token == JsonToken.VALUE_STRING ? parser.getText() : "";
        if (text.isEmpty())
        {
            throw NOT_ON_THE_FAST_PATH;
        }
        return text;
    }

    /** A whole number that fits a long, as the tree path accepts it; anything else throws, and the tree path decides. */
    static long whole(final JsonParser parser, final JsonToken token) throws IOException
    {
        if (token != JsonToken.VALUE_NUMBER_INT)
        {
            throw NOT_ON_THE_FAST_PATH;
        }
        final JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG)
        {
            throw NOT_ON_THE_FAST_PATH;
        }
        return parser.getLongValue();
    }

    /**
     * Whether a field the ledger does not read is one the fast path may pass over: a scalar, decoded
     * as the tree decodes it (so malformed text fails here too). Nested values go the tree path.
     */
    static boolean scalarAsTheTreeReadsIt(final JsonParser parser, final JsonToken token) throws IOException
    {
        if (token == null || token.isStructStart())
        {
            return false;
        }
        if (token == JsonToken.VALUE_STRING)
        {
            parser.getTextLength();
        }
        else if (token == JsonToken.VALUE_NUMBER_INT)
        {
            parser.getNumberType();
        }
        return true;
    }

    static String text(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull())
        {
            throw new RejectedRecordException("missing field " + field);
        }
        if (!value.isTextual() || value.asText().isEmpty())
        {
            throw new RejectedRecordException(field + " must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    static long whole(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull())
        {
            throw new RejectedRecordException("missing field " + field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong())
        {
            throw new RejectedRecordException(field + " must be a whole number, got " + value);
        }
        return value.asLong();
    }
}
