package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import com.guishen.gscx.launcher.kafka.KafkaTestClients;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.settlement.CycleReport;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementCycle;
import com.guishen.gscx.settlement.kafka.SettlementService;
import com.guishen.gscx.settlement.kafka.SettlementServiceSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settlement as a child process ({@code gscx settlement run}), SIGKILLed at random moments while
 * 50,000 fills and about 45,000 confirmations (duplicates and bad ones among them) stream through
 * the broker over a simulated day and a half of hourly delivery windows, restarted each time. In
 * the end {@code gscx.settlement} and {@code gscx.deliveries.rejects} hold exactly what a rebuild
 * from the topics by a settlement that is never killed publishes, in the same order; its journal
 * replays to the same cycles, and the cycles' CSV files are the same.
 */
class SettlementCrashTest
{
    private static final int FILLS = 50_000;
    private static final int BLOCK = 500;
    private static final int KILLS = 5;
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final List<String> BUYERS = List.of("szai-lab", "sz-render", "sz-medimg", "qianyun");
    private static final List<String> PROVIDERS = List.of("guian-dc", "gy-hpc", "qianyun");
    private static final long HOUR = 3_600_000_000_000L;
    private static final long START = SettlementFlowTest.nanos("2026-12-01T00:00+08:00");
    private static final Path LOG = Path.of("target", "settlement-crash-test.log");

    /** One record for one topic. */
    private record Input(String topic, String value)
    {
    }

    @TempDir
    Path root;

