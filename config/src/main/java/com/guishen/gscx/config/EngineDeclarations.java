package com.guishen.gscx.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The market as the matching engine's declaration lines (COMMANDS.md, with the
 * deliveryStart extension of docs/command-file-rules.md): one INSTRUMENT line per instrument
 * listed at a clock, then one PARTICIPANT line per participant.
 *
 * <p>A PARTICIPANT line carries one capacity for every instrument, so it is declared 0
 * (unlimited) there; then every provider gets a {@code CAPACITY,<participant>,<symbol>,<units>}
 * line per listed instrument with its registered units for that resource and site (0: none).
 */
public final class EngineDeclarations
{
    private EngineDeclarations()
    {
    }

    /** Declaration lines for the instruments listed at the clock and every participant, in config order. */
    public static List<String> at(final MarketConfig config, final Instant clock)
    {
        final List<String> lines = new ArrayList<>();
        for (final InstrumentDefinition instrument : config.instrumentsAt(clock))
        {
            lines.add(instrument(instrument));
        }
        for (final Participant participant : config.participants())
        {
            lines.add(participant(participant));
        }
        for (final Participant participant : config.participants())
        {
            if (participant.isProvider())
            {
                for (final InstrumentDefinition instrument : config.instrumentsAt(clock))
                {
                    lines.add(capacity(participant, instrument));
                }
            }
        }
        return lines;
    }

    /** {@code INSTRUMENT,<symbol>,<tickSize>,<lotSize>,<deliveryHours>,<priceBandPct>,<referencePrice>,<deliveryStartEpochNanos>}. */
    public static String instrument(final InstrumentDefinition instrument)
    {
        return String.join(",",
            "INSTRUMENT",
            instrument.symbol(),
            instrument.tickSize().toPlainString(),
            Long.toString(instrument.lotSize()),
            Integer.toString(instrument.deliveryHours()),
            instrument.priceBandPct().toPlainString(),
            instrument.referencePrice().toPlainString(),
            Long.toString(instrument.deliveryStartEpochNanos()));
    }

    /** {@code CAPACITY,<participant>,<symbol>,<units>}: what the provider registered for that resource and site. */
    public static String capacity(final Participant participant, final InstrumentDefinition instrument)
    {
        return String.join(",", "CAPACITY", participant.id(), instrument.symbol(),
            Long.toString(participant.capacityFor(instrument)));
    }

    /** {@code PARTICIPANT,<id>,<exchange>,<B|S|BS>,<creditLimit>,0,<stp>}. */
    public static String participant(final Participant participant)
    {
        return String.join(",",
            "PARTICIPANT",
            participant.id(),
            participant.homeExchange().name(),
            participant.roleCode(),
            participant.creditLimit().toPlainString(),
            "0",
            participant.selfTradePrevention().name());
    }
}
