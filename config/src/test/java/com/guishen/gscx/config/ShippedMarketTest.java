package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default market shipped as config/gscx.yaml and as the classpath resource gscx.yaml. */
class ShippedMarketTest
{
    private static final Instant CLOCK = OffsetDateTime.parse("2026-11-28T10:15+08:00").toInstant();
    private static final MarketConfig SHIPPED = MarketConfigLoader.load(Path.of("gscx.yaml"));

    @Test
    void theClasspathCopyIsTheSameMarket()
    {
        assertEquals(SHIPPED, MarketConfigLoader.loadDefault());
    }

    @Test
    void everyParticipantLogsInWithItsDemoPassword()
    {
        for (final Participant participant : SHIPPED.participants())
        {
            assertTrue(participant.fixCredentials().verify((participant.id() + "-demo").toCharArray()), participant.id());
        }
        assertFalse(SHIPPED.participant("szai-lab").orElseThrow().fixCredentials().verify("sz-render-demo".toCharArray()));
    }

    @Test
    void shenzhenBuysAndGuizhouProvides()
    {
        assertEquals(List.of("H100", "ASCEND910B", "EPYC9654"), SHIPPED.resources().stream().map(ResourceClass::id).toList());
        assertEquals(List.of("GUIAN", "GUIYANG"), SHIPPED.sites().stream().map(Site::id).toList());
        assertEquals("""
            market at 2026-11-28 10:15:00 CST
            exchanges: 2 (SZDE Shenzhen Data Exchange, GYBDE Guiyang Big Data Exchange)
            resources: 3 (H100 GPU, ASCEND910B GPU, EPYC9654 CPU)
            sites: 2 (GUIAN, GUIYANG)
            instruments: 332 listed (2 explicit, 12 templates), first ASCEND910B.GUIAN.H2026112811, last H100.GUIAN.M202701
            participants: 6
              SZDE: 3 (buyer 3, provider 0, both 0)
              GYBDE: 3 (buyer 0, provider 2, both 1)
            """, ConfigSummary.describe(SHIPPED, CLOCK));
    }

    @Test
    void pricesAreRealisticCnyPerUnitHour()
    {
        for (final InstrumentDefinition instrument : SHIPPED.instrumentsAt(CLOCK))
        {
            final double price = instrument.referencePrice().doubleValue();
            final boolean realistic = switch (instrument.resource())
            {
                case "H100" -> price >= 12 && price <= 20;
                case "ASCEND910B" -> price >= 8 && price <= 12;
                default -> price >= 0.1 && price <= 0.3;
            };
            assertTrue(realistic, instrument.symbol() + " at " + instrument.referencePrice());
        }
    }

    @Test
    void declaresTheMarketToTheEngine()
    {
        final List<String> lines = EngineDeclarations.at(SHIPPED, CLOCK);

        assertEquals(332 + 6 + 3 * 332, lines.size(), "instruments, participants, capacity of 3 providers in each");
        assertTrue(lines.contains("INSTRUMENT,EPYC9654.GUIYANG.D20261129,0.001,8,24,20,0.165,1795881600000000000"));
        assertTrue(lines.contains("PARTICIPANT,qianyun,GYBDE,BS,2000000,0,CANCEL_BOTH"));
        assertTrue(lines.contains("PARTICIPANT,guian-dc,GYBDE,S,0,0,CANCEL_AGGRESSOR"));
        assertTrue(lines.stream().anyMatch(line -> line.matches("CAPACITY,guian-dc,H100\\.GUIAN\\.D20261129,[1-9]\\d*")),
            "guian-dc registered H100 capacity in Gui'an");
    }
}
