package com.guishen.gscx.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.events.kafka.FillRecord;

import java.io.IOException;

import static com.guishen.gscx.ledger.RecordFields.scalarAsTheTreeReadsIt;
import static com.guishen.gscx.ledger.RecordFields.string;
import static com.guishen.gscx.ledger.RecordFields.text;
import static com.guishen.gscx.ledger.RecordFields.whole;

/**
 * Reads a {@code gscx.fills} record value strictly: every field the ledger needs must be there,
 * with the right type, and the money must be non-negative decimal strings whose notional is
 * price x quantity x deliveryHours. Anything else is a {@link RejectedRecordException} naming
 * the first problem.
 */
public final class FillReader
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    public Fill read(final byte[] value)
    {
        if (value == null)
        {
            throw new RejectedRecordException("empty record (no value)");
        }
        final Fill fill = readStreaming(value);
        return fill != null ? fill : readTree(value);
    }

    /**
     * The fast path: one pass of a streaming parser over a record that has every field with the
     * right token type, the right type and schema version, and well-formed money. It returns null
     * (and {@link #readTree} then names the first problem, exactly as it always has) for anything
     * else, including what it is not sure it judges as the tree would (nested values, big numbers,
     * malformed JSON). The checks between fields are the same code on both paths.
     */
    private static Fill readStreaming(final byte[] value)
    {
        String type = null;
        String symbol = null;
        String buyer = null;
        String seller = null;
        String aggressor = null;
        String priceText = null;
        String notionalText = null;
        long schemaVersion = 0;
        long engineSeq = 0;
        long time = 0;
        long tradeId = 0;
        long quantity = 0;
        long hours = 0;
        int wholes = 0;
        try (JsonParser parser = JSON.createParser(value))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME)
            {
                final String field = parser.currentName();
                token = parser.nextToken();
                switch (field)
                {
                    case "type" -> type = string(parser, token);
                    case "symbol" -> symbol = string(parser, token);
                    case "buyer" -> buyer = string(parser, token);
                    case "seller" -> seller = string(parser, token);
                    case "aggressor" -> aggressor = string(parser, token);
                    case "price" -> priceText = string(parser, token);
                    case "notional" -> notionalText = string(parser, token);
                    case "schemaVersion" ->
                    {
                        schemaVersion = whole(parser, token);
                        wholes |= 1;
                    }
                    case "engineSeq" ->
                    {
                        engineSeq = whole(parser, token);
                        wholes |= 2;
                    }
                    case "timestamp" ->
                    {
                        time = whole(parser, token);
                        wholes |= 4;
                    }
                    case "tradeId" ->
                    {
                        tradeId = whole(parser, token);
                        wholes |= 8;
                    }
                    case "quantity" ->
                    {
                        quantity = whole(parser, token);
                        wholes |= 16;
                    }
                    case "deliveryHours" ->
                    {
                        hours = whole(parser, token);
                        wholes |= 32;
                    }
                    default ->
                    {
                        if (!scalarAsTheTreeReadsIt(parser, token))
                        {
                            return null;
                        }
                    }
                }
            }
            if (token != JsonToken.END_OBJECT)
            {
                return null;
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            return null; // malformed: the tree path names the problem
        }
        if (wholes != 63 || !FillRecord.TYPE.equals(type) || schemaVersion != EventJson.SCHEMA_VERSION || symbol == null ||
            buyer == null || seller == null || aggressor == null)
        {
            return null;
        }
        final long price = money(priceText);
        final long notional = money(notionalText);
        if (price < 0 || notional < 0)
        {
            return null;
        }
        return fill(engineSeq, time, tradeId, symbol, price, quantity, hours, notional, buyer, seller, aggressor);
    }

    /** A non-negative decimal string as fixed point; -1 when it is anything else (the tree path names the problem). */
    private static long money(final String text)
    {
        if (text == null)
        {
            return -1;
        }
        final byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final long value = FixedPoint.parse(bytes, 0, bytes.length);
        return value == FixedPoint.MALFORMED || value == FixedPoint.TOO_PRECISE ? -1 : value;
    }

    /** The slow path, for records the fast path declines: a tree, which names the first problem. */
    private static Fill readTree(final byte[] value)
    {
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
        return fill(engineSeq, time, tradeId, symbol, price, quantity, hours, notional, buyer, seller, aggressor);
    }

    /** The checks across fields, the same on both paths. */
    private static Fill fill(final long engineSeq, final long time, final long tradeId, final String symbol,
        final long price, final long quantity, final long hours, final long notional, final String buyer,
        final String seller, final String aggressor)
    {
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
