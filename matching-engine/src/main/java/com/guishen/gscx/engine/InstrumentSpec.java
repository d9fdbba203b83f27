package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

/**
 * What the engine needs to list an instrument. Prices are fixed-point ({@link FixedPoint});
 * {@code priceBandPct} is fixed-point too (5% is {@code 5 * FixedPoint.ONE}), 0 for no band;
 * {@code deliveryStart} is an engine timestamp (ns), {@link Long#MAX_VALUE} for never;
 * {@code priceDecimals} is how many decimals its prices are shown with (those of the tick
 * size as written).
 */
public record InstrumentSpec(
    String symbol,
    long tickSize,
    long lotSize,
    int deliveryHours,
    long priceBandPct,
    long referencePrice,
    long deliveryStart,
    int priceDecimals)
{
    /** Checks the spec and says precisely what is wrong. */
    public InstrumentSpec
    {
        require(symbol != null && symbol.matches("[!-~]{1,32}"),
            "symbol must be 1 to 32 printable ASCII characters, got '" + symbol + "'");
        require(tickSize > 0, "tickSize must be > 0, got " + FixedPoint.toString(tickSize));
        require(lotSize > 0, "lotSize must be > 0, got " + lotSize);
        require(deliveryHours > 0, "deliveryHours must be > 0, got " + deliveryHours);
        require(priceBandPct >= 0 && priceBandPct < 100 * FixedPoint.ONE,
            "priceBandPct must be in [0, 100), got " + FixedPoint.toString(priceBandPct));
        require(priceDecimals >= 0 && priceDecimals <= FixedPoint.SCALE,
            "prices can be shown with 0 to " + FixedPoint.SCALE + " decimals, got " + priceDecimals);
        require(tickSize <= 0 || tickSize % pow10(FixedPoint.SCALE - Math.min(priceDecimals, FixedPoint.SCALE)) == 0,
            "tickSize " + FixedPoint.toString(tickSize) + " has more decimals than " + priceDecimals);
        require(priceBandPct == 0 || referencePrice > 0,
            "referencePrice must be > 0 when there is a price band, got " + FixedPoint.toString(referencePrice));
        require(referencePrice >= 0 && (tickSize <= 0 || referencePrice % tickSize == 0),
            "referencePrice " + FixedPoint.toString(referencePrice) + " is not a non-negative multiple of tickSize " +
            FixedPoint.toString(tickSize));
    }

    private static long pow10(final int exponent)
    {
        long value = 1;
        for (int i = 0; i < exponent; i++)
        {
            value *= 10;
        }
        return value;
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
