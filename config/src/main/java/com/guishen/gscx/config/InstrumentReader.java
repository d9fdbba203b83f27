package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads explicit instruments and instrument templates, checking their trading terms against
 * what the engine can handle (4-decimal fixed point, positive steps, lot multiples) and
 * their resource and site against the catalogue.
 */
final class InstrumentReader
{
    /** The engine and the gateways keep symbols in fixed-size fields. */
    static final int MAX_SYMBOL_LENGTH = 32;
    private static final Pattern SYMBOL = Pattern.compile("([A-Z][A-Z0-9]*)\\.([A-Z][A-Z0-9]*)\\.([A-Z0-9]+)");
    private static final String[] TERMS = {"tickSize", "lotSize", "minQty", "maxQty", "priceBandPct", "referencePrice"};

    private final Set<String> resourceIds;
    private final Set<String> siteIds;
    private final BigDecimal defaultPriceBandPct;
    private final List<ConfigNode> explicitSymbols = new ArrayList<>();
    private final List<InstrumentDefinition> explicit = new ArrayList<>();
    private final List<ConfigNode> templateNodes = new ArrayList<>();
    private final List<InstrumentTemplate> templates = new ArrayList<>();

    InstrumentReader(final Set<String> resourceIds, final Set<String> siteIds, final BigDecimal defaultPriceBandPct)
    {
        this.resourceIds = resourceIds;
        this.siteIds = siteIds;
        this.defaultPriceBandPct = defaultPriceBandPct != null ?
            defaultPriceBandPct : new BigDecimal(RiskSettings.DEFAULT_PRICE_BAND_PCT);
    }

    List<InstrumentDefinition> instruments(final ConfigNode section)
    {
        final DuplicateCheck<String> symbols = new DuplicateCheck<>();
        for (final ConfigNode item : section.list(false))
        {
            final ConfigNode fields = item.mapping(true, concat(
                new String[] {"symbol", "resource", "site", "deliveryStart", "deliveryHours"}, TERMS));
            final String resource = fields.get("resource").knownId(resourceIds, "resource");
            final String site = fields.get("site").knownId(siteIds, "site");
            final ConfigNode symbolNode = fields.get("symbol");
            final String symbol = symbol(symbolNode, fields.get("resource"), fields.get("site"));
            final Instant deliveryStart = deliveryStart(fields.get("deliveryStart"));
            final Long hours = fields.get("deliveryHours").wholeBetween(1, 24L * 366, null);
            final Terms terms = terms(fields);
            if (symbol != null && symbols.claim(symbolNode, symbol))
            {
                explicitSymbols.add(symbolNode);
                explicit.add(new InstrumentDefinition(
                    symbol, resource, site, deliveryStart, hours == null ? 0 : hours.intValue(),
                    terms.tickSize, terms.lotSize, terms.minQty, terms.maxQty, terms.priceBandPct, terms.referencePrice));
            }
        }
        return explicit;
    }

    List<InstrumentTemplate> templates(final ConfigNode section)
    {
        final DuplicateCheck<String> schedules = new DuplicateCheck<>();
        for (final ConfigNode item : section.list(false))
        {
            final ConfigNode fields = item.mapping(true, concat(new String[] {"resource", "site", "window", "windowsAhead"}, TERMS));
            final String resource = fields.get("resource").knownId(resourceIds, "resource");
            final String site = fields.get("site").knownId(siteIds, "site");
            final WindowKind window = fields.get("window").choice(WindowKind.class);
            final Long windowsAhead = fields.get("windowsAhead")
                .wholeBetween(1, 1000, window == null ? 1L : (long)InstrumentTemplate.defaultWindowsAhead(window));
            final Terms terms = terms(fields);
            if (resource == null || site == null || window == null)
            {
                continue;
            }
            final String example = resource + "." + site + "." + window.windowName(Instant.EPOCH);
            if (example.length() > MAX_SYMBOL_LENGTH)
            {
                item.error("symbols such as " + example + " would be longer than " + MAX_SYMBOL_LENGTH + " characters");
            }
            if (schedules.claim(item, resource + "." + site + " " + window, resource + "." + site + " " + window))
            {
                templateNodes.add(item);
                templates.add(new InstrumentTemplate(
                    resource, site, window, windowsAhead == null ? 0 : windowsAhead.intValue(),
                    terms.tickSize, terms.lotSize, terms.minQty, terms.maxQty, terms.priceBandPct, terms.referencePrice));
            }
        }
        return templates;
    }

