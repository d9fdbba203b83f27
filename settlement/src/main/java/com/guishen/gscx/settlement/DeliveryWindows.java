package com.guishen.gscx.settlement;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.config.InstrumentTemplate;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.WindowKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The delivery window of a traded symbol, from the market configuration alone: an explicitly
 * listed instrument by its symbol, a template's by its window name ({@code D20261201} is the
 * 24 h from 2026-12-01 00:00 CST, {@code H2026120114} the hour from 14:00 CST). Fills carry only
 * the symbol and the window's hours; settlement needs when the window ends.
 */
public final class DeliveryWindows
{
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuuMMddHH");

    private final Map<String, InstrumentDefinition> listed = new HashMap<>();
    private final Map<String, WindowKind> templates = new HashMap<>();

    public DeliveryWindows(final MarketConfig config)
    {
        config.instruments().forEach(instrument -> listed.put(instrument.symbol(), instrument));
        for (final InstrumentTemplate template : config.instrumentTemplates())
        {
            templates.put(template.resource() + "." + template.site() + "." + template.window().name(), template.window());
        }
    }

    /**
     * The window of a symbol traded with {@code deliveryHours}.
     *
     * @throws RejectedInputException when the symbol is neither listed nor of a template, or its hours differ.
     */
    public DeliveryWindow of(final String symbol, final int deliveryHours)
    {
        final InstrumentDefinition instrument = listed.get(symbol);
        if (instrument != null)
        {
            return window(symbol, instrument.deliveryStartEpochNanos(), instrument.deliveryHours(), deliveryHours);
        }
        final int lastDot = symbol.lastIndexOf('.');
        final String prefix = lastDot < 0 ? "" : symbol.substring(0, lastDot + 1);
        final String name = symbol.substring(lastDot + 1);
        try
        {
            if (name.length() == 9 && name.charAt(0) == 'D' && templates.get(prefix + WindowKind.DAILY.name()) != null)
            {
                final LocalDate day = LocalDate.parse(name.substring(1), DAY);
                return window(symbol, nanos(day.atStartOfDay()), WindowKind.DAILY.hours(), deliveryHours);
            }
            if (name.length() == 11 && name.charAt(0) == 'H' && templates.get(prefix + WindowKind.HOURLY.name()) != null)
            {
                final LocalDateTime hour = LocalDateTime.parse(name.substring(1), HOUR);
                return window(symbol, nanos(hour), WindowKind.HOURLY.hours(), deliveryHours);
            }
        }
        catch (final DateTimeParseException ex)
        {
            throw new RejectedInputException("symbol " + symbol + " names no delivery window: " + ex.getMessage());
        }
        throw new RejectedInputException("symbol " + symbol + " is neither a listed instrument nor of an instrument template");
    }

    private static DeliveryWindow window(final String symbol, final long start, final int hours, final int fillHours)
    {
        if (hours != fillHours)
        {
            throw new RejectedInputException("deliveryHours " + fillHours + " is not the " + hours + " h window of " + symbol);
        }
        return new DeliveryWindow(start, start + hours * 3_600_000_000_000L);
    }

    private static long nanos(final LocalDateTime cst)
    {
        return cst.toEpochSecond(MarketConfig.CHINA_STANDARD_TIME) * 1_000_000_000L;
    }
}
