package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.load;
import static com.guishen.gscx.config.MarketYaml.replace;
import static com.guishen.gscx.config.MarketYaml.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileValidationTest
{
    @TempDir
    Path dir;

    @Test
    void theSmallMarketIsValid()
    {
        final MarketConfig config = load(dir, MarketYaml.VALID);

        assertEquals(2, config.exchanges().size());
        assertEquals(List.of("H100", "EPYC9654"), config.resources().stream().map(ResourceClass::id).toList());
        assertEquals(List.of("lab", "dc"), config.participants().stream().map(Participant::id).toList());
    }

    @Test
    void decimalsAreKeptExactlyAsWrittenWhetherQuotedOrNot()
    {
        final String yaml = replace(
            validWith("referencePrice: \"14.80\"", "referencePrice: 14.80"),
            "creditLimit: \"1000000\"", "creditLimit: 1234567.8901");

        final MarketConfig config = load(dir, yaml);

        assertEquals("14.80", config.instruments().get(0).referencePrice().toPlainString());
        assertEquals("0.180", config.instrumentTemplates().get(1).referencePrice().toPlainString());
        assertEquals(new BigDecimal("1234567.8901"), config.participant("lab").orElseThrow().creditLimit());
    }

    @Test
    void anUnknownKeyIsNamedWithItsPath()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].colour: unknown key (expected one of: id, name, homeExchange, roles,"
                + " fixCredentials, creditLimit, capacity, selfTradePrevention, fees, openingDeposit)"),
            errors(dir, validWith("roles: [BUYER]", "roles: [BUYER]\n    colour: blue")));
    }

    @Test
    void aMisspelledSectionIsAnUnknownKeyAndTheSectionIsMissing()
    {
        assertEquals(
            List.of(
                "gscx.yaml: participant: unknown key (expected one of: exchanges, resources, sites, fees, risk,"
                    + " instruments, instrumentTemplates, participants, ports, kafka, settlement, gateway, adminConsole)",
                "gscx.yaml: participants: is required"),
            errors(dir, validWith("participants:", "participant:")));
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumn()
    {
        assertEquals(
            List.of("gscx.yaml: line 3, column 9: expected ',' or ']', but got :"),
            errors(dir, "exchanges:\n  - id: [SZDE\n  - name: x\n"));
    }

    @Test
    void aKeyGivenTwiceIsASyntaxError()
    {
        final List<String> errors = errors(dir, "risk:\n  maxOrdersPerSecond: 10\n  maxOrdersPerSecond: 20\n");

        assertEquals(1, errors.size());
        assertEquals(true, errors.get(0).startsWith("gscx.yaml: line 3, column "), errors.get(0));
        assertEquals(true, errors.get(0).contains("Duplicate field 'maxOrdersPerSecond'"), errors.get(0));
    }

    @Test
    void anEmptyFileIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: is empty: expected the sections exchanges, resources, sites, fees, risk, instruments,"
                + " instrumentTemplates, participants, ports, kafka, settlement, gateway, adminConsole"),
            errors(dir, "# nothing yet\n"));
    }

    @Test
    void bothExchangesMustBeDefined()
    {
        assertEquals(
            List.of("gscx.yaml: exchanges: GYBDE is missing (both SZDE and GYBDE must be defined)"),
            errors(dir, validWith("  - id: GYBDE\n    name: Guiyang Big Data Exchange\n", "")));
    }

    @Test
    void aMissingFileIsReportedAsAConfigError()
    {
        final ConfigException e = assertThrows(ConfigException.class, () -> MarketConfigLoader.load(dir.resolve("nope.yaml")));

        assertEquals(true, e.getMessage().startsWith("nope.yaml: cannot read "), e.getMessage());
    }

    @Test
    void everyMistakeIsReportedAtOnce()
    {
        String yaml = validWith("tickSize: \"0.01\"", "tickSize: \"-0.01\"");
        yaml = replace(yaml, "site: GUIAN\n    window: HOURLY", "site: GUIYANG\n    window: HOURLY");
        yaml = replace(yaml, "homeExchange: SZDE", "homeExchange: SZX");
        yaml = replace(yaml, "roles: [PROVIDER]", "roles: []");
        yaml = replace(yaml, "iterations: 20000", "iterations: 500");
        yaml = yaml + "ports: { fixGateway: 8080 }\nsettlement: { cyclePeriod: an hour }\n";

        assertEquals(
            List.of(
                "gscx.yaml: instruments[0].tickSize: must be > 0, got -0.01",
                "gscx.yaml: instrumentTemplates[1].site: unknown site (defined: GUIAN), got GUIYANG",
                "gscx.yaml: participants[0].homeExchange: must be one of SZDE, GYBDE, got SZX",
                "gscx.yaml: participants[1].roles: must name at least one of BUYER, PROVIDER",
                "gscx.yaml: participants[1].fixCredentials.iterations: must be >= 10000, got 500",
                "gscx.yaml: ports.adminHttp: duplicate of ports.fixGateway, got 8080 (its default)",
                "gscx.yaml: settlement.cyclePeriod: must be an ISO-8601 duration such as PT1H or PT30M, got an hour"),
            errors(dir, yaml));
    }
}
