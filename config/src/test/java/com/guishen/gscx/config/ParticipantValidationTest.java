package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantValidationTest
{
    private static final String DC_CAPACITY = """
            capacity:
              - resource: H100
                site: GUIAN
                units: 64
        """;

    @TempDir
    Path dir;

    @Test
    void anIdOutsideTheAllowedCharactersIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].id: must match [A-Za-z0-9_-]{1,16}, got ai lab!"),
            errors(dir, validWith("id: lab", "id: ai lab!")));
    }

    @Test
    void anIdLongerThanSixteenCharactersIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].id: must match [A-Za-z0-9_-]{1,16}, got shenzhen-bay-ai-lab"),
            errors(dir, validWith("id: lab", "id: shenzhen-bay-ai-lab")));
    }

    @Test
    void aDuplicateIdIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[1].id: duplicate of participants[0].id, got lab"),
            errors(dir, validWith("id: dc", "id: lab")));
    }

    @Test
    void anUnknownHomeExchangeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].homeExchange: must be one of SZDE, GYBDE, got SZX"),
            errors(dir, validWith("homeExchange: SZDE", "homeExchange: SZX")));
    }

    @Test
    void emptyRolesAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].roles: must name at least one of BUYER, PROVIDER"),
            errors(dir, validWith("roles: [BUYER]", "roles: []")));
    }

    @Test
    void anUnknownRoleIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].roles[1]: must be one of BUYER, PROVIDER, got SELLER"),
            errors(dir, validWith("roles: [BUYER]", "roles: [BUYER, SELLER]")));
    }

    @Test
    void aNegativeCreditLimitIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].creditLimit: must be >= 0, got -1000000"),
            errors(dir, validWith("creditLimit: \"1000000\"", "creditLimit: \"-1000000\"")));
    }

    @Test
    void aCreditLimitBeyondFourDecimalsIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].creditLimit: must have at most 4 decimals (the engine's fixed point),"
                + " got 1000000.00001"),
            errors(dir, validWith("creditLimit: \"1000000\"", "creditLimit: 1000000.00001")));
    }

    @Test
    void anOpeningDepositIsReadExactlyAndDefaultsToZero()
    {
        final MarketConfig config = MarketYaml.load(dir,
            validWith("creditLimit: \"1000000\"", "creditLimit: \"1000000\"\n    openingDeposit: \"750000.0001\""));
        assertEquals(new java.math.BigDecimal("750000.0001"), config.participant("lab").orElseThrow().openingDeposit());
        assertEquals(java.math.BigDecimal.ZERO, config.participant("dc").orElseThrow().openingDeposit());
    }

    @Test
    void aNegativeOpeningDepositIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].openingDeposit: must be >= 0, got -5"),
            errors(dir, validWith("creditLimit: \"1000000\"", "creditLimit: \"1000000\"\n    openingDeposit: \"-5\"")));
    }

    @Test
    void anOpeningDepositThatIsNotMoneyIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].openingDeposit: must be a decimal number, got lots",
                "gscx.yaml: participants[1].openingDeposit: must have at most 4 decimals (the engine's fixed point),"
                    + " got 0.00001"),
            errors(dir, validWith("creditLimit: \"1000000\"", "creditLimit: \"1000000\"\n    openingDeposit: lots")
                .replace("roles: [PROVIDER]", "roles: [PROVIDER]\n    openingDeposit: \"0.00001\"")));
    }

    @Test
    void aProviderWithoutCapacityIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[1].capacity: a provider must register capacity for at least one resource and site"),
            errors(dir, validWith(DC_CAPACITY, "")));
    }

    @Test
    void capacityForAnUnknownResourceOrSiteIsRejected()
    {
        assertEquals(
            List.of(
                "gscx.yaml: participants[1].capacity[0].resource: unknown resource (defined: H100, EPYC9654), got A100",
                "gscx.yaml: participants[1].capacity[0].site: unknown site (defined: GUIAN), got GUIYANG"),
            errors(dir, validWith(DC_CAPACITY, """
                    capacity:
                      - resource: A100
                        site: GUIYANG
                        units: 64
                """)));
    }

    @Test
    void zeroCapacityUnitsAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[1].capacity[0].units: must be > 0, got 0"),
            errors(dir, validWith("units: 64", "units: 0")));
    }

    @Test
    void aBuyerOnlyParticipantWithCapacityIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].capacity: a buyer-only participant cannot register capacity"
                + " (add PROVIDER to its roles, or remove capacity)"),
            errors(dir, validWith("creditLimit: \"1000000\"\n", "creditLimit: \"1000000\"\n" + DC_CAPACITY)));
    }

    @Test
    void aSaltThatIsNotBase64IsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].fixCredentials.salt: must be base64, got not*base64"),
            errors(dir, validWith("salt: AAAAAAAAAAAAAAAAAAAAAA==", "salt: not*base64")));
    }

    @Test
    void aHashOfTheWrongLengthIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[1].fixCredentials.hash: must decode to 32 bytes, got 8 bytes"),
            errors(dir, validWith("hash: AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=", "hash: AQEBAQEBAQE=")));
    }

    @Test
    void tooFewIterationsAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].fixCredentials.iterations: must be >= 10000, got 1000"),
            errors(dir, validWith("iterations: 10000", "iterations: 1000")));
    }

    @Test
    void anotherAlgorithmIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].fixCredentials.algorithm: must be PBKDF2WithHmacSHA256, got SHA1"),
            errors(dir, validWith("    iterations: 10000", "    algorithm: SHA1\n      iterations: 10000")));
    }

    @Test
    void aPlainPasswordIsRefusedWithAHint()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].fixCredentials.password: passwords are never stored in config:"
                + " give a PBKDF2 salt and hash (see PasswordHasher)"),
            errors(dir, validWith("    iterations: 10000", "    password: lab-demo\n      iterations: 10000")));
    }

    @Test
    void anUnknownSelfTradePreventionModeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: participants[0].selfTradePrevention: must be one of NONE, CANCEL_RESTING,"
                + " CANCEL_AGGRESSOR, CANCEL_BOTH, got CANCEL_NEWEST"),
            errors(dir, validWith("roles: [BUYER]", "roles: [BUYER]\n    selfTradePrevention: CANCEL_NEWEST")));
    }
}
