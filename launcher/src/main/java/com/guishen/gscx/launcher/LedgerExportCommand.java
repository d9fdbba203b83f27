package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.ledger.ChartOfAccounts;
import com.guishen.gscx.ledger.EntryExporter;
import com.guishen.gscx.ledger.EntryFilter;
import com.guishen.gscx.ledger.ExportFormat;
import com.guishen.gscx.ledger.JournalLedgerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gscx ledger export}: an auditor's export of the journal. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Export ledger entries as RFC 4180 CSV (one row per posting) or JSON Lines (one entry per line).",
        "",
        "Whole entries with their hash-chain fields, so that the file verifies on its own",
        "(gscx ledger verify FILE; add --filtered for an export by participant or exchange).",
        "Times: ISO-8601 with offset (2026-12-01T00:00+08:00), an instant (...Z) or epoch ns;",
        "an entry's time is its event's engine time (0 for opening deposits)."})
final class LedgerExportCommand implements Callable<Integer>
{
    @Option(names = "--from", paramLabel = "T", description = "First time included (default: the beginning).")
    private String from;

    @Option(names = "--to", paramLabel = "T", description = "Time excluded, and everything after (default: no end).")
    private String to;

    @Option(names = "--participant", paramLabel = "P", description = "Only entries that post to P's accounts.")
    private String participant;

    @Option(names = "--exchange", paramLabel = "X", description = "Only entries that post to accounts of X (SZDE or " +
        "GYBDE) or of its members.")
    private ExchangeId exchange;

    @Option(names = "--format", paramLabel = "csv|jsonl", required = true, converter = FormatConverter.class,
        description = "csv or jsonl.")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat>
    {
        @Override
        public ExportFormat convert(final String value)
        {
            return switch (value)
            {
                case "csv" -> ExportFormat.CSV;
                case "jsonl" -> ExportFormat.JSONL;
                default -> throw new picocli.CommandLine.TypeConversionException("must be csv or jsonl, got '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() throws IOException
    {
        final MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final EntryFilter filter;
        try
        {
            filter = new EntryFilter(
                from == null ? Long.MIN_VALUE : LedgerCommand.epochNanos("--from", from),
                to == null ? Long.MAX_VALUE : LedgerCommand.epochNanos("--to", to),
                participant, exchange);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("gscx ledger export: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (participant != null && market.participant(participant).isEmpty())
        {
            System.err.println("gscx ledger export: --participant " + participant + " is not a configured participant");
            return ExitCodes.BAD_INPUT;
        }
        final Path journal = LedgerCommand.journal(dataDirectory.path);
        final long entries;
        try (OutputStream stream = Files.newOutputStream(out))
        {
            entries = EntryExporter.export(new JournalLedgerView(journal, new ChartOfAccounts(market)), filter, format, stream);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("gscx ledger export: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        System.err.println("gscx ledger export: " + entries + " entries written to " + out);
        return ExitCodes.OK;
    }
}
