package com.guishen.gscx.settlement;

import com.guishen.gscx.config.MarketConfig;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The calendar of settlement cycles: back-to-back periods of {@code settlement.cyclePeriod}
 * aligned on 00:00 China Standard Time (the period divides a day, so every day's last cycle ends
 * at midnight: the end-of-day close). A cycle is named by its start in CST, {@code yyyyMMddHHmm}
 * as a number ({@code 202612011400}): stable, readable, and the same in every replay.
 */
public final class SettlementCycles
{
    private static final long CST_OFFSET_NANOS = 8 * 3_600_000_000_000L;
    private static final long DAY_NANOS = 24 * 3_600_000_000_000L;
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
        .withZone(MarketConfig.CHINA_STANDARD_TIME);

    private final long period;

    /** @param period cycle length in nanoseconds; divides 24 h. */
    public SettlementCycles(final long period)
    {
        if (period <= 0 || DAY_NANOS % period != 0)
        {
            throw new IllegalArgumentException("a cycle period must divide 24 h, got " + period + " ns");
        }
        this.period = period;
    }

    /** The index of the cycle that contains {@code time} (epoch ns). */
    public long index(final long time)
    {
        return Math.floorDiv(time + CST_OFFSET_NANOS, period);
    }

    public long start(final long index)
    {
        return index * period - CST_OFFSET_NANOS;
    }

    public long end(final long index)
    {
        return start(index + 1);
    }

    /** Whether the cycle closes at 00:00 CST. */
    public boolean endsTheDay(final long index)
    {
        return Math.floorMod(end(index) + CST_OFFSET_NANOS, DAY_NANOS) == 0;
    }

    /** The cycle's id: its start as {@code yyyyMMddHHmm} in CST. */
    public long cycleId(final long index)
    {
        final long start = start(index);
        return Long.parseLong(ID.format(Instant.ofEpochSecond(Math.floorDiv(start, 1_000_000_000L),
            Math.floorMod(start, 1_000_000_000L))));
    }
}
