package com.guishen.gscx.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a market from one YAML file and validates all of it: the result is a
 * {@link MarketConfig} that passed every check, or a {@link ConfigException} listing every
 * problem, one per line, each naming the file, the path and the bad value.
 */
public final class MarketConfigLoader
{
    /** Classpath name of the shipped default market (config/gscx.yaml in the source tree). */
    public static final String DEFAULT_RESOURCE = "gscx.yaml";

    private MarketConfigLoader()
    {
    }

    /** Loads and validates the market in the file; messages name the file by its file name. */
    public static MarketConfig load(final Path file)
    {
        final String source = String.valueOf(file.getFileName());
        final String text;
        try
        {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new ConfigException(List.of(source + ": cannot read " + file + ": " + e));
        }
        return parse(source, text);
    }

    /** Loads and validates the shipped default market from the classpath. */
    public static MarketConfig loadDefault()
    {
        try (InputStream in = MarketConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE))
        {
            if (in == null)
            {
                throw new ConfigException(List.of(DEFAULT_RESOURCE + ": not on the classpath"));
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a market given as YAML text; {@code sourceName} is what messages call it. */
    public static MarketConfig parse(final String sourceName, final String yaml)
    {
        final ConfigErrors errors = new ConfigErrors(sourceName);
        final JsonNode tree = YamlDocument.parse(yaml, errors);
        final MarketConfig config = tree == null ? null : MarketConfigReader.read(tree, errors);
        errors.throwIfAny();
        return config;
    }
}