    /**
     * Reports explicit instruments whose symbols look like a template's windows
     * ({@code D20261201} with a DAILY template for the same resource and site): they would
     * be listed twice.
     */
    void checkTemplateClashes()
    {
        for (int i = 0; i < explicit.size(); i++)
        {
            final InstrumentDefinition instrument = explicit.get(i);
            for (int t = 0; t < templates.size(); t++)
            {
                final InstrumentTemplate template = templates.get(t);
                final String prefix = template.symbolPrefix();
                if (instrument.symbol().startsWith(prefix) && template.window().looksLike(instrument.symbol().substring(prefix.length())))
                {
                    explicitSymbols.get(i).error("clashes with the " + template.window() + " windows of "
                        + templateNodes.get(t).path() + ", got " + instrument.symbol());
                }
            }
        }
    }

    private String symbol(final ConfigNode node, final ConfigNode resourceNode, final ConfigNode siteNode)
    {
        final String symbol = node.text();
        if (symbol == null)
        {
            return null;
        }
        final Matcher parts = SYMBOL.matcher(symbol);
        if (!parts.matches() || symbol.length() > MAX_SYMBOL_LENGTH)
        {
            node.error("must be RESOURCE.SITE.WINDOW in upper-case letters and digits, at most "
                + MAX_SYMBOL_LENGTH + " characters (e.g. H100.GUIAN.M202701), got " + node.got());
            return null;
        }
        final String resource = resourceNode.isMissing() ? null : resourceNode.got();
        final String site = siteNode.isMissing() ? null : siteNode.got();
        if (resource != null && !parts.group(1).equals(resource))
        {
            node.error("must start with its resource " + resource + ", got " + symbol);
            return null;
        }
        if (site != null && !parts.group(2).equals(site))
        {
            node.error("must have its site " + site + " as second part, got " + symbol);
            return null;
        }
        return symbol;
    }

    private static Instant deliveryStart(final ConfigNode node)
    {
        final String text = node.text();
        if (text == null)
        {
            return null;
        }
        try
        {
            return OffsetDateTime.parse(text.trim()).toInstant();
        }
        catch (final DateTimeParseException e)
        {
            node.error("must be an ISO-8601 date-time with offset such as 2027-01-01T00:00+08:00, got " + node.got());
            return null;
        }
    }

    private Terms terms(final ConfigNode fields)
    {
        final ConfigNode tickNode = fields.get("tickSize");
        BigDecimal tickSize = tickNode.positiveDecimal();
        if (tickSize != null && !FixedPoint.fits(tickSize))
        {
            tickNode.error("must have at most " + FixedPoint.DECIMALS + " decimals (the engine's fixed point), got " + tickNode.got());
            tickSize = null;
        }
        final Long lotSize = fields.get("lotSize").positiveWhole();
        final Long minQty = lotMultiple(fields.get("minQty"), lotSize);
        final Long maxQty = lotMultiple(fields.get("maxQty"), lotSize);
        if (minQty != null && maxQty != null && minQty > maxQty)
        {
            fields.get("minQty").error("must be <= maxQty (" + maxQty + "), got " + minQty);
        }
        final BigDecimal band = fields.get("priceBandPct").percentBelowHundred(defaultPriceBandPct);
        final ConfigNode referenceNode = fields.get("referencePrice");
        BigDecimal referencePrice = referenceNode.positiveDecimal();
        if (referencePrice != null && tickSize != null && referencePrice.remainder(tickSize).signum() != 0)
        {
            referenceNode.error("must be a multiple of tickSize (" + tickSize.toPlainString() + "), got " + referenceNode.got());
            referencePrice = null;
        }
        return new Terms(tickSize, lotSize == null ? 0 : lotSize, minQty == null ? 0 : minQty, maxQty == null ? 0 : maxQty,
            band, referencePrice);
    }

    private static Long lotMultiple(final ConfigNode node, final Long lotSize)
    {
        final Long qty = node.positiveWhole();
        if (qty != null && lotSize != null && qty % lotSize != 0)
        {
            node.error("must be a multiple of lotSize (" + lotSize + "), got " + node.got());
            return null;
        }
        return qty;
    }

    private static String[] concat(final String[] first, final String[] second)
    {
        final String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The trading terms shared by explicit instruments and templates, as read. */
    private record Terms(
        BigDecimal tickSize, long lotSize, long minQty, long maxQty, BigDecimal priceBandPct, BigDecimal referencePrice)
    {
    }
}