    @Test
    void killedAtRandomMomentsSettlementPublishesWhatAnUninterruptedRebuildPublishes() throws Exception
    {
        Files.deleteIfExists(LOG);
        final Path data = root.resolve("data");
        final List<List<Input>> blocks = blocks(new SplittableRandom(20261201));
        final SplittableRandom random = new SplittableRandom(7);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, 0, 0))
        {
            final String kafka = broker.bootstrapServers();
            SettlementRunCommand.createTopics(kafka, MARKET.kafka(),
                SettlementServiceSettings.of(data, kafka, MARKET.kafka().topics()));
            final Thread producer = new Thread(() -> produceSlowly(kafka, blocks), "settlement-inputs-producer");
            producer.start();

            for (int kill = 1; kill <= KILLS; kill++)
            {
                final long runsBefore = EngineProcess.logLines(LOG, "gscx settlement run: running on");
                try (EngineProcess settlement = startSettlement(data))
                {
                    if (kill == 1)
                    {
                        // the first one dies before it is fully up: while it replays, seeks or starts publishing
                        LockSupport.parkNanos(Duration.ofMillis(1_500 + random.nextInt(1_500)).toNanos());
                    }
                    else
                    {
                        await().atMost(Duration.ofSeconds(60)).until(() ->
                            EngineProcess.logLines(LOG, "gscx settlement run: running on") > runsBefore);
                        final long target = TopicContents.endOffset(kafka, "gscx.settlement") + 1 + random.nextInt(8_000);
                        final long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                            TopicContents.endOffset(kafka, "gscx.settlement") >= target || System.nanoTime() > deadline);
                    }
                    settlement.kill();
                }
            }
            producer.join();
            final long inputs = TopicContents.endOffset(kafka, "gscx.fills") + TopicContents.endOffset(kafka, "gscx.deliveries");

            final Path reference = root.resolve("reference");
            final List<SettlementCycle> expectedCycles = uninterruptedRebuild(kafka, reference, inputs);
            final List<String> expected = KafkaTestClients.read(kafka, "reference.settlement");
            final List<String> expectedRejects = KafkaTestClients.read(kafka, "reference.rejects");
            try (EngineProcess settlement = startSettlement(data))
            {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    KafkaTestClients.read(kafka, "gscx.settlement").size() >= expected.size() &&
                    KafkaTestClients.read(kafka, "gscx.deliveries.rejects").size() >= expectedRejects.size());
                assertEquals(143, settlement.stop(), "SIGTERM stops settlement through its shutdown hook (128 + 15)");
            }

            assertTrue(expectedCycles.size() >= 20, "cycles closed: " + expectedCycles.size());
            assertTrue(expectedRejects.size() > 500, "rejects: " + expectedRejects.size());
            assertEquals(expected, KafkaTestClients.read(kafka, "gscx.settlement"),
                "gscx.settlement holds every record once, in the order of a rebuild");
            assertEquals(expectedRejects, KafkaTestClients.read(kafka, "gscx.deliveries.rejects"),
                "gscx.deliveries.rejects holds every reject once, in the order of a rebuild");
            final Settlement replayed = SettlementCommand.state(data, MARKET);
            assertEquals(expectedCycles, replayed.cycles(), "the journal replays to the same cycles");
            assertEquals(FILLS, replayed.obligations().size());
            final long confirmed = replayed.obligations().stream()
                .filter(o -> o.state() == com.guishen.gscx.settlement.ObligationState.CONFIRMED).count();
            assertTrue(confirmed > FILLS / 2, "confirmations were applied in time, before the deadlines: " + confirmed);
            for (final SettlementCycle cycle : expectedCycles)
            {
                assertEquals(Files.readString(CycleReport.file(root.resolve("reference-cycles"), cycle.cycleId())),
                    Files.readString(CycleReport.file(SettlementCommand.reports(data), cycle.cycleId())));
            }
        }
    }

    /** The same topics settled by one service that is never killed, publishing to topics of its own. */
    private List<SettlementCycle> uninterruptedRebuild(final String kafka, final Path journal, final long inputs)
        throws Exception
    {
        KafkaTopics.create(kafka, List.of(new NewTopic("reference.settlement", 1, (short)1),
            new NewTopic("reference.rejects", 1, (short)1)), Duration.ofSeconds(30));
        final SettlementServiceSettings settings = new SettlementServiceSettings(journal, root.resolve("reference-cycles"),
            kafka, "gscx.fills", "gscx.deliveries", "reference.settlement", "reference.rejects", "reference-settlement",
            Duration.ofMillis(100));
        try (SettlementService service = SettlementService.start(settings, MARKET))
        {
            await().atMost(Duration.ofSeconds(120)).pollInSameThread().pollInterval(Duration.ofMillis(1)).until(() ->
            {
                service.doWork();
                return service.book().records() == inputs && service.publishedRecords() == inputs;
            });
            return service.book().settlement().cycles();
        }
    }

    /**
     * Blocks of the inputs in time order: BLOCK fills 1.8 s apart (each for the hourly window that
     * starts one to two hours later), then the schedulers' confirmations of that moment for windows
     * that have started: most in full, some in part, a duplicate or a bad one now and then, some
     * never. The last block is a clock tick that lets every window's grace run out.
     */
    private static List<List<Input>> blocks(final SplittableRandom random)
    {
        final List<List<Input>> blocks = new ArrayList<>();
        final List<long[]> open = new ArrayList<>(); // tradeId, window start, units
        final List<String> sent = new ArrayList<>();
        long time = START - 2 * HOUR;
        int confirmations = 0;
        for (int tradeId = 1; tradeId <= FILLS; )
        {
            final List<Input> fills = new ArrayList<>();
            for (int i = 0; i < BLOCK && tradeId <= FILLS; i++, tradeId++)
            {
                time += 1_800_000_000L;
                final long windowStart = (Math.floorDiv(time - START, HOUR) + 2) * HOUR + START;
                String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
                final String provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
                buyer = buyer.equals(provider) ? "szai-lab" : buyer;
                final long units = 8L * (1 + random.nextInt(4));
                final String fill = fill(tradeId, time, windowStart, buyer, provider, 10L * (150 + random.nextInt(50)), units);
                fills.add(new Input("gscx.fills", fill));
                sent.add(fill);
                open.add(new long[] {tradeId, windowStart, units, PROVIDERS.indexOf(provider)});
                if (tradeId % 1_000 == 0)
                {
                    fills.add(new Input("gscx.fills", sent.get(random.nextInt(sent.size()))));   // a duplicate fill
                }
            }
            blocks.add(fills);
            final long now = time + 1;
            final List<Input> deliveries = new ArrayList<>();
            for (int i = open.size() - 1; i >= 0; i--)
            {
                final long[] obligation = open.get(i);
                if (obligation[1] > now)
                {
                    continue;
                }
                open.remove(i);
                final int roll = random.nextInt(10);
                final String provider = PROVIDERS.get((int)obligation[3]);
                final String id = "sched-" + (++confirmations);
                if (roll < 6)
                {
                    deliveries.add(new Input("gscx.deliveries", confirmation(id, obligation[0], obligation[2], provider, now)));
                }
                else if (roll < 8)
                {
                    deliveries.add(new Input("gscx.deliveries",
                        confirmation(id, obligation[0], 1 + random.nextInt((int)obligation[2]), "operator", now)));
                }
                else if (roll == 8)
                {
                    deliveries.add(new Input("gscx.deliveries", confirmation(id, obligation[0], obligation[2], provider, now)));
                    deliveries.add(new Input("gscx.deliveries", confirmation(id, obligation[0], obligation[2], provider, now)));
                    deliveries.add(new Input("gscx.deliveries",
                        confirmation("x" + id, obligation[0], 1, "sz-render", now)));   // not its provider
                }
            }
            blocks.add(deliveries);
        }
        blocks.add(List.of(new Input("gscx.deliveries",
            "{\"type\":\"CLOCK\",\"schemaVersion\":1,\"time\":" + (time + 6 * HOUR) + "}")));
        return blocks;
    }

    private static String fill(final long tradeId, final long time, final long windowStart, final String buyer,
        final String seller, final long price, final long quantity)
    {
        final String window = java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHH")
            .withZone(MarketConfig.CHINA_STANDARD_TIME).format(java.time.Instant.ofEpochSecond(windowStart / 1_000_000_000L));
        return "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + (tradeId * 3) + ",\"timestamp\":" + time +
            ",\"tradeId\":" + tradeId + ",\"symbol\":\"EPYC9654.GUIAN.H" + window + "\",\"price\":\"" +
            FixedPoint.toString(price, 3) + "\",\"quantity\":" + quantity + ",\"deliveryHours\":1,\"notional\":\"" +
            FixedPoint.toString(FixedPoint.notional(price, quantity, 1), 4) + "\",\"buyer\":\"" + buyer +
            "\",\"buyClOrdId\":\"b" + tradeId + "\",\"buyOrderId\":" + (tradeId * 2) + ",\"seller\":\"" + seller +
            "\",\"sellClOrdId\":\"s" + tradeId + "\",\"sellOrderId\":" + (tradeId * 2 + 1) + ",\"aggressor\":\"B\"}";
    }

    private static String confirmation(final String id, final long tradeId, final long unitHours, final String by,
        final long time)
    {
        return SettlementFlowTest.confirmation(id, tradeId, Long.toString(unitHours), by, time);
    }

    /**
     * About 15,000 records a second, block by block, each block flushed before the next: a record is
     * in Kafka before any record of a later time on the other topic, as the engine and schedulers publish.
     */
    private static void produceSlowly(final String kafka, final List<List<Input>> blocks)
    {
        try (KafkaProducer<String, String> producer = KafkaTestClients.idempotentProducer(kafka))
        {
            int sent = 0;
            for (final List<Input> block : blocks)
            {
                for (final Input input : block)
                {
                    producer.send(new ProducerRecord<>(input.topic(), input.value()));
                    if (++sent % 1_500 == 0)
                    {
                        LockSupport.parkNanos(100_000_000);
                    }
                }
                producer.flush();
            }
        }
    }

    private static EngineProcess startSettlement(final Path data) throws java.io.IOException
    {
        return EngineProcess.start(LOG, "settlement", "run", "--data-dir", data.toString());
    }
}
