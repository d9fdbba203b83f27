package com.guishen.gscx.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.events.kafka.FillRecord;

import java.io.IOException;

/**
 * Reads a {@code gscx.fills} record value strictly: every field the ledger needs must be there,
 * with the right type, and the money must be non-negative decimal strings whose notional is
 * price x quantity x deliveryHours. Anything else is a {@link RejectedRecordException} naming
 * the first problem.
 */
public final class FillReader
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Fill read(final byte[] value)
    {
        if (value == null)
        {
            throw new RejectedRecordException("empty record (no value)");
        }
        final JsonNode node;
        try
        {
            node = MAPPER.readTree(value);
        }
        catch (final JsonProcessingException ex)
        {
            throw new RejectedRecordException("not JSON: " + ex.getOriginalMessage());
        }
        catch (final IOException ex)
        {
            throw new RejectedRecordException("not JSON: " + ex.getMessage());
        }
        if (node == null || !node.isObject())
        {
            throw new RejectedRecordException("not a JSON object");
        }
        final String type = text(node, "type");
        if (!FillRecord.TYPE.equals(type))
        {
            throw new RejectedRecordException("unknown type '" + type + "' (this ledger books " + FillRecord.TYPE + ")");
        }
        final long schemaVersion = whole(node, "schemaVersion");
        if (schemaVersion != EventJson.SCHEMA_VERSION)
        {
            throw new RejectedRecordException("unsupported schemaVersion " + schemaVersion + " (this ledger reads " +
                EventJson.SCHEMA_VERSION + ")");
        }
        final long engineSeq = whole(node, "engineSeq");
        final long time = whole(node, "timestamp");
        final long tradeId = whole(node, "tradeId");
        final String symbol = text(node, "symbol");
        final long price = money(node, "price");
        final long quantity = whole(node, "quantity");
        final long hours = whole(node, "deliveryHours");
        final long notional = money(node, "notional");
        final String buyer = text(node, "buyer");
        final String seller = text(node, "seller");
        final String aggressor = text(node, "aggressor");
        if (tradeId <= 0)
        {
            throw new RejectedRecordException("tradeId must be > 0, got " + tradeId);
        }
        if (price <= 0 || quantity <= 0 || hours <= 0 || hours > Integer.MAX_VALUE)
        {
            throw new RejectedRecordException("price, quantity and deliveryHours must be > 0, got price " +
                FixedPoint.toString(price) + ", quantity " + quantity + ", deliveryHours " + hours);
        }
        final long expected = FixedPoint.notional(price, quantity, hours);
        if (expected == Long.MAX_VALUE)
        {
            throw new RejectedRecordException("notional of price " + FixedPoint.toString(price) + " x quantity " +
                quantity + " x deliveryHours " + hours + " does not fit");
        }
        if (notional != expected)
        {
            throw new RejectedRecordException("notional " + FixedPoint.toString(notional) + " is not price x quantity x " +
                "deliveryHours = " + FixedPoint.toString(expected));
        }
        if (!aggressor.equals("B") && !aggressor.equals("S"))
        {
            throw new RejectedRecordException("aggressor must be B or S, got '" + aggressor + "'");
        }
        return new Fill(tradeId, engineSeq, time, symbol, price, quantity, (int)hours, notional, buyer, seller,
            aggressor.equals("B"));
    }

    private static String text(final JsonNode node, final String field)
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

    private static long whole(final JsonNode node, final String field)
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

    /** Money is a decimal string (never a JSON number, which readers may turn into a double). */
    private static long money(final JsonNode node, final String field)
    {
        final String text = text(node, field);
        final byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final long value = FixedPoint.parse(bytes, 0, bytes.length);
        if (value == FixedPoint.MALFORMED)
        {
            throw new RejectedRecordException(field + " is not a decimal number: '" + text + "'");
        }
        if (value == FixedPoint.TOO_PRECISE)
        {
            throw new RejectedRecordException(field + " has more than " + FixedPoint.SCALE + " decimals: '" + text + "'");
        }
        if (value < 0)
        {
            throw new RejectedRecordException(field + " must not be negative, got '" + text + "'");
        }
        return value;
    }
}
