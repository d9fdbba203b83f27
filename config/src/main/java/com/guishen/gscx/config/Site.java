package com.guishen.gscx.config;

import java.math.BigDecimal;

/**
 * A data centre (or campus) where compute is delivered, with what a Shenzhen buyer cares
 * about: network latency to Shenzhen and how green its power is.
 *
 * @param id                  upper-case id used in symbols, e.g. {@code GUIAN}.
 * @param name                display name.
 * @param region              region, e.g. "Guizhou, Gui'an New Area".
 * @param latencyToShenzhenMs round-trip latency to Shenzhen in milliseconds.
 * @param greenPowerPct       share of the site's power from renewable sources, 0 to 100.
 */
public record Site(
    String id,
    String name,
    String region,
    BigDecimal latencyToShenzhenMs,
    BigDecimal greenPowerPct)
{
}
