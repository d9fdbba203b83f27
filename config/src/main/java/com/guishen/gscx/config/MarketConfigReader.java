package com.guishen.gscx.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the YAML tree of a market into a {@link MarketConfig}: the top-level sections and
 * the catalogue (exchanges, resources, sites), handing instruments, participants and
 * settings to their readers. Reports every problem; the result is only meaningful when none
 * was reported.
 */
final class MarketConfigReader
{
    static final List<String> SECTIONS = List.of(
        "exchanges", "resources", "sites", "fees", "risk", "instruments", "instrumentTemplates", "participants",
        "ports", "kafka", "settlement", "gateway", "adminConsole");

    /** Resource and site ids: they are symbol parts, so upper-case letters and digits only. */
    private static final Pattern CATALOGUE_ID = Pattern.compile("[A-Z][A-Z0-9]{0,15}");

    private MarketConfigReader()
    {
    }

    static MarketConfig read(final JsonNode tree, final ConfigErrors errors)
    {
        final ConfigNode root = new ConfigNode(tree, "", errors);
        if (root.isMissing())
        {
            root.error("is empty: expected the sections " + String.join(", ", SECTIONS));
            return null;
        }
        if (!tree.isObject())
        {
            root.error("must be a mapping of sections (" + String.join(", ", SECTIONS) + "), got " + root.got());
            return null;
        }
        root.rejectUnknownKeys(SECTIONS);

        final List<Exchange> exchanges = exchanges(root.get("exchanges"));
        final List<ResourceClass> resources = resources(root.get("resources"));
        final List<Site> sites = sites(root.get("sites"));
        final FeeSchedule fees = SettingsReader.fees(root.get("fees"));
        final RiskSettings risk = SettingsReader.risk(root.get("risk"));

        final Set<String> resourceIds = new LinkedHashSet<>();
        resources.forEach(resource -> resourceIds.add(resource.id()));
        final Set<String> siteIds = new LinkedHashSet<>();
        sites.forEach(site -> siteIds.add(site.id()));

        final InstrumentReader instrumentReader = new InstrumentReader(resourceIds, siteIds, risk.defaultPriceBandPct());
        final List<InstrumentDefinition> instruments = instrumentReader.instruments(root.get("instruments"));
        final List<InstrumentTemplate> templates = instrumentReader.templates(root.get("instrumentTemplates"));
        instrumentReader.checkTemplateClashes();
        final List<Participant> participants =
            new ParticipantReader(resourceIds, siteIds, fees).participants(root.get("participants"));

        final PortSettings ports = SettingsReader.ports(root.get("ports"));
        final KafkaSettings kafka = SettingsReader.kafka(root.get("kafka"));
        final java.util.Set<String> participantIds = new java.util.HashSet<>();
        participants.forEach(participant -> participantIds.add(participant.id()));
        final SettlementSettings settlement = SettingsReader.settlement(root.get("settlement"), participantIds);
        final GatewaySettings gateway = GatewayReader.gateway(root.get("gateway"), participants);
        final AdminConsoleSettings adminConsole = AdminConsoleReader.adminConsole(root.get("adminConsole"));

        return new MarketConfig(exchanges, resources, sites, instruments, templates, participants, fees, risk, ports,
            kafka, settlement, gateway, adminConsole);
    }

    /** Upper-case letters and digits, starting with a letter, at most 16: a valid symbol part. */
    private static String catalogueId(final ConfigNode node)
    {
        final String id = node.text();
        if (id != null && !CATALOGUE_ID.matcher(id).matches())
        {
            node.error("must be 1-16 upper-case letters or digits, starting with a letter, got " + node.got());
            return null;
        }
        return id;
    }

    private static List<Exchange> exchanges(final ConfigNode section)
    {
        final List<Exchange> exchanges = new ArrayList<>();
        final DuplicateCheck<ExchangeId> ids = new DuplicateCheck<>();
        final Set<ExchangeId> missing = EnumSet.allOf(ExchangeId.class);
        final List<ConfigNode> items = section.list(true);
        for (final ConfigNode item : items)
        {
            final ConfigNode fields = item.mapping(
                true, "id", "name", "city", "feeAccount", "clearingAccount", "settlementBankAccount");
            final ExchangeId id = fields.get("id").choice(ExchangeId.class);
            if (id != null)
            {
                ids.claim(fields.get("id"), id);
                missing.remove(id);
            }
            exchanges.add(new Exchange(
                id,
                fields.get("name").nonEmptyText(),
                fields.get("city").text(""),
                fields.get("feeAccount").text(id == null ? null : Exchange.defaultFeeAccount(id)),
                fields.get("clearingAccount").text(id == null ? null : Exchange.defaultClearingAccount(id)),
                fields.get("settlementBankAccount").text("")));
        }
        if (!items.isEmpty())
        {
            for (final ExchangeId id : missing)
            {
                section.error(id + " is missing (both SZDE and GYBDE must be defined)");
            }
        }
        return exchanges;
    }

    private static List<ResourceClass> resources(final ConfigNode section)
    {
        final List<ResourceClass> resources = new ArrayList<>();
        final DuplicateCheck<String> ids = new DuplicateCheck<>();
        for (final ConfigNode item : section.list(true))
        {
            final ConfigNode fields = item.mapping(
                true, "id", "kind", "model", "memoryGb", "interconnect", "computeUnitsPerUnitHour");
            final String id = catalogueId(fields.get("id"));
            final boolean unique = id != null && ids.claim(fields.get("id"), id);
            final ResourceKind kind = fields.get("kind").choice(ResourceKind.class);
            final String model = fields.get("model").nonEmptyText();
            final Long memoryGb = fields.get("memoryGb").wholeBetween(1, 1_000_000, null);
            final String interconnect = fields.get("interconnect").text("");
            final BigDecimal units = fields.get("computeUnitsPerUnitHour").positiveDecimal();
            if (unique)
            {
                resources.add(new ResourceClass(id, kind, model, memoryGb == null ? 0 : memoryGb.intValue(), interconnect, units));
            }
        }
        return resources;
    }

    private static List<Site> sites(final ConfigNode section)
    {
        final List<Site> sites = new ArrayList<>();
        final DuplicateCheck<String> ids = new DuplicateCheck<>();
        for (final ConfigNode item : section.list(true))
        {
            final ConfigNode fields = item.mapping(
                true, "id", "name", "region", "latencyToShenzhenMs", "greenPowerPct");
            final String id = catalogueId(fields.get("id"));
            final boolean unique = id != null && ids.claim(fields.get("id"), id);
            final String name = fields.get("name").nonEmptyText();
            final String region = fields.get("region").nonEmptyText();
            final BigDecimal latency = fields.get("latencyToShenzhenMs").nonNegativeDecimal();
            final BigDecimal green = fields.get("greenPowerPct").percent(null);
            if (unique)
            {
                sites.add(new Site(id, name, region, latency, green));
            }
        }
        return sites;
    }
}
