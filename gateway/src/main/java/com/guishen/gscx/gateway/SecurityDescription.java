package com.guishen.gscx.gateway;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.ResourceClass;
import com.guishen.gscx.config.Site;

/**
 * The compute attributes of an instrument as one line of SecurityDesc (107) in a SecurityList:
 * FIX 4.4 has no fields for GPU models or delivery windows, and extra fields inside a repeating
 * group break the group for most FIX engines.
 */
final class SecurityDescription
{
    private SecurityDescription()
    {
    }

    static String of(final MarketConfig market, final InstrumentDefinition instrument)
    {
        final ResourceClass resource = market.resource(instrument.resource()).orElse(null);
        final Site site = market.site(instrument.site()).orElse(null);
        return (resource == null ? instrument.resource() :
                resource.model() + ", " + resource.computeUnitsPerUnitHour().toPlainString() + " compute units/unit-hour") +
            "; site " + (site == null ? instrument.site() : site.name()) +
            "; delivery " + instrument.deliveryStart().atOffset(MarketConfig.CHINA_STANDARD_TIME) + " for " +
            instrument.deliveryHours() + " h; tick " + instrument.tickSize().toPlainString() + " CNY/unit-hour" +
            "; lot " + instrument.lotSize() + ", min " + instrument.minQty() + ", max " + instrument.maxQty();
    }
}
