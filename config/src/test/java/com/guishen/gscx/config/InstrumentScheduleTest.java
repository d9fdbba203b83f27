package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentScheduleTest
{
    private static final Instant SATURDAY_MORNING = cst("2026-11-28T10:15+08:00");

    @TempDir
    Path dir;

    @Test
    void dailyWindowsAreTheNextSevenDaysInChinaStandardTime()
    {
        final List<InstrumentDefinition> days = template(WindowKind.DAILY, 7).instrumentsAt(SATURDAY_MORNING);

        assertEquals(List.of(
            "H100.GUIAN.D20261129", "H100.GUIAN.D20261130", "H100.GUIAN.D20261201", "H100.GUIAN.D20261202",
            "H100.GUIAN.D20261203", "H100.GUIAN.D20261204", "H100.GUIAN.D20261205"), symbols(days));
        assertEquals(cst("2026-11-29T00:00+08:00"), days.get(0).deliveryStart());
        assertEquals(cst("2026-12-05T00:00+08:00"), days.get(6).deliveryStart());
        assertEquals(24, days.get(0).deliveryHours());
    }

    @Test
    void hourlyWindowsAreTheNextFortyEightHoursFromTheNextFullHour()
    {
        final List<InstrumentDefinition> hours = template(WindowKind.HOURLY, 48).instrumentsAt(SATURDAY_MORNING);

        assertEquals(48, hours.size());
        assertEquals("H100.GUIAN.H2026112811", hours.get(0).symbol());
        assertEquals(cst("2026-11-28T11:00+08:00"), hours.get(0).deliveryStart());
        assertEquals("H100.GUIAN.H2026113010", hours.get(47).symbol());
        assertEquals(cst("2026-11-30T10:00+08:00"), hours.get(47).deliveryStart());
        assertEquals(1, hours.get(0).deliveryHours());
    }

    @Test
    void windowsRollOverTheDayBoundary()
    {
        final Instant lateEvening = cst("2026-11-30T23:40+08:00");

        assertEquals(List.of("H100.GUIAN.H2026120100", "H100.GUIAN.H2026120101", "H100.GUIAN.H2026120102"),
            symbols(template(WindowKind.HOURLY, 3).instrumentsAt(lateEvening)));
        assertEquals(List.of("H100.GUIAN.D20261201", "H100.GUIAN.D20261202"),
            symbols(template(WindowKind.DAILY, 2).instrumentsAt(lateEvening)));
    }

    @Test
    void daysAreCountedInChinaStandardTimeNotUtc()
    {
        // 16:30 UTC on 30 November is already 00:30 on 1 December in Shenzhen and Guiyang.
        final Instant clock = Instant.parse("2026-11-30T16:30:00Z");

        assertEquals(List.of("H100.GUIAN.D20261202"), symbols(template(WindowKind.DAILY, 1).instrumentsAt(clock)));
        assertEquals(List.of("H100.GUIAN.H2026120101"), symbols(template(WindowKind.HOURLY, 1).instrumentsAt(clock)));
    }

    @Test
    void aWindowStartingExactlyAtTheClockIsNoLongerTradeable()
    {
        final Instant midnight = cst("2026-11-29T00:00+08:00");

        assertEquals(List.of("H100.GUIAN.D20261130"), symbols(template(WindowKind.DAILY, 1).instrumentsAt(midnight)));
        assertEquals(List.of("H100.GUIAN.H2026112901"), symbols(template(WindowKind.HOURLY, 1).instrumentsAt(midnight)));
    }

    @Test
    void theMarketListsExplicitAndTemplateInstrumentsByDeliveryStartThenSymbol()
    {
        final MarketConfig config = MarketYaml.load(dir, MarketYaml.VALID);

        final List<InstrumentDefinition> listed = config.instrumentsAt(cst("2026-11-28T23:30+08:00"));

        assertEquals(List.of(
            "EPYC9654.GUIAN.H2026112900", "H100.GUIAN.D20261129", "EPYC9654.GUIAN.H2026112901",
            "EPYC9654.GUIAN.H2026112902", "H100.GUIAN.D20261130", "H100.GUIAN.D20261201", "H100.GUIAN.D20261202",
            "H100.GUIAN.D20261203", "H100.GUIAN.D20261204", "H100.GUIAN.D20261205", "H100.GUIAN.M202701"),
            symbols(listed));
        final InstrumentDefinition cpuHour = listed.get(0);
        assertEquals(new BigDecimal("0.001"), cpuHour.tickSize());
        assertEquals(4, cpuHour.lotSize());
        assertEquals(new BigDecimal("0.180"), cpuHour.referencePrice());
    }

    @Test
    void anExplicitInstrumentIsListedUntilItsDeliveryStarts()
    {
        final MarketConfig config = MarketYaml.load(dir, MarketYaml.VALID);
        final Instant start = cst("2027-01-01T00:00+08:00");

        assertEquals(true, symbols(config.instrumentsAt(start.minusNanos(1))).contains("H100.GUIAN.M202701"));
        assertEquals(false, symbols(config.instrumentsAt(start)).contains("H100.GUIAN.M202701"));
    }

    private static InstrumentTemplate template(final WindowKind window, final int windowsAhead)
    {
        return new InstrumentTemplate("H100", "GUIAN", window, windowsAhead,
            new BigDecimal("0.01"), 1, 1, 512, new BigDecimal("15"), new BigDecimal("16.00"));
    }

    private static List<String> symbols(final List<InstrumentDefinition> instruments)
    {
        final List<String> symbols = new ArrayList<>();
        instruments.forEach(instrument -> symbols.add(instrument.symbol()));
        return symbols;
    }

    private static Instant cst(final String dateTime)
    {
        return OffsetDateTime.parse(dateTime).toInstant();
    }
}
