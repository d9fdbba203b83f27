package com.guishen.gscx.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.io.IOException;

import static com.guishen.gscx.ledger.RecordFields.scalarAsTheTreeReadsIt;
import static com.guishen.gscx.ledger.RecordFields.string;
import static com.guishen.gscx.ledger.RecordFields.text;
import static com.guishen.gscx.ledger.RecordFields.whole;
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
    private static final JsonFactory JSON = MAPPER.getFactory();
    /** What the fast path returns for a record that moves no money. */
    private static final SettlementEvent MOVES_NO_MONEY = new SettlementEvent("", EntryKind.FILL, 0, 0, "", 0, 0, "", "", 0);
    private static final Set<String> WITHOUT_MONEY = Set.of("DELIVERY_DECIDED", "CYCLE_CLOSED", "SETTLEMENT_INSTRUCTION");

    /** The event, or null for a record that moves no money. */
    public SettlementEvent read(final byte[] value)
    {
        final SettlementEvent event = value == null ? null : readStreaming(value);
        if (event == MOVES_NO_MONEY)
        {
            return null;
        }
        return event != null ? event : readTree(value);
    }

    /**
     * The fast path: one pass of a streaming parser. It returns the event only for a record that
     * passes every check of {@link #readTree}, {@link #MOVES_NO_MONEY} for a record of a type without
     * money, and null for anything else (the tree path then names the first problem, as it always has).
     */
    private static SettlementEvent readStreaming(final byte[] value)
    {
        String type = null;
        String kindText = null;
        String eventId = null;
        String amountText = null;
        String buyer = null;
        String provider = null;
        String fillTopic = null;
        long schemaVersion = 0;
        long tradeId = 0;
        long time = 0;
        long fillPartition = 0;
        long fillOffset = 0;
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
                    case "kind" -> kindText = string(parser, token);
                    case "eventId" -> eventId = string(parser, token);
                    case "amount" -> amountText = string(parser, token);
                    case "buyer" -> buyer = string(parser, token);
                    case "provider" -> provider = string(parser, token);
                    case "schemaVersion" ->
                    {
                        schemaVersion = whole(parser, token);
                        wholes |= 1;
                    }
                    case "tradeId" ->
                    {
                        tradeId = whole(parser, token);
                        wholes |= 2;
                    }
                    case "time" ->
                    {
                        time = whole(parser, token);
                        wholes |= 4;
                    }
                    case "fill" ->
                    {
                        if (token != JsonToken.START_OBJECT)
                        {
                            return null;
                        }
                        fillTopic = null; // a repeated field replaces the one before, as in the tree
                        wholes &= ~(8 | 16);
                        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME)
                        {
                            final String fillField = parser.currentName();
                            token = parser.nextToken();
                            switch (fillField)
                            {
                                case "topic" -> fillTopic = string(parser, token);
                                case "partition" ->
                                {
                                    fillPartition = whole(parser, token);
                                    wholes |= 8;
                                }
                                case "offset" ->
                                {
                                    fillOffset = whole(parser, token);
                                    wholes |= 16;
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
        if (type != null && WITHOUT_MONEY.contains(type))
        {
            return MOVES_NO_MONEY;
        }
        if (wholes != 31 || !SettlementEvent.TYPE.equals(type) || schemaVersion != EventJson.SCHEMA_VERSION ||
            kindText == null || eventId == null || amountText == null || buyer == null || provider == null ||
            fillTopic == null)
        {
            return null;
        }
        final EntryKind kind;
        switch (kindText)
        {
            case "ESCROW_RELEASE" -> kind = EntryKind.ESCROW_RELEASE;
            case "REFUND" -> kind = EntryKind.REFUND;
            case "PENALTY" -> kind = EntryKind.PENALTY;
            default ->
            {
                return null;
            }
        }
        if (!eventId.equals(expectedId(kind, tradeId)))
        {
            return null;
        }
        final byte[] bytes = amountText.getBytes(StandardCharsets.US_ASCII);
        final long amount = FixedPoint.parse(bytes, 0, bytes.length);
        if (amount == FixedPoint.MALFORMED || amount == FixedPoint.TOO_PRECISE || amount <= 0)
        {
            return null;
        }
        return new SettlementEvent(eventId, kind, time, tradeId, fillTopic, (int)fillPartition, fillOffset, buyer,
            provider, amount);
    }

    private static String expectedId(final EntryKind kind, final long tradeId)
    {
        return (kind == EntryKind.ESCROW_RELEASE ? "RELEASE" : kind.name()) + "/" + tradeId;
    }

    /** The slow path, for records the fast path declines: a tree, which names the first problem. */
    private static SettlementEvent readTree(final byte[] value)
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
        final String expectedId = expectedId(kind, tradeId);
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
}
