package com.guishen.gscx.settlement;

import com.guishen.gscx.events.FixedPoint;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each provider's reliability: delivered ÷ obligated unit-hours of its deliveries decided within
 * a rolling window before the clock. For the admin console and market data; settlement's own
 * clock, so replays agree.
 */
public final class ReliabilityScores
{
    private record Decision(long time, long delivered, long obligated)
    {
    }

    private final long window;
    private final Map<String, ArrayDeque<Decision>> decisions = new TreeMap<>();

    /** @param window how far back, in nanoseconds. */
    public ReliabilityScores(final long window)
    {
        this.window = window;
    }

    void decided(final String provider, final long time, final long delivered, final long obligated)
    {
        decisions.computeIfAbsent(provider, id -> new ArrayDeque<>()).addLast(new Decision(time, delivered, obligated));
    }

    /**
     * A provider's score at {@code now} as a fixed-point fraction (4 decimals, rounded down), or -1
     * when none of its deliveries was decided within the window.
     */
    public long score(final String provider, final long now)
    {
        final ArrayDeque<Decision> list = decisions.get(provider);
        if (list == null)
        {
            return -1;
        }
        while (!list.isEmpty() && list.peekFirst().time() <= now - window)
        {
            list.removeFirst();
        }
        long delivered = 0;
        long obligated = 0;
        for (final Decision decision : list)
        {
            delivered = Math.addExact(delivered, decision.delivered());
            obligated = Math.addExact(obligated, decision.obligated());
        }
        if (obligated == 0)
        {
            return -1;
        }
        return BigInteger.valueOf(delivered).multiply(BigInteger.valueOf(FixedPoint.ONE))
            .divide(BigInteger.valueOf(obligated)).longValueExact();
    }

    /** Every provider's score at {@code now}, by provider id; providers without one left out. */
    public Map<String, Long> scores(final long now)
    {
        final Map<String, Long> scores = new TreeMap<>();
        for (final String provider : decisions.keySet())
        {
            final long score = score(provider, now);
            if (score >= 0)
            {
                scores.put(provider, score);
            }
        }
        return scores;
    }
}
