package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementBook;
import com.guishen.gscx.settlement.SettlementJournal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** {@code gscx settlement ...}: the settlement service, delivery confirmations, and what it has settled. */
@Command(
    name = "settlement",
    mixinStandardHelpOptions = true,
    description = "Run settlement (delivery tracking, escrow release, penalties, netted cycles), confirm or fail deliveries,"
        + " and inspect obligations, cycles and instructions.",
    subcommands = {SettlementRunCommand.class, SettlementConfirmCommand.class, SettlementFailCommand.class,
        SettlementCyclesCommand.class, SettlementObligationsCommand.class, SettlementInstructionsCommand.class})
final class SettlementCommand implements Runnable
{
    private static final DateTimeFormatter CST = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX")
        .withZone(MarketConfig.CHINA_STANDARD_TIME);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where a data directory keeps settlement's journal. */
    static Path journal(final Path dataDirectory)
    {
        return dataDirectory.resolve("settlement");
    }

    /** Where a data directory keeps the cycles' CSV files. */
    static Path reports(final Path dataDirectory)
    {
        return dataDirectory.resolve("settlement-cycles");
    }

    /**
     * Settlement's state as its journal holds it, rebuilt read-only (a running service may go on writing).
     *
     * @throws IllegalArgumentException when the data directory has no settlement journal.
     */
    /**
     * The settlement state of a data directory rebuilt from its journal under the market of {@code config}, or
     * null after printing why not (a bad market, no journal) for the inspection commands.
     */
    static Settlement stateOrReport(final java.nio.file.Path dataDirectory, final MarketConfigOption config,
        final String command)
    {
        final com.guishen.gscx.config.MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return null;
        }
        try
        {
            return state(dataDirectory, market);
        }
        catch (final IllegalArgumentException | IllegalStateException ex)
        {
            System.err.println(command + ": " + ex.getMessage());
            return null;
        }
    }

    static Settlement state(final Path dataDirectory, final MarketConfig market)
    {
        try (SettlementJournal journal = SettlementJournal.openForReading(journal(dataDirectory)))
        {
            return SettlementBook.replay(journal, market);
        }
    }

    /** An epoch-ns time as {@code 2026-12-01T14:00+08:00}. */
    static String time(final long epochNanos)
    {
        return CST.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
            Math.floorMod(epochNanos, 1_000_000_000L)));
    }
}
