package com.guishen.gscx.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON form of a journal entry: what the journal stores, {@code gscx.ledger} carries and
 * a JSON Lines export holds, one object per line:
 * <pre>
 * {"type":"LEDGER_ENTRY","schemaVersion":1,"entryId":7,"time":1764300000000000000,"kind":"FILL",
 *  "source":{"topic":"gscx.fills","partition":0,"offset":5,"eventId":"FILL/5"},
 *  "postings":[{"account":"szai-lab.cash","side":"CREDIT","amount":"1116.0000"}, ...],
 *  "prevHash":"...","hash":"..."}
 * </pre>
 * The <em>canonical encoding</em> that the hash covers is exactly this object without its
 * {@code hash} field: no whitespace, fields in the order above, amounts with 4 decimals.
 */
public final class EntryCodec
{
    public static final String TYPE = "LEDGER_ENTRY";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntryCodec()
    {
    }

    /** The canonical encoding: the bytes the entry's hash is computed over. */
    public static byte[] content(final JournalEntry entry)
    {
        final EntryEncoder encoder = new EntryEncoder();
        encoder.content(entry.entryId(), entry.time(), entry.kind(), entry.source(), entry.postings(), entry.prevHash());
        return encoder.toBytes();
    }

    /** The entry as JSON, hash included. */
    public static byte[] toJson(final JournalEntry entry)
    {
        final EntryEncoder encoder = new EntryEncoder();
        encoder.content(entry.entryId(), entry.time(), entry.kind(), entry.source(), entry.postings(), entry.prevHash());
        encoder.hash(entry.hash());
        return encoder.toBytes();
    }

    /** A fixed-point amount as it is written in entries: always 4 decimals. */
    public static String amountText(final long amount)
    {
        return FixedPoint.toString(amount, FixedPoint.SCALE);
    }

    /**
     * Reads an entry written by {@link #toJson}.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong.
     */
    public static JournalEntry fromJson(final byte[] json)
    {
        final JsonNode node;
        try
        {
            node = MAPPER.readTree(json);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("not JSON: " + ex.getMessage());
        }
        if (node == null || !node.isObject())
        {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!TYPE.equals(node.path("type").asText()))
        {
            throw new IllegalArgumentException("type must be " + TYPE + ", got " + node.path("type"));
        }
        final JsonNode source = node.path("source");
        final JsonNode postingNodes = node.path("postings");
        if (!postingNodes.isArray())
        {
            throw new IllegalArgumentException("postings must be a list");
        }
        final List<Posting> postings = new ArrayList<>(postingNodes.size());
        for (final JsonNode posting : postingNodes)
        {
            postings.add(new Posting(text(posting, "account"), side(text(posting, "side")),
                amount(text(posting, "amount"))));
        }
        return new JournalEntry(
            whole(node, "entryId"),
            whole(node, "time"),
            kind(text(node, "kind")),
            new EntrySource(text(source, "topic"), Math.toIntExact(whole(source, "partition")), whole(source, "offset"),
                text(source, "eventId")),
            postings,
            text(node, "prevHash"),
            text(node, "hash"));
    }

    static String text(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || !value.isTextual())
        {
            throw new IllegalArgumentException(field + " is missing or not a string");
        }
        return value.asText();
    }

    static long whole(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong())
        {
            throw new IllegalArgumentException(field + " is missing or not a whole number");
        }
        return value.asLong();
    }

    /** A decimal string as a positive fixed-point amount. */
    public static long amount(final String text)
    {
        final long amount;
        try
        {
            amount = FixedPoint.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("amount " + ex.getMessage());
        }
        if (amount <= 0)
        {
            throw new IllegalArgumentException("amount must be > 0, got '" + text + "'");
        }
        return amount;
    }

    public static Side side(final String text)
    {
        try
        {
            return Side.valueOf(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("side must be DEBIT or CREDIT, got '" + text + "'");
        }
    }

    public static EntryKind kind(final String text)
    {
        try
        {
            return EntryKind.valueOf(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("unknown entry kind '" + text + "'");
        }
    }
}
