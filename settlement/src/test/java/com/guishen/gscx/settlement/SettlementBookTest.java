package com.guishen.gscx.settlement;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.guishen.gscx.settlement.Inputs.DAY_START;
import static com.guishen.gscx.settlement.Inputs.HOUR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal: what was applied comes back on reopening, with its outputs, positions and cycle CSVs. */
class SettlementBookTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();

    @TempDir
    Path root;

    @Test
    void reopeningTheJournalRestoresObligationsCyclesPositionsAndOutputs() throws Exception
    {
        final Path journal = root.resolve("settlement");
        final Path reports = root.resolve("cycles");
        final Inputs inputs = Inputs.inputs();
        final List<byte[]> published = new ArrayList<>();
        try (SettlementBook book = SettlementBook.open(journal, reports, MARKET))
        {
            book.applyFill(inputs.nextFill(), Inputs.fill(1, DAY_START - HOUR, "szai-lab", "guian-dc", "16.00", 8));
            book.applyFill(inputs.nextFill(), Inputs.fill(2, DAY_START - HOUR, "sz-render", "gy-hpc", "16.00", 1));
            book.applyDelivery(inputs.nextDelivery(), Inputs.confirmation("c1", 1, "192", "guian-dc", DAY_START + HOUR));
            book.applyDelivery(inputs.nextDelivery(), "garbage".getBytes());
            book.applyDelivery(inputs.nextDelivery(), Inputs.clock(DAY_START + 30 * HOUR)).forEach(o -> published.add(o.json()));
            assertEquals(5, book.records());
            assertThrows(IllegalStateException.class, () -> SettlementBook.open(journal, reports, MARKET),
                "one writer at a time");
        }
        Files.delete(CycleReport.file(reports, 202612010100L));

        try (SettlementBook book = SettlementBook.open(journal, reports, MARKET))
        {
            final Settlement settlement = book.settlement();
            assertEquals(5, book.records());
            assertEquals(ObligationState.CONFIRMED, settlement.obligation(1).orElseThrow().state());
            assertEquals(ObligationState.FAILED, settlement.obligation(2).orElseThrow().state());
            assertEquals(List.of(202612010100L, 202612020100L),
                settlement.cycles().stream().map(SettlementCycle::cycleId).toList());
            assertEquals(2, settlement.nextOffset("gscx.fills", 0), "offsets 0 and 1 applied");
            assertEquals(5, settlement.nextOffset("gscx.deliveries", 0));
            assertTrue(Files.exists(CycleReport.file(reports, 202612010100L)), "a missing CSV is written again");

            final SettlementJournal.Reader reader = book.journal().reader();
            SettlementJournal.Record last = null;
            for (SettlementJournal.Record record = reader.next(); record != null; record = reader.next())
            {
                last = record;
            }
            assertEquals(new InputSource("gscx.deliveries", 0, 4), last.source());
            assertEquals(published.size(), last.outputs().size());
            for (int i = 0; i < published.size(); i++)
            {
                assertArrayEquals(published.get(i), last.outputs().get(i).json());
            }
        }
    }
}
