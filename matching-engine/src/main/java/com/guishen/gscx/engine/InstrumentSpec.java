package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

/**
 * What the engine needs to list an instrument. Prices are fixed-point ({@link FixedPoint});
 * {@code priceBandPct} is fixed-point too (5% is {@code 5 * FixedPoint.ONE}), 0 for no band;
 * {@code deliveryStart} is an engine timestamp (ns), {@link Long#MAX_VALUE} for never.
 */
public record InstrumentSpec(
    String symbol,
    long tickSize,
    long lotSize,
    int deliveryHours,
    long priceBandPct,
    long referencePrice,
    long deliveryStart)
{
    /** Checks the spec and says precisely what is wrong. */
    public InstrumentSpec
    {
        require(symbol != null && !symbol.isEmpty(), "symbol must not be empty");
        require(tickSize > 0, "tickSize must be > 0, got " + FixedPoint.toString(tickSize));
        require(lotSize > 0, "lotSize must be > 0, got " + lotSize);
        require(deliveryHours > 0, "deliveryHours must be > 0, got " + deliveryHours);
        require(priceBandPct >= 0 && priceBandPct < 100 * FixedPoint.ONE,
            "priceBandPct must be in [0, 100), got " + FixedPoint.toString(priceBandPct));
        require(priceBandPct == 0 || referencePrice > 0,
            "referencePrice must be > 0 when there is a price band, got " + FixedPoint.toString(referencePrice));
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
