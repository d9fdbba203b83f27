package com.guishen.gscx.config;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** A few lines that tell an operator what a market config contains: the output of {@code gscx config check}. */
public final class ConfigSummary
{
    private static final DateTimeFormatter CLOCK =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'CST'").withZone(MarketConfig.CHINA_STANDARD_TIME);

    private ConfigSummary()
    {
    }

    /** Counts of exchanges, resources, sites, instruments listed at the clock and participants per exchange and role. */
    public static String describe(final MarketConfig config, final Instant clock)
    {
        final StringBuilder out = new StringBuilder();
        out.append("market at ").append(CLOCK.format(clock)).append('\n');
        out.append("exchanges: ").append(config.exchanges().size()).append(" (")
            .append(config.exchanges().stream().map(e -> e.id() + " " + e.name()).collect(Collectors.joining(", ")))
            .append(")\n");
        out.append("resources: ").append(config.resources().size()).append(" (")
            .append(config.resources().stream().map(r -> r.id() + " " + r.kind()).collect(Collectors.joining(", ")))
            .append(")\n");
        out.append("sites: ").append(config.sites().size()).append(" (")
            .append(config.sites().stream().map(Site::id).collect(Collectors.joining(", ")))
            .append(")\n");

        final List<InstrumentDefinition> listed = config.instrumentsAt(clock);
        out.append("instruments: ").append(listed.size()).append(" listed (")
            .append(config.instruments().size()).append(" explicit, ")
            .append(config.instrumentTemplates().size()).append(" templates)");
        if (!listed.isEmpty())
        {
            out.append(", first ").append(listed.get(0).symbol())
                .append(", last ").append(listed.get(listed.size() - 1).symbol());
        }
        out.append('\n');

        out.append("participants: ").append(config.participants().size()).append('\n');
        for (final ExchangeId exchange : ExchangeId.values())
        {
            long buyers = 0;
            long providers = 0;
            long both = 0;
            for (final Participant participant : config.participants())
            {
                if (participant.homeExchange() == exchange)
                {
                    if (participant.isBuyer() && participant.isProvider())
                    {
                        both++;
                    }
                    else if (participant.isBuyer())
                    {
                        buyers++;
                    }
                    else
                    {
                        providers++;
                    }
                }
            }
            out.append("  ").append(exchange).append(": ").append(buyers + providers + both)
                .append(" (buyer ").append(buyers)
                .append(", provider ").append(providers)
                .append(", both ").append(both).append(")\n");
        }
        return out.toString();
    }
}
