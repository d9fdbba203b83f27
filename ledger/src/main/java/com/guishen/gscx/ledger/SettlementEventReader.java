package com.guishen.gscx.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a {@code gscx.settlement} record value strictly. Records of the types that move no money
 * (delivery decisions, closed cycles, instructions) read as null; a settlement event must have
 * every field, a known kind, an event id that matches kind and trade, and a positive decimal-string
 * amount, or it is a {@link RejectedRecordException} naming the first problem.
 */
public final class SettlementEventReader
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> WITHOUT_MONEY = Set.of("DELIVERY_DECIDED", "CYCLE_CLOSED", "SETTLEMENT_INSTRUCTION");

    /** The event, or null for a record that moves no money. */
    public SettlementEvent read(final byte[] value)
    {
        final JsonNode node;
        try
        {
            node = value == null ? null : MAPPER.readTree(value);
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
        if (WITHOUT_MONEY.contains(type))
        {
            return null;
        }
        if (!SettlementEvent.TYPE.equals(type))
        {
            throw new RejectedRecordException("unknown type '" + type + "' on the settlement topic");
        }
        if (whole(node, "schemaVersion") != EventJson.SCHEMA_VERSION)
        {
            throw new RejectedRecordException("unsupported schemaVersion " + node.get("schemaVersion") +
                " (this ledger reads " + EventJson.SCHEMA_VERSION + ")");
        }
        final String kindText = text(node, "kind");
        final EntryKind kind;
        switch (kindText)
        {
            case "ESCROW_RELEASE" -> kind = EntryKind.ESCROW_RELEASE;
            case "REFUND" -> kind = EntryKind.REFUND;
            case "PENALTY" -> kind = EntryKind.PENALTY;
            default -> throw new RejectedRecordException("unknown settlement kind '" + kindText + "'");
        }
        final long tradeId = whole(node, "tradeId");
        final String eventId = text(node, "eventId");
        final String expectedId = (kind == EntryKind.ESCROW_RELEASE ? "RELEASE" : kind.name()) + "/" + tradeId;
        if (!eventId.equals(expectedId))
        {
            throw new RejectedRecordException("eventId " + eventId + " is not " + expectedId);
        }
        final JsonNode fill = node.get("fill");
        if (fill == null || !fill.isObject())
        {
            throw new RejectedRecordException("missing field fill");
        }
        final String amountText = text(node, "amount");
        final byte[] bytes = amountText.getBytes(StandardCharsets.US_ASCII);
        final long amount = FixedPoint.parse(bytes, 0, bytes.length);
        if (amount == FixedPoint.MALFORMED || amount == FixedPoint.TOO_PRECISE || amount <= 0)
        {
            throw new RejectedRecordException("amount must be a decimal > 0 with at most 4 decimals, got '" + amountText + "'");
        }
        return new SettlementEvent(eventId, kind, whole(node, "time"), tradeId, text(fill, "topic"),
            (int)whole(fill, "partition"), whole(fill, "offset"), text(node, "buyer"), text(node, "provider"), amount);
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
}
