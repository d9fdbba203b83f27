package com.guishen.gscx.config;

import java.math.BigDecimal;

/**
 * Market-wide pre-trade risk limits, on top of each participant's credit and capacity.
 *
 * @param defaultPriceBandPct         band of an instrument that does not set priceBandPct,
 *                                    in [0, 100); 0 = no band. Default {@value #DEFAULT_PRICE_BAND_PCT}.
 * @param maxOrderNotional            largest price x qty x deliveryHours of one order, CNY.
 *                                    Default {@value #DEFAULT_MAX_ORDER_NOTIONAL}.
 * @param maxOpenOrdersPerParticipant most resting orders one participant may have over all instruments.
 *                                    Default {@value #DEFAULT_MAX_OPEN_ORDERS_PER_PARTICIPANT}.
 * @param maxOrdersPerSecond          order messages (new, cancel, replace) one FIX session may send
 *                                    per second before the gateway throttles it.
 *                                    Default {@value #DEFAULT_MAX_ORDERS_PER_SECOND}.
 */
public record RiskSettings(
    BigDecimal defaultPriceBandPct,
    BigDecimal maxOrderNotional,
    int maxOpenOrdersPerParticipant,
    int maxOrdersPerSecond)
{
    public static final String DEFAULT_PRICE_BAND_PCT = "10";
    public static final String DEFAULT_MAX_ORDER_NOTIONAL = "10000000";
    public static final int DEFAULT_MAX_OPEN_ORDERS_PER_PARTICIPANT = 1000;
    public static final int DEFAULT_MAX_ORDERS_PER_SECOND = 100;

    /** Every limit at its default. */
    public static RiskSettings defaults()
    {
        return new RiskSettings(
            new BigDecimal(DEFAULT_PRICE_BAND_PCT),
            new BigDecimal(DEFAULT_MAX_ORDER_NOTIONAL),
            DEFAULT_MAX_OPEN_ORDERS_PER_PARTICIPANT,
            DEFAULT_MAX_ORDERS_PER_SECOND);
    }
}
