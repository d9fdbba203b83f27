package com.guishen.gscx.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.ledger.EntryCodec;
import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.JournalEntry;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of malformed {@code gscx.fills} record, through a real broker: each ends in
 * {@code gscx.ledger.rejects} with its reason, nothing is posted for it, and the good records
 * around it are booked and published to {@code gscx.ledger}.
 */
class LedgerBadRecordsTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void malformedRecordsAreRejectedWithTheirReasonAndTheLedgerKeepsGoing() throws Exception
    {
        final String good = LedgerFills.json(2, "qianyun", "gy-hpc", "16.00", 10, "S");
        final List<String> fills = List.of(
            LedgerFills.json(1, "szai-lab", "guian-dc", "15.50", 3, "B"),
            "this is not JSON",
            good.replace("\"FILL\"", "\"TRADE\""),
            good.replace("\"schemaVersion\":1", "\"schemaVersion\":9"),
            good.replace("\"seller\":\"gy-hpc\",", ""),
            good.replace("\"16.00\"", "\"-16.00\""),
            good.replace("\"3840.0000\"", "\"3840,00\""),
            good,
            LedgerFills.json(3, "nobody", "gy-hpc", "16.00", 1, "B"),
            LedgerFills.json(4, "sz-medimg", "guian-dc", "30.00", 800, "B"),   // 576,000 > its 500,000 deposit
            LedgerFills.json(1, "szai-lab", "guian-dc", "15.50", 3, "B"),      // fill 1 again: a duplicate
            LedgerFills.json(5, "sz-render", "guian-dc", "15.25", 8, "S"));

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(root.resolve("kafka"), 0, 0))
        {
            final String kafka = broker.bootstrapServers();
            final LedgerSettings settings = LedgerSettings.of(root.resolve("ledger"), kafka, MARKET.kafka().topics());
            KafkaTopics.create(kafka, List.of(new NewTopic("gscx.fills", 1, (short)1),
                new NewTopic("gscx.ledger", 1, (short)1), new NewTopic("gscx.ledger.rejects", 1, (short)1)),
                Duration.ofSeconds(30));
            KafkaTestClients.produce(kafka, "gscx.fills", fills);

            try (BookingService service = BookingService.start(settings, MARKET))
            {
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() ->
                {
                    service.doWork();
                    return service.bookkeeper().ledger().nextOffset("gscx.fills", 0) == fills.size();
                });
                assertEquals(FixedPoint.parse("2928"), service.bookkeeper().ledger().balances().balance("sz-render.escrow"),
                    "the good record after the bad ones is booked");
            }

            final List<JsonNode> rejects = new ArrayList<>();
            for (final String value : KafkaTestClients.read(kafka, "gscx.ledger.rejects"))
            {
                rejects.add(JSON.readTree(value));
            }
            assertEquals(List.of(
                    "REJECTED 1 not JSON",
                    "REJECTED 2 unknown type 'TRADE' (this ledger books FILL)",
                    "REJECTED 3 unsupported schemaVersion 9 (this ledger reads 1)",
                    "REJECTED 4 missing field seller",
                    "REJECTED 5 price must not be negative, got '-16.00'",
                    "REJECTED 6 notional is not a decimal number: '3840,00'",
                    "REJECTED 8 buyer 'nobody' is not a configured participant",
                    "ALERT 9 FILL/4: sz-medimg.cash would go from 500000.0000 to -76000.0000 (it may not go below 0)"),
                rejects.stream().map(reject -> reject.get("outcome").asText() + " " + reject.at("/source/offset").asLong() +
                    " " + shortReason(reject.get("reason").asText())).toList());
            assertEquals("this is not JSON", rejects.get(0).get("value").asText(), "the record itself goes with its reason");

            final List<String> booked = KafkaTestClients.read(kafka, "gscx.ledger").stream()
                .map(value -> EntryCodec.fromJson(value.getBytes(StandardCharsets.UTF_8)))
                .map(JournalEntry::source).map(source -> source.eventId()).toList();
            assertEquals(List.of("DEPOSIT/szai-lab", "DEPOSIT/sz-render", "DEPOSIT/sz-medimg", "DEPOSIT/qianyun",
                "FILL/1", "FILL/2", "FILL/5"), booked, "every entry published once, the duplicate not booked");
        }
        assertEquals("OK 7 entries, trial balance 0", ExportVerifier.verifyJournal(root.resolve("ledger")).message());
    }

    /** Jackson's message after "not JSON" names the parser's position: keep the stable start. */
    private static String shortReason(final String reason)
    {
        return reason.startsWith("not JSON") ? "not JSON" : reason;
    }
}
