package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --config} option: which market configuration a command works with. */
final class MarketConfigOption
{
    static final Path DEFAULT_FILE = Path.of("config", "gscx.yaml");

    @Option(names = "--config", paramLabel = "FILE",
        description = "The market configuration (default: config/gscx.yaml, else the shipped default market).")
    Path file;

    /** Loads and validates the market; throws {@link com.guishen.gscx.config.ConfigException} listing every problem. */
    MarketConfig load()
    {
        return load(file);
    }

    /**
     * Loads the market, or prints every problem and the command's one-line verdict to standard error and
     * returns null (the command then exits with {@link ExitCodes#BAD_INPUT}, having started nothing).
     */
    MarketConfig loadOrReport(final String command)
    {
        try
        {
            return load();
        }
        catch (final com.guishen.gscx.config.ConfigException ex)
        {
            System.err.println(ex.getMessage());
            System.err.println(command + ": the market configuration has " + ex.errors().size() +
                " problem(s); nothing was started");
            return null;
        }
    }

    static MarketConfig load(final Path file)
    {
        if (file != null)
        {
            return MarketConfigLoader.load(file);
        }
        return Files.exists(DEFAULT_FILE) ? MarketConfigLoader.load(DEFAULT_FILE) : MarketConfigLoader.loadDefault();
    }

    /** What the loaded market is called in messages. */
    static String describe(final Path file)
    {
        if (file != null)
        {
            return file.toString();
        }
        return Files.exists(DEFAULT_FILE) ? DEFAULT_FILE.toString() : "the shipped default market";
    }
}
