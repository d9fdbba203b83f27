package com.guishen.gscx.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The delivery windows an {@link InstrumentTemplate} lists: whole days or whole hours of
 * China Standard Time, named {@code D20261201} or {@code H2026120114} in the symbol.
 */
public enum WindowKind
{
    /** 24 h from 00:00 CST; window name {@code D<yyyyMMdd>}. */
    DAILY(24, "'D'uuuuMMdd"),
    /** 1 h from the top of an hour in CST; window name {@code H<yyyyMMddHH>}. */
    HOURLY(1, "'H'uuuuMMddHH");

    private final int hours;
    private final DateTimeFormatter windowName;

    WindowKind(final int hours, final String windowNamePattern)
    {
        this.hours = hours;
        this.windowName = DateTimeFormatter.ofPattern(windowNamePattern).withZone(MarketConfig.CHINA_STANDARD_TIME);
    }

    /** Length of one window in hours: the instrument's deliveryHours. */
    public int hours()
    {
        return hours;
    }

    /** The start of the first window of this kind that starts strictly after the clock. */
    Instant firstStartAfter(final Instant clock)
    {
        final ZoneOffset cst = MarketConfig.CHINA_STANDARD_TIME;
        if (this == DAILY)
        {
            final LocalDate today = clock.atOffset(cst).toLocalDate();
            return today.plusDays(1).atStartOfDay().toInstant(cst);
        }
        return clock.atOffset(cst).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
    }

    /** The WINDOW part of the symbol of the window starting at {@code start}. */
    String windowName(final Instant start)
    {
        return windowName.format(start);
    }

    /** Whether an explicit instrument's window name has the form this kind generates. */
    boolean looksLike(final String window)
    {
        return window.matches(this == DAILY ? "D\\d{8}" : "H\\d{10}");
    }
}
