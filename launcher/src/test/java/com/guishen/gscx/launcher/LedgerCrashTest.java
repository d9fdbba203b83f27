package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.ledger.ChartOfAccounts;
import com.guishen.gscx.ledger.EntryCodec;
import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.JournalEntry;
import com.guishen.gscx.ledger.JournalLedgerView;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger as a child process ({@code gscx ledger run}), SIGKILLed at random moments while
 * 120,000 fills stream through the broker (with duplicates and malformed records among them), and
 * restarted each time: in the end its journal holds exactly the entries of an uninterrupted run,
 * with the same balances and hashes; {@code gscx.ledger} and {@code gscx.ledger.rejects} hold every
 * entry and every reject once; and the journal verifies.
 */
class LedgerCrashTest
{
    private static final int FILLS = 120_000;
    private static final int KILLS = 5;
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final List<String> BUYERS = List.of("szai-lab", "sz-render", "sz-medimg", "qianyun");
    private static final List<String> SELLERS = List.of("guian-dc", "gy-hpc", "qianyun");
    /** The ledger runs' own log, kept in target/ for whoever needs to read it after a failure. */
    private static final Path LOG = Path.of("target", "ledger-crash-test.log");

    @TempDir
    Path root;

    @Test
    void killedAtRandomMomentsTheLedgerBooksEveryFillExactlyOnce() throws Exception
    {
        Files.deleteIfExists(LOG);
        final Path data = root.resolve("data");
        final List<String> records = records(new SplittableRandom(20261128));
        final SplittableRandom random = new SplittableRandom(5);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, 0, 0))
        {
            final String kafka = broker.bootstrapServers();
            KafkaTopics.create(kafka, List.of(new NewTopic("gscx.fills", 1, (short)1)), Duration.ofSeconds(30));
            final Thread producer = new Thread(() -> produceSlowly(kafka, records), "fills-producer");
            producer.start();

            for (int kill = 1; kill <= KILLS; kill++)
            {
                final long runsBefore = EngineProcess.logLines(LOG, "gscx ledger run: running on");
                try (EngineProcess ledger = startLedger(data))
                {
                    if (kill == 1)
                    {
                        // the first one dies before it is fully up: while it replays, seeks or books its deposits
                        LockSupport.parkNanos(Duration.ofMillis(1_500 + random.nextInt(1_500)).toNanos());
                    }
                    else
                    {
                        await().atMost(Duration.ofSeconds(60)).until(() ->
                            EngineProcess.logLines(LOG, "gscx ledger run: running on") > runsBefore);
                        final long target = TopicContents.endOffset(kafka, "gscx.ledger") + 1 + random.nextInt(15_000);
                        final long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                            TopicContents.endOffset(kafka, "gscx.ledger") >= target || System.nanoTime() > deadline);
                    }
                    ledger.kill();
                }
            }
            producer.join();

            final Path reference = root.resolve("reference");
            final Expected expected = uninterruptedRun(kafka, reference, records.size());
            try (EngineProcess ledger = startLedger(data))
            {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    KafkaTestClients.read(kafka, "gscx.ledger").size() >= expected.entries.size());
                assertEquals(143, ledger.stop(), "SIGTERM stops the ledger through its shutdown hook (128 + 15)");
            }

            final List<String> journaled = entries(LedgerCommand.journal(data));
            assertEquals(expected.entries.size(), journaled.size(), "entries in the journal");
            for (int i = 0; i < journaled.size(); i++)
            {
                assertEquals(expected.entries.get(i), journaled.get(i), "entry " + (i + 1));
            }
            final ChartOfAccounts chart = new ChartOfAccounts(MARKET);
            assertEquals(new JournalLedgerView(reference, chart).balancesAt(Long.MAX_VALUE),
                new JournalLedgerView(LedgerCommand.journal(data), chart).balancesAt(Long.MAX_VALUE));
            assertEquals(expected.entries, KafkaTestClients.read(kafka, "gscx.ledger"),
                "gscx.ledger holds every entry once, in chain order");
            assertEquals(expected.rejects, KafkaTestClients.read(kafka, "gscx.ledger.rejects"),
                "gscx.ledger.rejects holds every reject once");
            final Set<String> events = new HashSet<>();
            for (final String entry : journaled)
            {
                assertTrue(events.add(EntryCodec.fromJson(entry.getBytes(StandardCharsets.UTF_8)).source().eventId()),
                    "no event booked twice");
            }
            assertEquals(4 + FILLS, journaled.size(), "the opening deposits and every fill, duplicates left out");
            assertEquals("OK " + journaled.size() + " entries, trial balance 0",
                ExportVerifier.verifyJournal(LedgerCommand.journal(data)).message());
        }
    }

    private record Expected(List<String> entries, List<String> rejects)
    {
    }

    /** The same topic booked by one ledger that is never killed, publishing to topics of its own. */
    private static Expected uninterruptedRun(final String kafka, final Path journal, final int records) throws Exception
    {
        KafkaTopics.create(kafka, List.of(new NewTopic("reference.ledger", 1, (short)1),
            new NewTopic("reference.ledger.rejects", 1, (short)1)), Duration.ofSeconds(30));
        final LedgerSettings settings = new LedgerSettings(journal, kafka, "gscx.fills", "reference.ledger",
            "reference.ledger.rejects", "reference-ledger", Duration.ofMillis(100));
        try (BookingService service = BookingService.start(settings, MARKET))
        {
            await().atMost(Duration.ofSeconds(120)).pollInSameThread().pollInterval(Duration.ofMillis(1)).until(() ->
            {
                service.doWork();
                return service.bookkeeper().ledger().nextOffset("gscx.fills", 0) >= records;
            });
        }
        final List<String> rejects = KafkaTestClients.read(kafka, "reference.ledger.rejects");
        assertEquals(FILLS / 10_000, rejects.size(), "the reference run rejected the malformed records");
        return new Expected(entries(journal), rejects);
    }

    private static List<String> entries(final Path journal)
    {
        final List<String> entries = new ArrayList<>();
        new JournalLedgerView(journal, new ChartOfAccounts(MARKET)).forEachEntry(entry ->
            entries.add(new String(EntryCodec.toJson(entry), StandardCharsets.UTF_8)));
        return entries;
    }

    /**
     * FILLS small fills between the shipped market's participants (none overdraws a deposit), one
     * duplicate of an earlier fill every 1,000 and one malformed record every 10,000.
     */
    private static List<String> records(final SplittableRandom random)
    {
        final List<String> records = new ArrayList<>(FILLS + FILLS / 1_000 + FILLS / 10_000);
        for (int tradeId = 1; tradeId <= FILLS; tradeId++)
        {
            String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
            final String seller = SELLERS.get(random.nextInt(SELLERS.size()));
            if (buyer.equals(seller))
            {
                buyer = "szai-lab";
            }
            final long price = 10L * (150 + random.nextInt(50)); // 0.150 .. 0.199 CNY per vCPU-hour, the tick 0.001
            final long quantity = 8L * (1 + random.nextInt(4));
            records.add(fill(tradeId, buyer, seller, price, quantity, random.nextBoolean() ? "B" : "S"));
            if (tradeId % 1_000 == 0)
            {
                records.add(records.get(random.nextInt(records.size() - 1)));
            }
            if (tradeId % 10_000 == 0)
            {
                records.add("{\"type\":\"FILL\",\"schemaVersion\":1,\"tradeId\":" + tradeId + ",\"price\":\"cheap\"}");
            }
        }
        return records;
    }

    private static String fill(final long tradeId, final String buyer, final String seller, final long price,
        final long quantity, final String aggressor)
    {
        return "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + (tradeId * 3) + ",\"timestamp\":" +
            (1_764_300_000_000_000_000L + tradeId * 1_000_000) + ",\"tradeId\":" + tradeId +
            ",\"symbol\":\"EPYC9654.GUIAN.H2026120114\",\"price\":\"" + FixedPoint.toString(price, 3) +
            "\",\"quantity\":" + quantity + ",\"deliveryHours\":1,\"notional\":\"" +
            FixedPoint.toString(FixedPoint.notional(price, quantity, 1), 4) + "\",\"buyer\":\"" + buyer +
            "\",\"buyClOrdId\":\"b" + tradeId + "\",\"buyOrderId\":" + (tradeId * 2) + ",\"seller\":\"" + seller +
            "\",\"sellClOrdId\":\"s" + tradeId + "\",\"sellOrderId\":" + (tradeId * 2 + 1) + ",\"aggressor\":\"" +
            aggressor + "\"}";
    }

    /** About 12,000 records a second: the ledger is killed while fills keep arriving. */
    private static void produceSlowly(final String kafka, final List<String> records)
    {
        try (KafkaProducer<String, String> producer = KafkaTestClients.idempotentProducer(kafka))
        {
            for (int i = 0; i < records.size(); i++)
            {
                producer.send(new ProducerRecord<>("gscx.fills", records.get(i)));
                if (i % 1_200 == 1_199)
                {
                    LockSupport.parkNanos(100_000_000);
                }
            }
            producer.flush();
        }
    }

    private static EngineProcess startLedger(final Path data) throws java.io.IOException
    {
        return EngineProcess.start(LOG, "ledger", "run", "--data-dir", data.toString());
    }
}
