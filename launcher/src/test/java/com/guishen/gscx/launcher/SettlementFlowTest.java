package com.guishen.gscx.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.ledger.Balances;
import com.guishen.gscx.ledger.EntryKind;
import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.JournalEntry;
import com.guishen.gscx.ledger.TrialBalance;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import com.guishen.gscx.settlement.CycleReport;
import com.guishen.gscx.settlement.SettlementCycle;
import com.guishen.gscx.settlement.kafka.SettlementService;
import com.guishen.gscx.settlement.kafka.SettlementServiceSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when", through a real broker: a cross-exchange fill goes fill -> escrow ->
 * confirmation -> release -> cycle -> instruction, a failed delivery goes to refund + penalty, the
 * ledger books all of it with a trial balance of 0 per exchange; a rebuild of settlement from the
 * topics gives the same cycles and instruction ids; the inspection commands show them.
 */
class SettlementFlowTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DAY_START = nanos("2026-12-01T00:00+08:00");
    private static final long HOUR = 3_600_000_000_000L;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @TempDir
    Path root;

    @Test
    void aCrossExchangeDeliveryIsReleasedNettedAndBookedAndAFailedOneIsRefundedWithAPenalty() throws Exception
    {
        final Path data = root.resolve("data");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(root.resolve("kafka"), 0, 0))
        {
            final String kafka = broker.bootstrapServers();
            final SettlementServiceSettings settings = SettlementServiceSettings.of(data, kafka, MARKET.kafka().topics());
            SettlementRunCommand.createTopics(kafka, MARKET.kafka(), settings);
            KafkaTopics.create(kafka, List.of(new NewTopic("gscx.ledger", 1, (short)1),
                new NewTopic("gscx.ledger.rejects", 1, (short)1)), Duration.ofSeconds(30));

            KafkaTestClients.produce(kafka, "gscx.fills", List.of(
                LedgerFills.json(1, "szai-lab", "guian-dc", "16.00", 8, "B"),      // SZDE buys from GYBDE: 3072
                LedgerFills.json(2, "sz-render", "guian-dc", "16.00", 1, "S")));   // never delivered: 384
            KafkaTestClients.produce(kafka, "gscx.deliveries", List.of(
                confirmation("sched-1", 1, "192", "guian-dc", DAY_START + 20 * HOUR),
                confirmation("sched-2", 1, "1", "gy-hpc", DAY_START + 20 * HOUR + 1),
                "{\"type\":\"CLOCK\",\"schemaVersion\":1,\"time\":" + (DAY_START + 27 * HOUR) + "}"));

            final List<SettlementCycle> cycles;
            try (SettlementService settlement = SettlementService.start(settings, MARKET))
            {
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() ->
                {
                    settlement.doWork();
                    return settlement.book().settlement().nextOffset("gscx.deliveries", 0) == 3 &&
                        settlement.publishedRecords() == settlement.book().records();
                });
                cycles = settlement.book().settlement().cycles();
            }

            assertEquals(List.of(202612012000L, 202612020100L), cycles.stream().map(SettlementCycle::cycleId).toList());
            // published counts a record once sent; its transaction's commit may land a moment later
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of(
                    "SI-202612012000-001 GYBDE -> guian-dc 3072.0000",
                    "SI-202612012000-002 szai-lab -> SZDE 3072.0000",
                    "SI-202612012000-003 SZDE -> GYBDE 3072.0000",
                    "SI-202612020100-001 guian-dc -> GYBDE 38.4000",
                    "SI-202612020100-002 SZDE -> sz-render 38.4000",
                    "SI-202612020100-003 GYBDE -> SZDE 38.4000"),
                instructions(KafkaTestClients.read(kafka, "gscx.settlement"))));
            assertTrue(Files.readString(CycleReport.file(settings.reports(), 202612012000L))
                .contains("SI-202612012000-003,202612012000,SZDE,GYBDE,3072.0000,CNY\r\n"));
            final List<String> rejects = KafkaTestClients.read(kafka, "gscx.deliveries.rejects");
            assertEquals(1, rejects.size());
            assertEquals("gy-hpc may not confirm DO-1: only its provider guian-dc or an operator may",
                JSON.readTree(rejects.get(0)).get("reason").asText());

            final List<JournalEntry> settled = new ArrayList<>();
            try (BookingService ledger = BookingService.start(
                LedgerSettings.of(LedgerCommand.journal(data), kafka, MARKET.kafka().topics()), MARKET))
            {
                ledger.listener(entry ->
                {
                    if (entry.kind() != EntryKind.FILL)
                    {
                        settled.add(entry);
                    }
                });
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() ->
                {
                    ledger.doWork();
                    return settled.size() == 3;
                });
                final Balances balances = ledger.bookkeeper().ledger().balances();
                assertEquals(0, balances.balance("szai-lab.escrow"), "released");
                assertEquals(0, balances.balance("sz-render.escrow"), "refunded");
                assertEquals(FixedPoint.parse("3033.6"), balances.balance("guian-dc.cash"), "3072 earned, 38.40 penalty paid");
                assertEquals(FixedPoint.parse("800038.4"), balances.balance("sz-render.cash"), "refund + penalty");
                assertEquals(FixedPoint.parse("3033.6"), balances.balance("SZDE.clearing"));
                assertEquals(FixedPoint.parse("-3033.6"), balances.balance("GYBDE.clearing"));
                final TrialBalance trial = TrialBalance.of(balances, ledger.bookkeeper().ledger().chart());
                assertEquals(Map.of(ExchangeId.SZDE, 0L, ExchangeId.GYBDE, 0L), trial.byExchange());
            }
            assertEquals(List.of(EntryKind.ESCROW_RELEASE, EntryKind.REFUND, EntryKind.PENALTY),
                settled.stream().map(JournalEntry::kind).toList());
            assertEquals("OK 9 entries, trial balance 0", ExportVerifier.verifyJournal(LedgerCommand.journal(data)).message());

            // the identity, against what the ledger really posted: per cycle, a participant's cash + escrow
            // postings from settlement entries are the net its instructions settle
            for (final SettlementCycle cycle : cycles)
            {
                for (final Map.Entry<String, Long> net : cycle.participantNets().entrySet())
                {
                    long posted = 0;
                    for (final JournalEntry entry : settled)
                    {
                        if (entry.time() >= cycle.start() && entry.time() < cycle.end())
                        {
                            for (final var posting : entry.postings())
                            {
                                if (posting.account().equals(net.getKey() + ".cash") ||
                                    posting.account().equals(net.getKey() + ".escrow"))
                                {
                                    posted += posting.signedAmount();
                                }
                            }
                        }
                    }
                    assertEquals(net.getValue(), posted, cycle.cycleId() + " " + net.getKey());
                }
            }

            // a rebuild from the topics, on a new journal, publishing elsewhere: the same records
            KafkaTopics.create(kafka, List.of(new NewTopic("rebuild.settlement", 1, (short)1),
                new NewTopic("rebuild.rejects", 1, (short)1)), Duration.ofSeconds(30));
            final SettlementServiceSettings rebuild = new SettlementServiceSettings(root.resolve("rebuild"),
                root.resolve("rebuild-cycles"), kafka, "gscx.fills", "gscx.deliveries", "rebuild.settlement",
                "rebuild.rejects", "rebuild", Duration.ofMillis(100));
            try (SettlementService settlement = SettlementService.start(rebuild, MARKET))
            {
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() ->
                {
                    settlement.doWork();
                    return settlement.book().settlement().nextOffset("gscx.deliveries", 0) == 3 &&
                        settlement.publishedRecords() == settlement.book().records();
                });
                assertEquals(cycles, settlement.book().settlement().cycles());
            }
            assertEquals(KafkaTestClients.read(kafka, "gscx.settlement"), KafkaTestClients.read(kafka, "rebuild.settlement"));
            assertEquals(Files.readString(CycleReport.file(settings.reports(), 202612020100L)),
                Files.readString(CycleReport.file(root.resolve("rebuild-cycles"), 202612020100L)));
        }

        assertEquals(0, Gscx.commandLine().execute("settlement", "cycles", "--data-dir", data.toString()));
        assertTrue(streams.out().contains("202612012000  2026-12-01T20:00+08:00  2026-12-01T21:00+08:00  no " +
            "       1             3  SZDE -> GYBDE 3072.0000"), streams.out());
        assertTrue(streams.out().contains("2 cycles closed; 0 events in the open cycle"), streams.out());
        assertEquals(0, Gscx.commandLine().execute("settlement", "instructions", "--cycle", "202612020100",
            "--data-dir", data.toString()));
        assertTrue(streams.out().endsWith("""
            instructionId,cycleId,payer,payee,amount,currency
            SI-202612020100-001,202612020100,guian-dc,GYBDE,38.4000,CNY
            SI-202612020100-002,202612020100,SZDE,sz-render,38.4000,CNY
            SI-202612020100-003,202612020100,GYBDE,SZDE,38.4000,CNY
            """), streams.out());
        assertEquals(0, Gscx.commandLine().execute("settlement", "obligations", "--state", "FAILED",
            "--data-dir", data.toString()));
        assertTrue(streams.out().contains("DO-2        FAILED"), streams.out());
        assertTrue(streams.out().endsWith("1 of 2 obligations\n"), streams.out());
        assertEquals(2, Gscx.commandLine().execute("settlement", "cycles", "--cycle", "7", "--data-dir", data.toString()));
        assertTrue(streams.err().contains("no closed cycle 7 (closed: [202612012000, 202612020100])"), streams.err());
        assertEquals(2, Gscx.commandLine().execute("settlement", "cycles", "--data-dir", root.resolve("nothing").toString()));
        assertTrue(streams.err().contains("no settlement journal in"), streams.err());
        assertEquals(2, Gscx.commandLine().execute("settlement", "confirm", "--obligation", "DO-1", "--unit-hours",
            "lots", "--by", "guian-dc", "--data-dir", data.toString()));
        assertTrue(streams.err().contains("--unit-hours must be a decimal > 0 with at most 4 decimals, got 'lots'"),
            streams.err());
    }

    private static List<String> instructions(final List<String> records) throws Exception
    {
        final List<String> instructions = new ArrayList<>();
        for (final String record : records)
        {
            final JsonNode json = JSON.readTree(record);
            if (json.get("type").asText().equals("SETTLEMENT_INSTRUCTION"))
            {
                instructions.add(json.get("instructionId").asText() + " " + json.get("payer").asText() + " -> " +
                    json.get("payee").asText() + " " + json.get("amount").asText());
            }
        }
        return instructions;
    }

    static String confirmation(final String id, final long tradeId, final String unitHours, final String by,
        final long time)
    {
        return "{\"type\":\"DELIVERY_CONFIRMATION\",\"schemaVersion\":1,\"confirmationId\":\"" + id +
            "\",\"obligationId\":\"DO-" + tradeId + "\",\"deliveredUnitHours\":\"" + unitHours + "\",\"confirmedBy\":\"" +
            by + "\",\"time\":" + time + ",\"evidence\":[\"slurm:" + id + "\"]}";
    }

    static long nanos(final String time)
    {
        final var instant = OffsetDateTime.parse(time).toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
