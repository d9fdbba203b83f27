package com.guishen.gscx.benchmarks;

import com.guishen.gscx.gateway.FixInitiator;
import com.guishen.gscx.gateway.FixInitiatorReader;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open-loop FIX order flow over several sessions: order {@code i} is due at
 * {@code start + i / rate} and goes out on session {@code i % sessions} (one sender thread,
 * {@link FixInitiator}s read by one shared {@link FixInitiatorReader} thread, so that the client
 * adds two threads, not one per session, to the cores it shares with the exchange); its ClOrdID
 * is {@code i}, so the reader thread computes the
 * due time back from the ExecutionReport (New) and records latency from when the order was
 * <em>due</em>, not from when it was sent: a sender or exchange that falls behind shows up as
 * latency (no coordinated omission). The orders due in the first {@code leadInSeconds} are sent
 * and answered but not measured: a freshly started exchange stalls for tens of milliseconds at
 * first. Every order is a one-lot buy limit order well below the
 * market, so it rests and is answered with exactly one ExecutionReport.
 */
final class FixLoadGenerator implements AutoCloseable
{
    /** What one run at a fixed offered rate measured; latencies in nanoseconds. */
    record Result(long offeredRate, long offered, long answered, long rejected, double achievedRate,
        Histogram latency, Histogram sendLag, String firstReject)
    {
        /** Whether every order was answered by an ExecutionReport (New), none rejected. */
        boolean allAnswered()
        {
            return answered == offered && rejected == 0;
        }
    }

    private static final long HIGHEST_NANOS = 600_000_000_000L;
    /** Orders sent in one go at most when the sender is behind. */
    private static final long MAX_BATCH = 64;

    private static final long BASE_PRICE = 13_0000; // fixed point, 4 decimals
    private static final byte BUY = '1';
    private static final byte DAY = '0';

    private final String symbol;
    private final FixInitiatorReader reader = new FixInitiatorReader("fix-load-reader");
    private final FixInitiator[] sessions;
    private final SessionListener[] listeners;
    private volatile long startNanos;
    private volatile long rate = 1;
    private volatile long firstMeasured;

    private FixLoadGenerator(final String symbol, final int sessionCount)
    {
        this.symbol = symbol;
        this.sessions = new FixInitiator[sessionCount];
        this.listeners = new SessionListener[sessionCount];
    }

