package com.guishen.gscx.launcher;

import com.guishen.gscx.config.Capacity;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.GatewaySettings;
import com.guishen.gscx.config.InstrumentTemplate;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.config.PasswordHasher;
import com.guishen.gscx.config.PortSettings;
import com.guishen.gscx.config.ResourceClass;
import com.guishen.gscx.config.Role;
import com.guishen.gscx.config.SelfTradePrevention;
import com.guishen.gscx.config.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo's market: the configured instruments, exchanges and settings, traded by a crowd of
 * simulated firms — Shenzhen rendering studios, AI labs and imaging firms buying, Gui'an and Guiyang
 * data centres providing. Each firm's FIX password is {@code <id>-demo}.
 */
final class DemoMarket
{
    private static final String[] BUYER_KINDS = {"ai", "render", "medimg", "animation", "bio", "auto"};
    private static final String[] BUYER_NAMES = {"AI lab", "rendering studio", "medical imaging firm",
        "animation studio", "biotech modelling team", "autonomous-driving lab"};
    private static final BigDecimal BUYER_FUNDS = new BigDecimal("50000000");
    /** What a provider deposits so that a penalty for a failed delivery can always be paid. */
    private static final BigDecimal PROVIDER_BOND = new BigDecimal("1000000");

    private DemoMarket()
    {
    }

    /** A demo firm: its id and FIX password, and for a provider the site of its data centre. */
    record Firm(String id, String password, boolean buyer, String site)
    {
    }

    /**
     * The market with {@code firms} simulated participants (two buyers for every provider), replacing the
     * configured ones, the FIX gateway on {@code fixPort} and the admin console on {@code adminPort}.
     */
    static MarketConfig of(final MarketConfig base, final int firms, final int fixPort, final int adminPort,
        final List<Firm> created)
    {
        final int providers = Math.max(1, firms / 3);
        final int buyers = Math.max(1, firms - providers);
        final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
        final List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < buyers; i++)
        {
            final String id = String.format("sz-%s-%02d", BUYER_KINDS[i % BUYER_KINDS.length], i + 1);
            final String password = id + "-demo";
            participants.add(new Participant(id, "Shenzhen " + BUYER_NAMES[i % BUYER_NAMES.length] + " " + (i + 1),
                ExchangeId.SZDE, Set.of(Role.BUYER), hasher.hash(password.toCharArray()), BUYER_FUNDS, List.of(),
                SelfTradePrevention.CANCEL_AGGRESSOR, base.fees().defaultsFor(ExchangeId.SZDE), BUYER_FUNDS));
            created.add(new Firm(id, password, true, null));
        }
        for (int i = 0; i < providers; i++)
        {
            final Site site = base.sites().get(i % base.sites().size());
            final String id = String.format("gy-%s-dc%02d", site.id().toLowerCase(), i + 1);
            final String password = id + "-demo";
            final List<Capacity> capacity = new ArrayList<>();
            for (final ResourceClass resource : base.resources())
            {
                capacity.add(new Capacity(resource.id(), site.id(), unitsOf(base, resource.id(), site.id())));
            }
            participants.add(new Participant(id, site.name() + " provider " + (i + 1), ExchangeId.GYBDE,
                Set.of(Role.PROVIDER), hasher.hash(password.toCharArray()), BigDecimal.ZERO, capacity,
                SelfTradePrevention.CANCEL_AGGRESSOR, base.fees().defaultsFor(ExchangeId.GYBDE), PROVIDER_BOND));
            created.add(new Firm(id, password, false, site.id()));
        }
        final Set<String> everyone = new LinkedHashSet<>();
        participants.forEach(participant -> everyone.add(participant.id()));
        final GatewaySettings gateway = base.gateway();
        final GatewaySettings demoGateway = new GatewaySettings(gateway.compId(), gateway.bindAddress(),
            gateway.logonTimeout(), gateway.sendingTimeTolerance(), gateway.maxMessageSize(), false,
            gateway.sequenceResetTime(), everyone, gateway.dropCopy());
        final PortSettings ports = base.ports();
        return new MarketConfig(base.exchanges(), base.resources(), base.sites(), base.instruments(),
            base.instrumentTemplates(), participants, base.fees(), base.risk(),
            new PortSettings(fixPort, adminPort, ports.kafka(), ports.kafkaController()), base.kafka(),
            base.settlement(), demoGateway, base.adminConsole());
    }

    /** Enough units of a resource at a site for a provider to ladder offers over many windows. */
    private static long unitsOf(final MarketConfig base, final String resource, final String site)
    {
        long lot = 1;
        for (final InstrumentTemplate template : base.instrumentTemplates())
        {
            if (template.resource().equals(resource) && template.site().equals(site))
            {
                lot = Math.max(lot, template.lotSize());
            }
        }
        return lot * 512;
    }
}
