package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSummaryTest
{
    @TempDir
    Path dir;

    @Test
    void summarisesWhatTheMarketHoldsAtTheClock()
    {
        final MarketConfig config = MarketYaml.load(dir, MarketYaml.VALID);

        final String summary = ConfigSummary.describe(config, OffsetDateTime.parse("2026-11-28T23:30+08:00").toInstant());

        assertEquals("""
            market at 2026-11-28 23:30:00 CST
            exchanges: 2 (SZDE Shenzhen Data Exchange, GYBDE Guiyang Big Data Exchange)
            resources: 2 (H100 GPU, EPYC9654 CPU)
            sites: 1 (GUIAN)
            instruments: 11 listed (1 explicit, 2 templates), first EPYC9654.GUIAN.H2026112900, last H100.GUIAN.M202701
            participants: 2
              SZDE: 1 (buyer 1, provider 0, both 0)
              GYBDE: 1 (buyer 0, provider 1, both 0)
            """, summary);
    }
}
