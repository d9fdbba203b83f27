package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDeclarationsTest
{
    private static final Instant CLOCK = OffsetDateTime.parse("2026-11-28T23:30+08:00").toInstant();

    @TempDir
    Path dir;

    @Test
    void declaresEveryListedInstrumentThenEveryParticipant()
    {
        final MarketConfig config = MarketYaml.load(dir, MarketYaml.VALID);

        final List<String> lines = EngineDeclarations.at(config, CLOCK);

        assertEquals(11 + 2 + 11, lines.size(), "instruments, participants, then the provider's capacity in each");
        // 2026-11-29T00:00+08:00 is 1795881600 s after the epoch.
        assertEquals("INSTRUMENT,EPYC9654.GUIAN.H2026112900,0.001,4,1,10,0.180,1795881600000000000", lines.get(0));
        assertEquals("INSTRUMENT,H100.GUIAN.D20261129,0.05,1,24,15,16.00,1795881600000000000", lines.get(1));
        assertEquals("INSTRUMENT,H100.GUIAN.M202701,0.01,8,744,10,14.80,1798732800000000000", lines.get(10));
        assertEquals("PARTICIPANT,lab,SZDE,B,1000000,0,CANCEL_AGGRESSOR", lines.get(11));
        assertEquals("PARTICIPANT,dc,GYBDE,S,0,0,CANCEL_AGGRESSOR", lines.get(12));
        assertTrue(lines.subList(13, 24).stream().allMatch(line -> line.startsWith("CAPACITY,dc,")), lines.toString());
    }

    @Test
    void decimalsAreWrittenPlainNeverInScientificNotation()
    {
        final String yaml = MarketYaml.replace(
            MarketYaml.validWith("creditLimit: \"1000000\"", "creditLimit: 1E+6"),
            "priceBandPct: \"10\"", "priceBandPct: \"1E+1\"");
        final MarketConfig config = MarketYaml.load(dir, yaml);

        final List<String> lines = EngineDeclarations.at(config, CLOCK);

        assertEquals("INSTRUMENT,H100.GUIAN.M202701,0.01,8,744,10,14.80,1798732800000000000", lines.get(10));
        assertEquals("PARTICIPANT,lab,SZDE,B,1000000,0,CANCEL_AGGRESSOR", lines.get(11));
    }

    @Test
    void aBuyerAndProviderIsDeclaredBsWithItsOwnSelfTradePrevention()
    {
        final String yaml = MarketYaml.validWith("roles: [PROVIDER]", "roles: [PROVIDER, BUYER]\n    selfTradePrevention: CANCEL_BOTH");
        final MarketConfig config = MarketYaml.load(dir, yaml);

        assertEquals("PARTICIPANT,dc,GYBDE,BS,0,0,CANCEL_BOTH", EngineDeclarations.participant(config.participant("dc").orElseThrow()));
    }

    @Test
    void capacityIsRegisteredPerResourceAndSite()
    {
        final MarketConfig config = MarketYaml.load(dir, MarketYaml.VALID);
        final Participant provider = config.participant("dc").orElseThrow();
        final List<InstrumentDefinition> listed = config.instrumentsAt(CLOCK);

        assertEquals(64, provider.capacityFor(find(listed, "H100.GUIAN.D20261129")));
        assertEquals(64, provider.capacityFor(find(listed, "H100.GUIAN.M202701")));
        assertEquals(0, provider.capacityFor(find(listed, "EPYC9654.GUIAN.H2026112900")));
        assertEquals(0, config.participant("lab").orElseThrow().capacityFor(find(listed, "H100.GUIAN.D20261129")));
    }

    private static InstrumentDefinition find(final List<InstrumentDefinition> instruments, final String symbol)
    {
        return instruments.stream().filter(instrument -> instrument.symbol().equals(symbol)).findFirst().orElseThrow();
    }
}
