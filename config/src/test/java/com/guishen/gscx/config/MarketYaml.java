package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid market as YAML text, and ways to break it and load it, for tests. */
final class MarketYaml
{
    /**
     * Two resources, one site, one explicit instrument, a daily and an hourly template, a
     * buyer and a provider. Every value that tests change appears exactly once.
     */
    static final String VALID = """
        exchanges:
          - id: SZDE
            name: Shenzhen Data Exchange
          - id: GYBDE
            name: Guiyang Big Data Exchange
        resources:
          - id: H100
            kind: GPU
            model: NVIDIA H100 SXM5 80GB
            memoryGb: 80
            computeUnitsPerUnitHour: "989.5"
          - id: EPYC9654
            kind: CPU
            model: AMD EPYC 9654 per vCPU
            memoryGb: 4
            computeUnitsPerUnitHour: "0.0384"
        sites:
          - id: GUIAN
            name: Gui'an New Area
            region: Guizhou
            latencyToShenzhenMs: "10"
            greenPowerPct: "62"
        instruments:
          - symbol: H100.GUIAN.M202701
            resource: H100
            site: GUIAN
            deliveryStart: 2027-01-01T00:00+08:00
            deliveryHours: 744
            tickSize: "0.01"
            lotSize: 8
            minQty: 8
            maxQty: 256
            priceBandPct: "10"
            referencePrice: "14.80"
        instrumentTemplates:
          - resource: H100
            site: GUIAN
            window: DAILY
            tickSize: "0.05"
            lotSize: 1
            minQty: 1
            maxQty: 512
            priceBandPct: "15"
            referencePrice: "16.00"
          - resource: EPYC9654
            site: GUIAN
            window: HOURLY
            windowsAhead: 3
            tickSize: "0.001"
            lotSize: 4
            minQty: 4
            maxQty: 4000
            referencePrice: "0.180"
        participants:
          - id: lab
            name: Shenzhen Bay AI Lab
            homeExchange: SZDE
            roles: [BUYER]
            creditLimit: "1000000"
            fixCredentials:
              iterations: 10000
              salt: AAAAAAAAAAAAAAAAAAAAAA==
              hash: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
          - id: dc
            name: Gui'an Cloud Valley DC
            homeExchange: GYBDE
            roles: [PROVIDER]
            capacity:
              - resource: H100
                site: GUIAN
                units: 64
            fixCredentials:
              iterations: 20000
              salt: AQEBAQEBAQEBAQEBAQEBAQ==
              hash: AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=
        """;

    private MarketYaml()
    {
    }

    /** The YAML with the one occurrence of {@code from} replaced by {@code to}. */
    static String replace(final String yaml, final String from, final String to)
    {
        final int at = yaml.indexOf(from);
        assertEquals(true, at >= 0 && yaml.indexOf(from, at + 1) < 0, "exactly one occurrence of: " + from);
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    /** The valid market with one occurrence replaced. */
    static String validWith(final String from, final String to)
    {
        return replace(VALID, from, to);
    }

    /** Writes the YAML to {@code dir/gscx.yaml} and loads it. */
    static MarketConfig load(final Path dir, final String yaml)
    {
        return MarketConfigLoader.load(write(dir, yaml));
    }

    /** Writes the YAML to {@code dir/gscx.yaml}, expects loading to fail and returns the error lines. */
    static List<String> errors(final Path dir, final String yaml)
    {
        final Path file = write(dir, yaml);
        final ConfigException e = assertThrows(ConfigException.class, () -> MarketConfigLoader.load(file));
        assertEquals(String.join("\n", e.errors()), e.getMessage());
        return e.errors();
    }

    private static Path write(final Path dir, final String yaml)
    {
        try
        {
            return Files.writeString(dir.resolve("gscx.yaml"), yaml);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
