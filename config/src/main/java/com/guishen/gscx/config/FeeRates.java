package com.guishen.gscx.config;

import java.math.BigDecimal;

/**
 * Trading fees in basis points of notional (1 bp = 0.01 %): the maker rate for the resting
 * side of a fill, the taker rate for the aggressor.
 *
 * @param makerBps fee of the resting side, 0 to 1000.
 * @param takerBps fee of the aggressing side, 0 to 1000.
 */
public record FeeRates(BigDecimal makerBps, BigDecimal takerBps)
{
}
