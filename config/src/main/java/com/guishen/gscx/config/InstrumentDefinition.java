package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One tradeable compute product: a resource class at a site for one delivery window
 * (DESIGN.md section 2). Prices are CNY per unit-hour, quantities are units for the whole
 * window, so notional = price x qty x deliveryHours.
 *
 * @param symbol         {@code RESOURCE.SITE.WINDOW}, e.g. {@code H100.GUIAN.D20261201}.
 * @param resource       id of the {@link ResourceClass}.
 * @param site           id of the {@link Site}.
 * @param deliveryStart  start of the delivery window; trading closes at this instant.
 * @param deliveryHours  length of the delivery window in hours.
 * @param tickSize       price step, at most 4 decimals; its scale as written is the price display scale.
 * @param lotSize        quantity step in units.
 * @param minQty         smallest order quantity, a multiple of lotSize.
 * @param maxQty         largest order quantity, a multiple of lotSize.
 * @param priceBandPct   orders further than this percentage from referencePrice are rejected; 0 = no band.
 * @param referencePrice centre of the price band, a multiple of tickSize.
 */
public record InstrumentDefinition(
    String symbol,
    String resource,
    String site,
    Instant deliveryStart,
    int deliveryHours,
    BigDecimal tickSize,
    long lotSize,
    long minQty,
    long maxQty,
    BigDecimal priceBandPct,
    BigDecimal referencePrice)
{
    /** End of the delivery window. */
    public Instant deliveryEnd()
    {
        return deliveryStart.plus(Duration.ofHours(deliveryHours));
    }

    /** Delivery start in nanoseconds since the epoch: the engine's clock unit. */
    public long deliveryStartEpochNanos()
    {
        return Math.addExact(Math.multiplyExact(deliveryStart.getEpochSecond(), 1_000_000_000L), deliveryStart.getNano());
    }
}
