package com.guishen.gscx.config;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The whole market as configured: who trades what, where and how, and how the system around
 * the engine runs. Load it with {@link MarketConfigLoader}; an instance from the loader has
 * passed every validation.
 *
 * @param exchanges           both exchanges, SZDE and GYBDE.
 * @param resources           resource classes that can be traded.
 * @param sites               data centres where compute is delivered.
 * @param instruments         explicitly listed instruments (e.g. monthly blocks).
 * @param instrumentTemplates rolling daily/hourly instrument schedules.
 * @param participants        member firms.
 * @param fees                default fee rates per exchange.
 * @param risk                market-wide risk limits.
 * @param ports               listening ports.
 * @param kafka               Kafka topics and topic creation.
 * @param settlement          settlement cycle and delivery penalties.
 * @param gateway             FIX sessions: the exchange's CompID, timeouts, resets, drop copies.
 * @param adminConsole        the admin console's users and login guards.
 */
public record MarketConfig(
    List<Exchange> exchanges,
    List<ResourceClass> resources,
    List<Site> sites,
    List<InstrumentDefinition> instruments,
    List<InstrumentTemplate> instrumentTemplates,
    List<Participant> participants,
    FeeSchedule fees,
    RiskSettings risk,
    PortSettings ports,
    KafkaSettings kafka,
    SettlementSettings settlement,
    GatewaySettings gateway,
    AdminConsoleSettings adminConsole)
{
    /** China Standard Time (UTC+08:00, no daylight saving): the zone of every delivery window. */
    public static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

    /** Listing order: delivery start, then symbol. */
    static final Comparator<InstrumentDefinition> LISTING_ORDER =
        Comparator.comparing(InstrumentDefinition::deliveryStart).thenComparing(InstrumentDefinition::symbol);

    public MarketConfig
    {
        exchanges = List.copyOf(exchanges);
        resources = List.copyOf(resources);
        sites = List.copyOf(sites);
        instruments = List.copyOf(instruments);
        instrumentTemplates = List.copyOf(instrumentTemplates);
        participants = List.copyOf(participants);
    }

    /** A market without admin console users ({@link AdminConsoleSettings#defaults()}), as before that section existed. */
    public MarketConfig(
        final List<Exchange> exchanges,
        final List<ResourceClass> resources,
        final List<Site> sites,
        final List<InstrumentDefinition> instruments,
        final List<InstrumentTemplate> instrumentTemplates,
        final List<Participant> participants,
        final FeeSchedule fees,
        final RiskSettings risk,
        final PortSettings ports,
        final KafkaSettings kafka,
        final SettlementSettings settlement,
        final GatewaySettings gateway)
    {
        this(exchanges, resources, sites, instruments, instrumentTemplates, participants, fees, risk, ports, kafka,
            settlement, gateway, AdminConsoleSettings.defaults());
    }

    /**
     * Every instrument tradeable at the clock: explicit instruments and template windows
     * whose delivery starts strictly after it, sorted by delivery start, then symbol.
     */
    public List<InstrumentDefinition> instrumentsAt(final Instant clock)
    {
        final List<InstrumentDefinition> listed = new ArrayList<>();
        for (final InstrumentDefinition instrument : instruments)
        {
            if (instrument.deliveryStart().isAfter(clock))
            {
                listed.add(instrument);
            }
        }
        for (final InstrumentTemplate template : instrumentTemplates)
        {
            listed.addAll(template.instrumentsAt(clock));
        }
        listed.sort(LISTING_ORDER);
        return List.copyOf(listed);
    }

    /** The exchange with that id. */
    public Optional<Exchange> exchange(final ExchangeId id)
    {
        return exchanges.stream().filter(exchange -> exchange.id() == id).findFirst();
    }

    /** The resource class with that id. */
    public Optional<ResourceClass> resource(final String id)
    {
        return resources.stream().filter(resource -> resource.id().equals(id)).findFirst();
    }

    /** The site with that id. */
    public Optional<Site> site(final String id)
    {
        return sites.stream().filter(site -> site.id().equals(id)).findFirst();
    }

    /** The participant with that id. */
    public Optional<Participant> participant(final String id)
    {
        return participants.stream().filter(participant -> participant.id().equals(id)).findFirst();
    }
}
