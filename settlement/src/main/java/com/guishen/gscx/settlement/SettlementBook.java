package com.guishen.gscx.settlement;

import com.guishen.gscx.config.MarketConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

/**
 * Applies inputs to {@link Settlement} and journals each with its outputs before anything else
 * sees them; writes the CSV of every cycle that closes. Opening it replays the journal, so it
 * resumes exactly where the last process stopped, whenever that process died.
 */
public final class SettlementBook implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(SettlementBook.class);

    private final SettlementJournal journal;
    private final Settlement settlement;
    private final Path reports;
    private long records;
    private int reportedCycles;

    private SettlementBook(final SettlementJournal journal, final Settlement settlement, final Path reports)
    {
        this.journal = journal;
        this.settlement = settlement;
        this.reports = reports;
    }

    /**
     * Opens the journal in {@code directory} for writing, replays it, and writes any cycle CSV that
     * is missing from {@code reports}.
     *
     * @throws IllegalStateException when another process writes it, or a record cannot be read.
     */
    public static SettlementBook open(final Path directory, final Path reports, final MarketConfig config)
    {
        final SettlementJournal journal = SettlementJournal.openForWriting(directory);
        try
        {
            final Settlement settlement = replay(journal, config);
            final SettlementBook book = new SettlementBook(journal, settlement, reports);
            book.records = settlement.inputs();
            book.reportedCycles = settlement.closedCycles();
            settlement.cycles().forEach(cycle -> CycleReport.write(reports, cycle));
            return book;
        }
        catch (final RuntimeException ex)
        {
            journal.close();
            throw ex;
        }
    }

    /** The state a journal holds, rebuilt by applying its inputs again (read-only use: the inspection commands). */
    public static Settlement replay(final SettlementJournal journal, final MarketConfig config)
    {
        final Settlement settlement = new Settlement(config);
        final SettlementJournal.Reader reader = journal.reader();
        for (SettlementJournal.Record record = reader.next(); record != null; record = reader.next())
        {
            final List<SettlementOutput> outputs = record.fill() ? settlement.onFill(record.source(), record.value()) :
                settlement.onDelivery(record.source(), record.value());
            if (outputs.size() != record.outputs().size())
            {
                LOG.warn("settlement journal record {}: replayed with {} outputs where {} were published (was the " +
                    "settlement configuration changed?)", record.sequence(), outputs.size(), record.outputs().size());
            }
        }
        return settlement;
    }

    /** Applies a {@code gscx.fills} record. */
    public List<SettlementOutput> applyFill(final InputSource source, final byte[] value)
    {
        return journaled(source, true, value, settlement.onFill(source, value));
    }

    /** Applies a {@code gscx.deliveries} record. */
    public List<SettlementOutput> applyDelivery(final InputSource source, final byte[] value)
    {
        return journaled(source, false, value, settlement.onDelivery(source, value));
    }

    private List<SettlementOutput> journaled(final InputSource source, final boolean fill, final byte[] value,
        final List<SettlementOutput> outputs)
    {
        journal.append(source, fill, value, outputs);
        records++;
        if (settlement.closedCycles() > reportedCycles)
        {
            final List<SettlementCycle> cycles = settlement.cycles();
            for (int i = reportedCycles; i < cycles.size(); i++)
            {
                CycleReport.write(reports, cycles.get(i));
            }
            reportedCycles = cycles.size();
        }
        return outputs;
    }

    public Settlement settlement()
    {
        return settlement;
    }

    public SettlementJournal journal()
    {
        return journal;
    }

    /** Where the cycles' CSV files are written. */
    public Path reports()
    {
        return reports;
    }

    /** How many records the journal holds. */
    public long records()
    {
        return records;
    }

    @Override
    public void close()
    {
        journal.close();
    }
}
