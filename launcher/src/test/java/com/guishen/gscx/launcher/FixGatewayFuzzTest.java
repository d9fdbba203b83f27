package com.guishen.gscx.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.NoRelatedSym;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.SecurityListRequest;

/**
 * The live gateway under fuzz: three clients send well over 100,000 random and mutated frames over
 * hundreds of connections (see {@link FixFuzzer}) and slow-loris connections dribble partial frames,
 * while a Shenzhen buyer and a Guiyang provider on QuickFIX/J trade a fixed script alongside. The pair's
 * every ExecutionReport is exactly as scripted; afterwards the gateway thread still serves a new logon,
 * has closed every fuzzing connection, reported no error, and holds no more memory than after the first
 * of the two rounds. The seed is printed; {@code -Dgscx.fuzz.seed=<seed>} sends the same frames again.
 */
class FixGatewayFuzzTest
{
    private static final String SYMBOL = "H100.GUIAN.Y2099";
    private static final int TRD_MATCH_ID = 880;
    private static final int ROUNDS = 2;
    private static final int CONNECTIONS_PER_FUZZER = 110;
    private static final int SLOW_LORIS_PER_ROUND = 40;
    private static final int GOOD_SESSIONS = 2;
    private static final long HEAP_GROWTH_ALLOWED = 64L << 20;
    private static final long DIRECT_GROWTH_ALLOWED = 32L << 20;

    @TempDir
    Path dataDir;

    private EngineService engine;
    private JournalGatewayLink link;
    private FixGateway gateway;
    private PrintStream originalErr;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Set<String> execIds = new HashSet<>();

