package com.guishen.gscx.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canonical encoding the hash chain covers, written exactly, and read back whatever the strings hold. */
class EntryCodecTest
{
    private final HashChain chain = new HashChain();

    @Test
    void theCanonicalEncodingIsTheEntryJsonWithoutItsHash()
    {
        final JournalEntry entry = chain.seal(5, 1_764_300_000_000_001_000L, EntryKind.FILL,
            new EntrySource("gscx.fills", 0, 0, "FILL/1"),
            List.of(Posting.credit("szai-lab.cash", 11_160_000), Posting.debit("szai-lab.escrow", 11_160_000)),
            JournalEntry.GENESIS_HASH);
        final String content = "{\"type\":\"LEDGER_ENTRY\",\"schemaVersion\":1,\"entryId\":5,\"time\":1764300000000001000," +
            "\"kind\":\"FILL\",\"source\":{\"topic\":\"gscx.fills\",\"partition\":0,\"offset\":0,\"eventId\":\"FILL/1\"}," +
            "\"postings\":[{\"account\":\"szai-lab.cash\",\"side\":\"CREDIT\",\"amount\":\"1116.0000\"}," +
            "{\"account\":\"szai-lab.escrow\",\"side\":\"DEBIT\",\"amount\":\"1116.0000\"}]," +
            "\"prevHash\":\"" + JournalEntry.GENESIS_HASH + "\"}";
        assertEquals(content, new String(EntryCodec.content(entry), StandardCharsets.UTF_8));
        assertEquals(content.substring(0, content.length() - 1) + ",\"hash\":\"" + entry.hash() + "\"}",
            new String(EntryCodec.toJson(entry), StandardCharsets.UTF_8));
        assertEquals(64, entry.hash().length());
    }

    @Test
    void stringsWithQuotesBackslashesAndControlCharactersComeBackAsTheyWere()
    {
        final JournalEntry entry = chain.seal(1, 0, EntryKind.OPENING_DEPOSIT,
            new EntrySource("config", 0, 3, "DEPOSIT/\"odd\\name\"\n\t\u0001 \u00e9"),
            List.of(Posting.debit("Ä\"cash", 1), Posting.credit("x\\y", 1)), JournalEntry.GENESIS_HASH);
        assertEquals(entry, EntryCodec.fromJson(EntryCodec.toJson(entry)));
    }

    @Test
    void theEncodingIsByteForByteTheOneTheJournalsWereWrittenWith()
    {
        final java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        final String[] texts = {"gscx.fills", "FILL/42", "szai-lab.cash", "", "\"", "\\", "\u0000\u001f\u007f", "\u00e9t\u00e9",
            "\ud83d\ude00", "\ud83d", "x\ude00y", "\n\r\t\b\f", "\u4e2d\u6587.cash"};
        for (int i = 0; i < 2_000; i++)
        {
            final List<Posting> postings = new java.util.ArrayList<>();
            for (int p = 0, n = 2 + random.nextInt(5); p < n; p++)
            {
                postings.add(new Posting(texts[random.nextInt(texts.length)] + p, random.nextBoolean() ? Side.DEBIT : Side.CREDIT,
                    random.nextBoolean() ? 1 + random.nextLong(Long.MAX_VALUE - 1) : 1 + random.nextInt(1_000_000)));
            }
            final JournalEntry entry = chain.seal(random.nextBoolean() ? random.nextLong() : random.nextInt(1000),
                random.nextInt(3) == 0 ? Long.MIN_VALUE : random.nextLong(), EntryKind.values()[random.nextInt(EntryKind.values().length)],
                new EntrySource(texts[random.nextInt(texts.length)], random.nextInt(), random.nextLong(), texts[random.nextInt(texts.length)]),
                postings, i % 2 == 0 ? JournalEntry.GENESIS_HASH : texts[random.nextInt(texts.length)]);
            assertEquals(new String(reference(entry, false), StandardCharsets.ISO_8859_1),
                new String(EntryCodec.content(entry), StandardCharsets.ISO_8859_1));
            assertEquals(new String(reference(entry, true), StandardCharsets.ISO_8859_1),
                new String(EntryCodec.toJson(entry), StandardCharsets.ISO_8859_1));
            assertEquals(java.util.HexFormat.of().formatHex(sha256(reference(entry, false))), entry.hash());
        }
    }

    private static byte[] sha256(final byte[] bytes)
    {
        try
        {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (final java.security.NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    /** The encoder every journal before the streaming rewrite was written with, kept as the reference. */
    private static byte[] reference(final JournalEntry entry, final boolean withHash)
    {
        final StringBuilder json = new StringBuilder();
        json.append("{\"type\":\"").append(EntryCodec.TYPE).append("\",\"schemaVersion\":").append(1)
            .append(",\"entryId\":").append(entry.entryId())
            .append(",\"time\":").append(entry.time())
            .append(",\"kind\":\"").append(entry.kind().name())
            .append("\",\"source\":{\"topic\":");
        string(json, entry.source().topic());
        json.append(",\"partition\":").append(entry.source().partition())
            .append(",\"offset\":").append(entry.source().offset())
            .append(",\"eventId\":");
        string(json, entry.source().eventId());
        json.append("},\"postings\":[");
        for (int i = 0; i < entry.postings().size(); i++)
        {
            final Posting posting = entry.postings().get(i);
            json.append(i == 0 ? "{\"account\":" : ",{\"account\":");
            string(json, posting.account());
            json.append(",\"side\":\"").append(posting.side().name())
                .append("\",\"amount\":\"").append(EntryCodec.amountText(posting.amount())).append("\"}");
        }
        json.append("],\"prevHash\":");
        string(json, entry.prevHash());
        if (withHash)
        {
            json.append(",\"hash\":");
            string(json, entry.hash());
        }
        json.append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void string(final StringBuilder json, final String text)
    {
        json.append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default ->
                {
                    if (c < 0x20)
                    {
                        json.append("\\u00").append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
                    }
                    else
                    {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