    /**
     * Logs on one session per participant (ResetSeqNumFlag=Y, Username = CompID).
     *
     * @param passwords the participants' passwords, in the order of {@code participants}.
     */
    static FixLoadGenerator logOn(final int port, final String targetCompId, final List<String> participants,
        final List<String> passwords, final String symbol) throws IOException
    {
        final FixLoadGenerator generator = new FixLoadGenerator(symbol, participants.size());
        try
        {
            for (int i = 0; i < participants.size(); i++)
            {
                generator.listeners[i] = generator.new SessionListener();
                generator.sessions[i] = FixInitiator.logOn(generator.reader, "127.0.0.1", port, participants.get(i), passwords.get(i),
                    targetCompId, generator.listeners[i]);
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            generator.close();
            throw ex;
        }
        return generator;
    }

    /**
     * Sends {@code rate * seconds} orders at {@code rate} orders/s, then waits up to
     * {@code drainMillis} after the last one was due for the answers, measuring the orders due
     * after the first {@code leadInSeconds}. Call once per generator.
     */
    Result run(final long offeredRate, final double leadInSeconds, final double seconds, final long drainMillis)
    {
        final long measuredFrom = (long)(offeredRate * leadInSeconds);
        final long total = measuredFrom + Math.max(1, (long)(offeredRate * seconds));
        firstMeasured = measuredFrom;
        final Histogram sendLag = new Histogram(HIGHEST_NANOS, 3);
        rate = offeredRate;
        final long start = System.nanoTime() + 1_000_000;
        startNanos = start;
        final int sessionCount = sessions.length;
        final long parkOvershoot = parkOvershootNanos();
        long i = 0;
        while (i < total)
        {
            final long due = dueNanos(start, offeredRate, i);
            long now = System.nanoTime();
            while (now < due)
            {
                final long gap = due - now;
                if (gap > parkOvershoot)
                {
                    // a sender that stays runnable (spinning or yielding) holds a core that the exchange and the
                    // reader need, and the scheduler may then let them wait a whole time slice (~3 ms): it sleeps
                    // until a little before the order is due, by how late a park wakes here
                    LockSupport.parkNanos(gap - parkOvershoot);
                }
                else
                {
                    Thread.yield();
                }
                now = System.nanoTime();
            }
            // every order due by now goes out, one write per session: a sender that fell behind catches up
            // the way a busy FIX engine does, instead of making one system call per order
            long last = i;
            while (last + 1 < total && last + 1 - i < MAX_BATCH && dueNanos(start, offeredRate, last + 1) <= now)
            {
                last++;
            }
            final boolean batch = last > i;
            if (batch)
            {
                for (final FixInitiator session : sessions)
                {
                    session.beginBatch();
                }
            }
            for (; i <= last; i++)
            {
                if (i >= measuredFrom)
                {
                    sendLag.recordValue(Math.min(HIGHEST_NANOS, now - dueNanos(start, offeredRate, i)));
                }
                final long price = BASE_PRICE + (i % 100) * 100; // 100 ticks of 0.01 below the reference price
                sessions[(int)(i % sessionCount)].newOrder(Long.toString(i), symbol, BUY, price, 1, DAY);
            }
            if (batch)
            {
                for (final FixInitiator session : sessions)
                {
                    session.endBatch();
                }
            }
        }
        final long deadline = dueNanos(start, offeredRate, total - 1) + drainMillis * 1_000_000L;
        while (answered() + rejected() < total && System.nanoTime() < deadline)
        {
            LockSupport.parkNanos(1_000_000);
        }
        final Histogram latency = new Histogram(HIGHEST_NANOS, 3);
        long answered = 0;
        long rejected = 0;
        long lastAnswer = start;
        String firstReject = null;
        for (final SessionListener listener : listeners)
        {
            answered += listener.answered;
            rejected += listener.rejected;
            lastAnswer = Math.max(lastAnswer, listener.lastAnswerNanos);
            latency.add(listener.latency);
            if (firstReject == null)
            {
                firstReject = listener.firstReject;
            }
        }
        final double achieved = answered / ((lastAnswer - start) / 1e9);
        return new Result(offeredRate, total, answered, rejected, achieved, latency, sendLag, firstReject);
    }

    /**
     * How late a short park wakes on this machine (the 90th percentile of 200): the timer slack, 50 us by
     * default, or less when benchmarks/run lowered it, plus the scheduler's wake-up.
     */
    private static long parkOvershootNanos()
    {
        final long[] overshoot = new long[200];
        for (int i = 0; i < overshoot.length; i++)
        {
            final long start = System.nanoTime();
            LockSupport.parkNanos(10_000);
            overshoot[i] = System.nanoTime() - start - 10_000;
        }
        java.util.Arrays.sort(overshoot);
        return overshoot[overshoot.length * 9 / 10];
    }

    private long answered()
    {
        long sum = 0;
        for (final SessionListener listener : listeners)
        {
            sum += listener.answered;
        }
        return sum;
    }

    private long rejected()
    {
        long sum = 0;
        for (final SessionListener listener : listeners)
        {
            sum += listener.rejected;
        }
        return sum;
    }

    private static long dueNanos(final long start, final long rate, final long order)
    {
        return start + order * 1_000_000_000L / rate;
    }

    @Override
    public void close()
    {
        for (final FixInitiator session : sessions)
        {
            if (session != null)
            {
                session.logOut();
                session.close();
            }
        }
        reader.close();
    }

    /** One session's answers, on the reader thread: the only writer of these fields. */
    private final class SessionListener implements FixInitiator.Listener
    {
        private final Histogram latency = new Histogram(HIGHEST_NANOS, 3);
        private volatile long answered;
        private volatile long rejected;
        private volatile long lastAnswerNanos;
        private volatile String firstReject;

        @Override
        public void onMessage(final byte msgType, final FixMessageDecoder message)
        {
            final long now = System.nanoTime();
            if (msgType == FixMsgType.EXECUTION_REPORT && message.charAt(message.indexOf(FixTags.EXEC_TYPE)) == '0')
            {
                final long order = message.longAt(message.indexOf(FixTags.CL_ORD_ID));
                if (order >= firstMeasured)
                {
                    latency.recordValue(Math.max(0, Math.min(HIGHEST_NANOS, now - dueNanos(startNanos, rate, order))));
                }
                lastAnswerNanos = now;
                answered++; // single writer
                return;
            }
            if (firstReject == null)
            {
                final int text = message.indexOf(FixTags.TEXT);
                final byte[] bytes = new byte[text < 0 ? 0 : message.valueLengthAt(text)];
                if (text >= 0)
                {
                    message.copyValue(text, bytes, 0);
                }
                firstReject = "MsgType " + (char)msgType + ": " + new String(bytes, StandardCharsets.US_ASCII);
            }
            rejected++;
        }
    }
}