    @BeforeEach
    void startExchange()
    {
        // the gateway's error handler prints to standard error, and so does the engine when the gateway appended a
        // command it cannot read: every such line is a defect
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, errors), true, StandardCharsets.UTF_8));
        final MarketConfig market = MarketConfigLoader.load(Path.of("src/test/resources/fix-fuzz.yaml"));
        final DataDirectory directory = new DataDirectory(dataDir).create();
        engine = EngineService.start(directory, market, new JournaledEngine.Settings(100_000, 1 << 16, 1 << 20, false,
            false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "test");
        link = new JournalGatewayLink(directory);
        gateway = FixGateway.start(market, dataDir.resolve("fix-sessions"), 0, link, link, false);
    }

    @AfterEach
    void stopExchange()
    {
        gateway.close();
        link.close();
        engine.close();
        System.setErr(originalErr);
    }

    @Test
    void theGatewayKeepsServingWellBehavedSessionsThroughAFuzzAndLeaksNothing() throws Exception
    {
        final long seed = Long.getLong("gscx.fuzz.seed", System.nanoTime());
        System.out.println("FixGatewayFuzzTest seed " + seed + " (replay with -Dgscx.fuzz.seed=" + seed + ")");
        final long started = System.nanoTime();
        final Random seeds = new Random(seed);
        final int port = gateway.port();
        FixFuzzer.Tally total = new FixFuzzer.Tally(0, 0, 0, 0);
        int scriptedOrders = 0;
        final long[] heapAfterRound = new long[ROUNDS];
        final long[] directAfterRound = new long[ROUNDS];
        final ExecutorService clients = Executors.newFixedThreadPool(4);
        try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", port).logOn();
             QuickFixClient provider = new QuickFixClient("gydc", "gydc-secret", "GSCX", port).logOn())
        {
            for (int round = 0; round < ROUNDS; round++)
            {
                final List<Future<FixFuzzer.Tally>> fuzzers = new ArrayList<>();
                fuzzers.add(clients.submit(new FixFuzzer(seeds.nextLong(), port, "fz1", CONNECTIONS_PER_FUZZER,
                    "szlab", "gydc", "audit", "fz2", "nobody", "")));
                fuzzers.add(clients.submit(new FixFuzzer(seeds.nextLong(), port, "fz2", CONNECTIONS_PER_FUZZER,
                    "szlab", "gydc", "audit", "fz3", "GSCX", "SZLAB")));
                fuzzers.add(clients.submit(new FixFuzzer(seeds.nextLong(), port, "fz3", CONNECTIONS_PER_FUZZER,
                    "szlab", "gydc", "audit", "fz1", "fz", "szlab\u0000")));
                final long lorisSeed = seeds.nextLong();
                final Future<?> loris = clients.submit(() ->
                {
                    slowLoris(lorisSeed, port);
                    return null;
                });

                // the pair trades alongside for as long as the fuzz runs
                int script = 0;
                do
                {
                    scriptedOrders += tradeTheScript(buyer, provider, round + "." + script++ + ".");
                }
                while (!allDone(fuzzers));
                loris.get();
                for (final Future<FixFuzzer.Tally> fuzzer : fuzzers)
                {
                    total = total.plus(fuzzer.get());
                }

                await("fuzzing connections closed").atMost(Duration.ofSeconds(30))
                    .until(() -> gateway.counters().openConnections() == GOOD_SESSIONS);
                heapAfterRound[round] = usedHeapAfterGc();
                directAfterRound[round] = directMemoryAfterGc();
            }
            assertNull(buyer.poll(200), "nothing unscripted for the buyer");
            assertNull(provider.poll(200), "nothing unscripted for the provider");

            // still serving: a new QuickFIX/J session logs on and is answered
            try (QuickFixClient newcomer = new QuickFixClient("fz1", "fz1-secret", "GSCX", port).logOn())
            {
                newcomer.send(new SecurityListRequest(new SecurityReqID("L-1"),
                    new SecurityListRequestType(SecurityListRequestType.ALL_SECURITIES)));
                assertEquals(2, newcomer.next(MsgType.SECURITY_LIST).getInt(NoRelatedSym.FIELD));
                newcomer.logOut();
            }
            await("the newcomer's connection closed").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.counters().openConnections() == GOOD_SESSIONS);
            buyer.logOut();
            provider.logOut();
        }
        finally
        {
            clients.shutdownNow();
        }
        await("every connection closed").atMost(Duration.ofSeconds(30))
            .until(() -> gateway.counters().openConnections() == 0);

        final long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("FixGatewayFuzzTest: %d frames over %d fuzzing connections (%d logged on) and %d slow-loris " +
                "connections; the gateway framed %d messages and %d garbled inputs of %d bytes; %d scripted orders " +
                "traded alongside; heap after the rounds %d / %d MiB, direct memory %d / %d MiB; %d s%n",
            total.frames(), total.connections(), total.loggedOn(), ROUNDS * SLOW_LORIS_PER_ROUND,
            gateway.counters().messagesReceived(), gateway.counters().garbledMessages(),
            gateway.counters().bytesReceived(), scriptedOrders, heapAfterRound[0] >> 20, heapAfterRound[1] >> 20,
            directAfterRound[0] >> 20, directAfterRound[1] >> 20, seconds);

        assertTrue(total.frames() >= 100_000, "frames sent: " + total.frames());
        assertTrue(gateway.counters().messagesReceived() + gateway.counters().garbledMessages() >= 50_000,
            "most frames reach the session layer, not just the socket");
        assertTrue(gateway.counters().connectionsOpened() >= total.connections() + ROUNDS * SLOW_LORIS_PER_ROUND,
            "every fuzzing connection was accepted");
        assertEquals(0, total.notClosed(), "fuzzing connections the gateway kept open after the client's half-close");
        assertTrue(gatewayThreadAlive(), "the gateway thread is alive");
        assertEquals("", gatewayErrors(), "errors the gateway reported or caused (seed " + seed + ")");
        // the second round leaves no more behind than the first (collection is asynchronous: asked again until it is)
        await("heap after the second round no larger than after the first").atMost(Duration.ofSeconds(20))
            .until(() -> usedHeapAfterGc() <= heapAfterRound[0] + HEAP_GROWTH_ALLOWED);
        await("direct memory after the second round no larger than after the first").atMost(Duration.ofSeconds(20))
            .until(() -> directMemoryAfterGc() <= directAfterRound[0] + DIRECT_GROWTH_ALLOWED);
    }

    // ------------------------------------------------------------------ the well-behaved pair

    /**
     * 40 rounds of 5 orders: a bid of 2k filled by two offers of k (one priced through it), then an offer
     * of 1 lifted by a bid. Every ExecutionReport of both sides is checked as it comes.
     */
    private int tradeTheScript(final QuickFixClient buyer, final QuickFixClient provider, final String prefix)
        throws Exception
    {
        final int rounds = 40;
        for (int i = 0; i < rounds; i++)
        {
            final int k = 1 + i % 5;
            final String bid = prefix + i + "B1";
            final String lowOffer = prefix + i + "S1";
            final String offer = prefix + i + "S2";
            final String restingOffer = prefix + i + "S3";
            final String lift = prefix + i + "B2";

            buyer.send(limit(bid, Side.BUY, 2 * k, "16.00"));
            expect(buyer, bid, ExecType.NEW, OrdStatus.NEW, Side.BUY, 2 * k, "16", 2 * k, 0, 0, null, "0");

            provider.send(limit(lowOffer, Side.SELL, k, "15.90"));
            expect(provider, lowOffer, ExecType.NEW, OrdStatus.NEW, Side.SELL, k, "15.9", k, 0, 0, null, "0");
            expect(provider, lowOffer, ExecType.TRADE, OrdStatus.FILLED, Side.SELL, k, "15.9", 0, k, k, "16", "16");
            expect(buyer, bid, ExecType.TRADE, OrdStatus.PARTIALLY_FILLED, Side.BUY, 2 * k, "16", k, k, k, "16", "16");

            provider.send(limit(offer, Side.SELL, k, "16.00"));
            expect(provider, offer, ExecType.NEW, OrdStatus.NEW, Side.SELL, k, "16", k, 0, 0, null, "0");
            expect(provider, offer, ExecType.TRADE, OrdStatus.FILLED, Side.SELL, k, "16", 0, k, k, "16", "16");
            expect(buyer, bid, ExecType.TRADE, OrdStatus.FILLED, Side.BUY, 2 * k, "16", 0, 2 * k, k, "16", "16");

            provider.send(limit(restingOffer, Side.SELL, 1, "16.50"));
            expect(provider, restingOffer, ExecType.NEW, OrdStatus.NEW, Side.SELL, 1, "16.5", 1, 0, 0, null, "0");

            buyer.send(limit(lift, Side.BUY, 1, "16.50"));
            expect(buyer, lift, ExecType.NEW, OrdStatus.NEW, Side.BUY, 1, "16.5", 1, 0, 0, null, "0");
            expect(buyer, lift, ExecType.TRADE, OrdStatus.FILLED, Side.BUY, 1, "16.5", 0, 1, 1, "16.5", "16.5");
            expect(provider, restingOffer, ExecType.TRADE, OrdStatus.FILLED, Side.SELL, 1, "16.5", 0, 1, 1, "16.5",
                "16.5");
        }
        return rounds * 5;
    }

    private void expect(final QuickFixClient client, final String clOrdId, final char execType, final char ordStatus,
        final char side, final long orderQty, final String price, final long leaves, final long cum, final long lastQty,
        final String lastPx, final String avgPx) throws Exception
    {
        final Message report = client.next(MsgType.EXECUTION_REPORT);
        final String what = clOrdId + " " + execType + ": " + report;
        assertEquals(clOrdId, report.getString(ClOrdID.FIELD), what);
        assertTrue(execIds.add(report.getString(ExecID.FIELD)), "ExecIDs are unique: " + what);
        assertEquals(execType, report.getChar(ExecType.FIELD), "ExecType of " + what);
        assertEquals(ordStatus, report.getChar(OrdStatus.FIELD), "OrdStatus of " + what);
        assertEquals(SYMBOL, report.getString(Symbol.FIELD), what);
        assertEquals(side, report.getChar(Side.FIELD), what);
        assertEquals(orderQty, report.getInt(OrderQty.FIELD), "OrderQty of " + what);
        assertEquals(0, new BigDecimal(price).compareTo(report.getDecimal(Price.FIELD)), "Price of " + what);
        assertEquals(leaves, report.getInt(LeavesQty.FIELD), "LeavesQty of " + what);
        assertEquals(cum, report.getInt(CumQty.FIELD), "CumQty of " + what);
        assertEquals(0, new BigDecimal(avgPx).compareTo(report.getDecimal(AvgPx.FIELD)), "AvgPx of " + what);
        if (lastPx != null)
        {
            assertEquals(lastQty, report.getInt(LastQty.FIELD), "LastQty of " + what);
            assertEquals(0, new BigDecimal(lastPx).compareTo(report.getDecimal(LastPx.FIELD)), "LastPx of " + what);
            assertTrue(report.isSetField(TRD_MATCH_ID), "TrdMatchID of " + what);
        }
        else
        {
            assertFalse(report.isSetField(TRD_MATCH_ID), "no TrdMatchID on " + what);
        }
    }

    private static NewOrderSingle limit(final String clOrdId, final char side, final long quantity, final String price)
    {
        final NewOrderSingle order = new NewOrderSingle(new ClOrdID(clOrdId), new Side(side),
            new TransactTime(LocalDateTime.now(ZoneOffset.UTC)), new OrdType(OrdType.LIMIT));
        order.set(new Symbol(SYMBOL));
        order.set(new OrderQty(quantity));
        order.setDecimal(Price.FIELD, new BigDecimal(price));
        order.set(new TimeInForce(TimeInForce.GOOD_TILL_CANCEL));
        return order;
    }

    // ------------------------------------------------------------------ slow loris

    /**
     * Connections that never complete a Logon: silent ones, ones that send part of a frame and hold, and ones
     * that keep dribbling a frame a byte at a time. The logon timeout (1 s in the test market) must close
     * them all, however alive they look; each poll below sends the dribblers their next byte.
     */
    private void slowLoris(final long seed, final int port) throws IOException
    {
        final Random random = new Random(seed);
        final byte[] logon = FixFuzzer.frame(new ArrayList<>(List.of(FixFuzzer.ascii("35=A"), FixFuzzer.ascii("49=fz4"),
            FixFuzzer.ascii("56=GSCX"), FixFuzzer.ascii("34=1"), FixFuzzer.ascii("98=0"), FixFuzzer.ascii("108=30"))));
        final List<SocketChannel> open = new ArrayList<>();
        final int[] sent = new int[SLOW_LORIS_PER_ROUND];
        for (int i = 0; i < SLOW_LORIS_PER_ROUND; i++)
        {
            final SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.configureBlocking(false);
            if (i % 4 == 1)
            {
                sent[i] = 1 + random.nextInt(logon.length - 2);
                channel.write(ByteBuffer.wrap(logon, 0, sent[i])); // part of a frame, then silence
            }
            open.add(channel);
        }
        final ByteBuffer sink = ByteBuffer.allocate(4096);
        await("slow-loris connections closed by the logon timeout").atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(() ->
            {
                boolean allClosed = true;
                for (int i = 0; i < open.size(); i++)
                {
                    final SocketChannel channel = open.get(i);
                    if (!channel.isOpen())
                    {
                        continue;
                    }
                    try
                    {
                        sink.clear();
                        if (channel.read(sink) < 0)
                        {
                            channel.close();
                            continue;
                        }
                        if (i % 2 == 0 && sent[i] < logon.length - 1)
                        {
                            channel.write(ByteBuffer.wrap(logon, sent[i]++, 1)); // one more byte, never the last
                        }
                    }
                    catch (final IOException resetByTheGateway)
                    {
                        channel.close();
                        continue;
                    }
                    allClosed = false;
                }
                return allClosed;
            });
    }

    // ------------------------------------------------------------------ health

    private static boolean allDone(final List<Future<FixFuzzer.Tally>> futures)
    {
        for (final Future<FixFuzzer.Tally> future : futures)
        {
            if (!future.isDone())
            {
                return false;
            }
        }
        return true;
    }

    private static boolean gatewayThreadAlive()
    {
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            if (thread.getName().equals("gscx-fix-gateway") && thread.isAlive())
            {
                return true;
            }
        }
        return false;
    }

    private String gatewayErrors()
    {
        final StringBuilder lines = new StringBuilder();
        synchronized (errors)
        {
            for (final String line : errors.toString(StandardCharsets.UTF_8).split("\n"))
            {
                if (line.contains("gscx gateway:") || line.contains("is not a valid command"))
                {
                    lines.append(line).append('\n');
                }
            }
        }
        return lines.toString();
    }

    private static long usedHeapAfterGc()
    {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Direct buffers still referenced: those of closed connections are freed once collected. */
    private static long directMemoryAfterGc()
    {
        System.gc();
        for (final BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class))
        {
            if (pool.getName().equals("direct"))
            {
                return pool.getMemoryUsed();
            }
        }
        throw new IllegalStateException("no direct buffer pool");
    }

    /** Writes to standard error as before and keeps a copy. */
    private static final class Tee extends OutputStream
    {
        private final OutputStream first;
        private final ByteArrayOutputStream copy;

        Tee(final OutputStream first, final ByteArrayOutputStream copy)
        {
            this.first = first;
            this.copy = copy;
        }

        @Override
        public void write(final int b) throws IOException
        {
            first.write(b);
            synchronized (copy)
            {
                copy.write(b);
            }
        }

        @Override
        public void write(final byte[] bytes, final int offset, final int length) throws IOException
        {
            first.write(bytes, offset, length);
            synchronized (copy)
            {
                copy.write(bytes, offset, length);
            }
        }
    }
}
