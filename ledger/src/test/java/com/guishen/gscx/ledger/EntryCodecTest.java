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
}
