package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The default fee rates of each exchange, charged to its members unless a participant has
 * rates of its own. Fees are booked to the home exchange's fee account.
 *
 * @param defaults rates per exchange; an exchange left out of the YAML gets {@link #DEFAULT_RATES}.
 */
public record FeeSchedule(Map<ExchangeId, FeeRates> defaults)
{
    /** Rates of an exchange whose fees are not configured: maker 1 bp, taker 2 bp. */
    public static final FeeRates DEFAULT_RATES = new FeeRates(BigDecimal.ONE, BigDecimal.valueOf(2));

    public FeeSchedule
    {
        defaults = Map.copyOf(defaults);
    }

    /** The default rates for members of an exchange. */
    public FeeRates defaultsFor(final ExchangeId exchange)
    {
        return defaults.getOrDefault(exchange, DEFAULT_RATES);
    }

    /** The schedule with {@link #DEFAULT_RATES} for both exchanges. */
    public static FeeSchedule defaultSchedule()
    {
        final Map<ExchangeId, FeeRates> rates = new EnumMap<>(ExchangeId.class);
        for (final ExchangeId exchange : ExchangeId.values())
        {
            rates.put(exchange, DEFAULT_RATES);
        }
        return new FeeSchedule(rates);
    }
}
