package com.guishen.gscx.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link LedgerView} that reads the journal afresh on every call: safe beside the running
 * ledger (it only reads), never stale. Cold path; each call costs a pass over the journal.
 */
public final class JournalLedgerView implements LedgerView
{
    private final Path journalDirectory;
    private final ChartOfAccounts chart;

    public JournalLedgerView(final Path journalDirectory, final ChartOfAccounts chart)
    {
        this.journalDirectory = journalDirectory;
        this.chart = chart;
    }

    @Override
    public Map<String, Long> balancesAt(final long time)
    {
        final Balances balances = new Balances();
        forEachEntry(entry ->
        {
            if (entry.time() < time)
            {
                balances.apply(entry);
            }
        });
        return balances.all();
    }

    @Override
    public List<JournalEntry> entries(final EntryFilter filter)
    {
        final List<JournalEntry> entries = new ArrayList<>();
        forEachEntry(entry ->
        {
            if (filter.matches(entry, chart))
            {
                entries.add(entry);
            }
        });
        return entries;
    }

    @Override
    public TrialBalance trialBalance()
    {
        final Balances balances = new Balances();
        forEachEntry(balances::apply);
        return TrialBalance.of(balances, chart);
    }

    @Override
    public ChartOfAccounts chart()
    {
        return chart;
    }

    /** Every entry of the journal, in order. */
    public void forEachEntry(final Consumer<JournalEntry> action)
    {
        try (LedgerJournal journal = LedgerJournal.openForReading(journalDirectory))
        {
            final LedgerJournal.Reader reader = journal.reader();
            for (LedgerJournal.Record record = reader.next(); record != null; record = reader.next())
            {
                if (record.isEntry())
                {
                    action.accept(record.entry());
                }
            }
        }
    }
}
