package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ConfigException;
import com.guishen.gscx.config.ConfigSummary;
import com.guishen.gscx.config.MarketConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code gscx config check [FILE]}: validate a market configuration and summarise it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Validate a market configuration and print a short summary.",
        "",
        "Every problem is reported, one per line, with the file, the path and the bad value;",
        "the exit code is then 2."})
final class ConfigCheckCommand implements Callable<Integer>
{
    @Parameters(arity = "0..1", paramLabel = "FILE",
        description = "The YAML file to check (default: config/gscx.yaml, else the shipped default market).")
    private Path file;

    @Option(names = "--at", paramLabel = "TIME",
        description = "The clock to list instruments at, ISO-8601 with offset (default: now), " +
            "e.g. 2026-12-01T09:00+08:00.")
    private String at;

    @Override
    public Integer call()
    {
        final Instant clock;
        try
        {
            clock = at == null ? Instant.now() : OffsetDateTime.parse(at).toInstant();
        }
        catch (final DateTimeParseException ex)
        {
            System.err.println("gscx config check: --at must be ISO-8601 with an offset, " +
                "e.g. 2026-12-01T09:00+08:00, got '" + at + "'");
            return ExitCodes.BAD_INPUT;
        }
        try
        {
            final MarketConfig config = MarketConfigOption.load(file);
            final String name = MarketConfigOption.describe(file);
            System.out.println(name + ": OK");
            System.out.println(ConfigSummary.describe(config, clock));
            return ExitCodes.OK;
        }
        catch (final ConfigException ex)
        {
            System.err.println(ex.getMessage());
            System.err.println("gscx config check: " + ex.errors().size() + " problem(s); nothing was started");
            return ExitCodes.BAD_INPUT;
        }
    }
}
