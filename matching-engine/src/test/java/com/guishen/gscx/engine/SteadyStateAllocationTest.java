package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's steady state allocates nothing: after a warm-up, a million more commands of
 * every kind (limit, market, IOC, FOK, GTD, post-only, cancels, replaces, mass cancels, halts,
 * self-trades, credit and capacity rejects) must not allocate a single byte on the engine thread.
 */
class SteadyStateAllocationTest
{
    private static final int PARTICIPANTS = 40;
    private static final int INSTRUMENTS = 4;
    private static final int TRACKED = 4096;
    private static final int UNBANDED = 3;
    private static final long WARM_UP = 500_000;
    private static final long MEASURED = 1_000_000;

    private final SplittableRandom random = new SplittableRandom(42);
    private final int[] trackedParticipant = new int[TRACKED];
    private final int[] trackedInstrument = new int[TRACKED];
    private final long[] trackedClOrdId = new long[TRACKED];
    private final CountingListener events = new CountingListener();
    private final MatchingEngine engine = new MatchingEngine(events, 1 << 14, 1 << 22);
    private long timestamp;
    private long nextClOrdId;

    @Test
    void allocatesNothingPerCommandOnceWarm()
    {
        for (int i = 0; i < INSTRUMENTS; i++)
        {
            engine.listInstrument(new InstrumentSpec("GPU" + i + ".GUIAN.D20261201", 100, i % 2 == 0 ? 1 : 5,
                i % 2 == 0 ? 24 : 1, i == UNBANDED ? 0 : 10 * FixedPoint.ONE, 150_000, Long.MAX_VALUE, 2));
        }
        final SelfTradePrevention[] modes = SelfTradePrevention.values();
        for (int p = 0; p < PARTICIPANTS; p++)
        {
            engine.admitParticipant(new ParticipantSpec("P" + p, p % 2 == 0 ? "SZDE" : "GYBDE", p % 3 != 1, p % 3 != 0,
                p % 4 == 0 ? 4_000_000 * FixedPoint.ONE : 0, p % 5 == 0 ? 400 : 0, modes[p % modes.length]));
        }

        run(WARM_UP);
        // A window of a million commands must allocate nothing. Up to three are measured, because a rare JIT
        // event (a deoptimisation while the compiler settles) can allocate a few hundred bytes once: seen once
        // in CI (328 bytes), never reproduced. An allocation per command, or per path of the stream, shows in every window.
        final List<Long> windows = new ArrayList<>();
        long allocated;
        do
        {
            final long before = allocatedBytes();
            run(MEASURED);
            allocated = allocatedBytes() - before;
            windows.add(allocated);
        }
        while (allocated != 0 && windows.size() < 3);

        engine.verifyIntegrity();
        assertTrue(events.fills > MEASURED / 20, "the stream must trade, got " + events.fills + " fills");
        assertTrue(events.rejects > 0 && events.cancels > 0, "the stream must reject and cancel");
        assertEquals(0, allocated, "bytes allocated per window of " + MEASURED + " commands: " + windows);
    }

    private void run(final long commands)
    {
        for (long i = 0; i < commands; i++)
        {
            timestamp += 1_000 + random.nextInt(1_000);
            final int participant = random.nextInt(PARTICIPANTS);
            final int instrument = random.nextInt(INSTRUMENTS);
            final int dice = random.nextInt(1000);
            final int slot = random.nextInt(TRACKED);
            if (dice < 450)
            {
                newOrder(participant, instrument, slot);
            }
            else if (dice < 650)
            {
                engine.cancel(timestamp, trackedParticipant[slot], ++nextClOrdId, 0, trackedClOrdId[slot], 0);
            }
            else if (dice < 950)
            {
                final long clOrdId = ++nextClOrdId;
                engine.replace(timestamp, trackedParticipant[slot], clOrdId, 0, trackedClOrdId[slot], 0,
                    price(trackedInstrument[slot]), 5 * (1 + random.nextInt(6)));
                trackedClOrdId[slot] = clOrdId;
            }
            else if (dice < 953)
            {
                engine.massCancel(timestamp, participant, random.nextBoolean() ? instrument : MatchingEngine.ALL_INSTRUMENTS);
            }
            else if (dice < 956)
            {
                engine.halt(timestamp, instrument);
            }
            else if (dice < 970)
            {
                engine.resume(timestamp, instrument);
            }
            else if (dice < 971)
            {
                engine.endOfDay(timestamp);
            }
            else
            {
                newOrder(participant, instrument, slot);
            }
        }
    }

    private void newOrder(final int participant, final int instrument, final int slot)
    {
        final long clOrdId = ++nextClOrdId;
        final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        final int kind = random.nextInt(100);
        final OrderType type = kind < 5 ? OrderType.MARKET : OrderType.LIMIT;
        final TimeInForce timeInForce;
        if (kind < 3 || (kind >= 5 && kind < 15))
        {
            timeInForce = TimeInForce.IOC;
        }
        else if (kind < 20)
        {
            timeInForce = TimeInForce.FOK;
        }
        else if (kind < 30)
        {
            timeInForce = TimeInForce.GTD;
        }
        else
        {
            timeInForce = kind < 65 ? TimeInForce.DAY : TimeInForce.GTC;
        }
        final boolean postOnly = type == OrderType.LIMIT && timeInForce.rests() && random.nextInt(10) == 0;
        final long expiry = timeInForce == TimeInForce.GTD ? timestamp + random.nextInt(2_000_000) : MatchingEngine.NO_EXPIRY;
        engine.newOrder(timestamp, participant, clOrdId, 0, instrument, side, type, timeInForce, price(instrument),
            5 * (1 + random.nextInt(6)), postOnly, expiry);
        trackedParticipant[slot] = participant;
        trackedInstrument[slot] = instrument;
        trackedClOrdId[slot] = clOrdId;
    }

    /** Prices around 15.00 in steps of 0.01; a few far ones, which the banded instruments reject. */
    private long price(final int instrument)
    {
        final boolean far = instrument != UNBANDED && random.nextInt(50) == 0;
        return 150_000 + 100L * (random.nextInt(41) - 20) * (far ? 10 : 1);
    }

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static long allocatedBytes()
    {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Counts what the engine did, allocation-free. */
    private static final class CountingListener implements EngineListener
    {
        long fills;
        long rejects;
        long cancels;

        @Override
        public void onAccepted(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final Side side, final long price,
            final long quantity, final TimeInForce timeInForce)
        {
        }

        @Override
        public void onRejected(final long engineSeq, final long timestamp, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final RejectReason reason)
        {
            rejects++;
        }

        @Override
        public void onFill(final long engineSeq, final long timestamp, final long tradeId, final int instrument,
            final long price, final long quantity, final long buyOrderId, final int buyer, final long buyClOrdIdHigh,
            final long buyClOrdIdLow, final long sellOrderId, final int seller, final long sellClOrdIdHigh,
            final long sellClOrdIdLow, final Side aggressor)
        {
            fills++;
        }

        @Override
        public void onCancelled(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final long leavesQuantity,
            final CancelReason reason)
        {
            cancels++;
        }

        @Override
        public void onReplaced(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final long origClOrdIdHigh, final long origClOrdIdLow,
            final int instrument, final long price, final long quantity, final long leavesQuantity)
        {
        }
    }
}
