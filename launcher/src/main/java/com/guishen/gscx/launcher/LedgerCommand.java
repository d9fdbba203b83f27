package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ConfigException;
import com.guishen.gscx.config.MarketConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code gscx ledger ...}: the booking service and the auditors' tools. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = "Run the ledger, and export, verify and report its books.",
    subcommands = {LedgerRunCommand.class, LedgerExportCommand.class, LedgerVerifyCommand.class,
        LedgerBalancesCommand.class})
final class LedgerCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where a data directory keeps the ledger's journal. */
    static Path journal(final Path dataDirectory)
    {
        return dataDirectory.resolve("ledger");
    }

    /** The market, or null after printing every problem of its configuration. */
    static MarketConfig market(final MarketConfigOption option)
    {
        try
        {
            return option.load();
        }
        catch (final ConfigException ex)
        {
            System.err.println(ex.getMessage());
            return null;
        }
    }

    /**
     * A time option as epoch nanoseconds: an ISO-8601 date-time with offset ({@code 2026-12-01T00:00+08:00}),
     * an instant ({@code 2026-11-30T16:00:00Z}) or epoch nanoseconds.
     *
     * @throws IllegalArgumentException naming the option and the text.
     */
    static long epochNanos(final String option, final String text)
    {
        try
        {
            if (text.chars().allMatch(Character::isDigit))
            {
                return Long.parseLong(text);
            }
            final Instant instant = text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        }
        catch (final DateTimeParseException | NumberFormatException | ArithmeticException ex)
        {
            throw new IllegalArgumentException(option + " must be an ISO-8601 time with offset (2026-12-01T00:00+08:00), " +
                "an instant (2026-11-30T16:00:00Z) or epoch nanoseconds, got '" + text + "'");
        }
    }
}
