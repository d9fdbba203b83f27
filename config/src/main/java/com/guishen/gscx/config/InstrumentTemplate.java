package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rolling schedule of instruments for one resource at one site: the next
 * {@code windowsAhead} daily or hourly delivery windows after the clock, all with the same
 * trading terms. Symbols are {@code H100.GUIAN.D20261201} (daily) and
 * {@code H100.GUIAN.H2026120114} (hourly, the hour in CST).
 *
 * @param resource       id of the {@link ResourceClass}.
 * @param site           id of the {@link Site}.
 * @param window         DAILY or HOURLY.
 * @param windowsAhead   how many consecutive windows are listed; default 7 for DAILY, 48 for HOURLY.
 * @param tickSize       as {@link InstrumentDefinition#tickSize()}.
 * @param lotSize        as {@link InstrumentDefinition#lotSize()}.
 * @param minQty         as {@link InstrumentDefinition#minQty()}.
 * @param maxQty         as {@link InstrumentDefinition#maxQty()}.
 * @param priceBandPct   as {@link InstrumentDefinition#priceBandPct()}; default risk.defaultPriceBandPct.
 * @param referencePrice as {@link InstrumentDefinition#referencePrice()}.
 */
public record InstrumentTemplate(
    String resource,
    String site,
    WindowKind window,
    int windowsAhead,
    BigDecimal tickSize,
    long lotSize,
    long minQty,
    long maxQty,
    BigDecimal priceBandPct,
    BigDecimal referencePrice)
{
    /** Default {@code windowsAhead} for a window kind: a week of days, two days of hours. */
    public static int defaultWindowsAhead(final WindowKind window)
    {
        return window == WindowKind.DAILY ? 7 : 48;
    }

    /** The instruments of the next {@code windowsAhead} windows that start strictly after the clock. */
    public List<InstrumentDefinition> instrumentsAt(final Instant clock)
    {
        final List<InstrumentDefinition> instruments = new ArrayList<>(windowsAhead);
        final Duration step = Duration.ofHours(window.hours());
        Instant start = window.firstStartAfter(clock);
        for (int i = 0; i < windowsAhead; i++)
        {
            instruments.add(new InstrumentDefinition(
                symbolPrefix() + window.windowName(start), resource, site, start, window.hours(),
                tickSize, lotSize, minQty, maxQty, priceBandPct, referencePrice));
            start = start.plus(step);
        }
        return instruments;
    }

    /** {@code RESOURCE.SITE.}: what every symbol of this template starts with. */
    String symbolPrefix()
    {
        return resource + "." + site + ".";
    }
}
