package com.guishen.gscx.config;

import java.math.BigDecimal;

/** The engine's number format: longs with 4 implied decimals; config values must fit it exactly. */
final class FixedPoint
{
    static final int DECIMALS = 4;

    private FixedPoint()
    {
    }

    /** Whether the value has no non-zero digit beyond the 4th decimal. */
    static boolean fits(final BigDecimal value)
    {
        return value.stripTrailingZeros().scale() <= DECIMALS;
    }
}
