package com.guishen.gscx.settlement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads settlement's inputs strictly: {@code gscx.fills} records and {@code gscx.deliveries}
 * records (confirmations, failures and clock ticks). Anything else is a {@link RejectedInputException}
 * naming the first problem. Money and unit-hours are decimal strings, never JSON numbers.
 */
final class InputReader
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A {@code gscx.deliveries} record: a confirmation, a failure, or a clock tick (both null). */
    record DeliveryRecord(long time, DeliveryConfirmation confirmation, DeliveryFailure failure)
    {
    }

    FillInput fill(final byte[] value)
    {
        final JsonNode node = object(value);
        header(node, "FILL");
        final long time = whole(node, "timestamp");
        final long tradeId = whole(node, "tradeId");
        final String symbol = text(node, "symbol");
        final long price = decimal(node, "price");
        final long quantity = whole(node, "quantity");
        final long hours = whole(node, "deliveryHours");
        final long notional = decimal(node, "notional");
        final String buyer = text(node, "buyer");
        final String seller = text(node, "seller");
        if (tradeId <= 0)
        {
            throw new RejectedInputException("tradeId must be > 0, got " + tradeId);
        }
        if (price <= 0 || quantity <= 0 || hours <= 0 || hours > 100_000)
        {
            throw new RejectedInputException("price, quantity and deliveryHours must be > 0, got price " +
                FixedPoint.toString(price) + ", quantity " + quantity + ", deliveryHours " + hours);
        }
        final long expected = FixedPoint.notional(price, quantity, hours);
        if (expected == Long.MAX_VALUE)
        {
            throw new RejectedInputException("notional of price " + FixedPoint.toString(price) + " x quantity " +
                quantity + " x deliveryHours " + hours + " does not fit");
        }
        if (notional != expected)
        {
            throw new RejectedInputException("notional " + FixedPoint.toString(notional) + " is not price x quantity x " +
                "deliveryHours = " + FixedPoint.toString(expected));
        }
        return new FillInput(tradeId, time, symbol, quantity, (int)hours, notional, buyer, seller);
    }

    DeliveryRecord delivery(final byte[] value)
    {
        final JsonNode node = object(value);
        final String type = text(node, "type");
        if (DeliveryConfirmation.CLOCK_TYPE.equals(type))
        {
            schemaVersion(node);
            return new DeliveryRecord(whole(node, "time"), null, null);
        }
        if (DeliveryFailure.TYPE.equals(type))
        {
            schemaVersion(node);
            final long tradeId = tradeId(node);
            final String reportedBy = text(node, "reportedBy");
            final long time = whole(node, "time");
            final String reason = text(node, "reason");
            return new DeliveryRecord(time, null, new DeliveryFailure(tradeId, reportedBy, time, reason));
        }
        header(node, DeliveryConfirmation.TYPE);
        final String confirmationId = text(node, "confirmationId");
        final long tradeId = tradeId(node);
        final long unitHours = decimal(node, "deliveredUnitHours");
        if (unitHours <= 0)
        {
            throw new RejectedInputException("deliveredUnitHours must be > 0, got " + FixedPoint.toString(unitHours));
        }
        final String confirmedBy = text(node, "confirmedBy");
        final long time = whole(node, "time");
        final List<String> evidence = new ArrayList<>();
        final JsonNode list = node.get("evidence");
        if (list != null && !list.isNull())
        {
            if (!list.isArray())
            {
                throw new RejectedInputException("evidence must be a list of strings, got " + list);
            }
            for (final JsonNode item : list)
            {
                if (!item.isTextual())
                {
                    throw new RejectedInputException("evidence must be a list of strings, got " + list);
                }
                evidence.add(item.asText());
            }
        }
        return new DeliveryRecord(time, new DeliveryConfirmation(confirmationId, tradeId, unitHours, confirmedBy, time,
            evidence), null);
    }

    /** {@code "obligationId":"DO-42"} or {@code "tradeId":42}. */
    private static long tradeId(final JsonNode node)
    {
        final JsonNode obligation = node.get("obligationId");
        if (obligation != null && !obligation.isNull())
        {
            final String id = obligation.asText();
            if (!obligation.isTextual() || !id.matches("DO-[1-9][0-9]{0,17}"))
            {
                throw new RejectedInputException("obligationId must look like DO-42, got " + obligation);
            }
            return Long.parseLong(id.substring(3));
        }
        if (node.get("tradeId") == null)
        {
            throw new RejectedInputException("missing field obligationId (or tradeId)");
        }
        return whole(node, "tradeId");
    }

    private static JsonNode object(final byte[] value)
    {
        if (value == null)
        {
            throw new RejectedInputException("empty record (no value)");
        }
        final JsonNode node;
        try
        {
            node = MAPPER.readTree(value);
        }
        catch (final JsonProcessingException ex)
        {
            throw new RejectedInputException("not JSON: " + ex.getOriginalMessage());
        }
        catch (final IOException ex)
        {
            throw new RejectedInputException("not JSON: " + ex.getMessage());
        }
        if (node == null || !node.isObject())
        {
            throw new RejectedInputException("not a JSON object");
        }
        return node;
    }

    private static void header(final JsonNode node, final String expectedType)
    {
        final String type = text(node, "type");
        if (!expectedType.equals(type))
        {
            throw new RejectedInputException("unknown type '" + type + "' (expected " + expectedType + ")");
        }
        schemaVersion(node);
    }

    private static void schemaVersion(final JsonNode node)
    {
        final long schemaVersion = whole(node, "schemaVersion");
        if (schemaVersion != EventJson.SCHEMA_VERSION)
        {
            throw new RejectedInputException("unsupported schemaVersion " + schemaVersion + " (settlement reads " +
                EventJson.SCHEMA_VERSION + ")");
        }
    }

    private static String text(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull())
        {
            throw new RejectedInputException("missing field " + field);
        }
        if (!value.isTextual() || value.asText().isEmpty())
        {
            throw new RejectedInputException(field + " must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    private static long whole(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull())
        {
            throw new RejectedInputException("missing field " + field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong())
        {
            throw new RejectedInputException(field + " must be a whole number, got " + value);
        }
        return value.asLong();
    }

    private static long decimal(final JsonNode node, final String field)
    {
        final String text = text(node, field);
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        final long value = FixedPoint.parse(bytes, 0, bytes.length);
        if (value == FixedPoint.MALFORMED)
        {
            throw new RejectedInputException(field + " is not a decimal number: '" + text + "'");
        }
        if (value == FixedPoint.TOO_PRECISE)
        {
            throw new RejectedInputException(field + " has more than " + FixedPoint.SCALE + " decimals: '" + text + "'");
        }
        if (value < 0)
        {
            throw new RejectedInputException(field + " must not be negative, got '" + text + "'");
        }
        return value;
    }
}
