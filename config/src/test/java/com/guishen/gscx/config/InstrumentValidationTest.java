package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentValidationTest
{
    @TempDir
    Path dir;

    @Test
    void aMissingRequiredFieldIsNamed()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].tickSize: is required"),
            errors(dir, validWith("    tickSize: \"0.01\"\n", "")));
    }

    @Test
    void aNegativeTickSizeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].tickSize: must be > 0, got -0.01"),
            errors(dir, validWith("tickSize: \"0.01\"", "tickSize: \"-0.01\"")));
    }

    @Test
    void aTickSizeFinerThanTheEnginesFourDecimalsIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].tickSize: must have at most 4 decimals (the engine's fixed point), got 0.00001"),
            errors(dir, validWith("tickSize: \"0.01\"", "tickSize: 0.00001")));
    }

    @Test
    void aTickSizeThatIsNoNumberIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].tickSize: must be a decimal number, got one cent"),
            errors(dir, validWith("tickSize: \"0.01\"", "tickSize: one cent")));
    }

    @Test
    void aZeroLotSizeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].lotSize: must be > 0, got 0"),
            errors(dir, validWith("lotSize: 8", "lotSize: 0")));
    }

    @Test
    void aFractionalQuantityIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instrumentTemplates[0].lotSize: must be a whole number, got 1.5"),
            errors(dir, validWith("lotSize: 1\n", "lotSize: 1.5\n")));
    }

    @Test
    void aNegativeMaxQtyIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].maxQty: must be > 0, got -256"),
            errors(dir, validWith("maxQty: 256", "maxQty: -256")));
    }

    @Test
    void minQtyAboveMaxQtyIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].minQty: must be <= maxQty (256), got 512"),
            errors(dir, validWith("minQty: 8", "minQty: 512")));
    }

    @Test
    void quantityLimitsMustBeMultiplesOfTheLot()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].maxQty: must be a multiple of lotSize (8), got 250"),
            errors(dir, validWith("maxQty: 256", "maxQty: 250")));
    }

    @Test
    void zeroDeliveryHoursAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].deliveryHours: must be >= 1 and <= 8784, got 0"),
            errors(dir, validWith("deliveryHours: 744", "deliveryHours: 0")));
    }

    @Test
    void aDeliveryStartWithoutOffsetIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].deliveryStart: must be an ISO-8601 date-time with offset"
                + " such as 2027-01-01T00:00+08:00, got 2027-01-01T00:00"),
            errors(dir, validWith("deliveryStart: 2027-01-01T00:00+08:00", "deliveryStart: 2027-01-01T00:00")));
    }

    @Test
    void aPriceBandOfAHundredPercentOrMoreIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].priceBandPct: must be >= 0 and < 100, got 100"),
            errors(dir, validWith("priceBandPct: \"10\"", "priceBandPct: 100")));
    }

    @Test
    void aReferencePriceOffTheTickIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instrumentTemplates[0].referencePrice: must be a multiple of tickSize (0.05), got 16.02"),
            errors(dir, validWith("referencePrice: \"16.00\"", "referencePrice: \"16.02\"")));
    }

    @Test
    void aMalformedSymbolIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].symbol: must be RESOURCE.SITE.WINDOW in upper-case letters and digits,"
                + " at most 32 characters (e.g. H100.GUIAN.M202701), got h100-guian-jan"),
            errors(dir, validWith("symbol: H100.GUIAN.M202701", "symbol: h100-guian-jan")));
    }

    @Test
    void aSymbolMustNameItsOwnResource()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].symbol: must start with its resource H100, got EPYC9654.GUIAN.M202701"),
            errors(dir, validWith("symbol: H100.GUIAN.M202701", "symbol: EPYC9654.GUIAN.M202701")));
    }

    @Test
    void aDuplicateSymbolIsRejected()
    {
        final String second = """
              - symbol: H100.GUIAN.M202701
                resource: H100
                site: GUIAN
                deliveryStart: 2027-02-01T00:00+08:00
                deliveryHours: 672
                tickSize: "0.01"
                lotSize: 8
                minQty: 8
                maxQty: 256
                referencePrice: "14.50"
            instrumentTemplates:
            """;
        assertEquals(
            List.of("gscx.yaml: instruments[1].symbol: duplicate of instruments[0].symbol, got H100.GUIAN.M202701"),
            errors(dir, validWith("instrumentTemplates:\n", second)));
    }

    @Test
    void anInstrumentOfAnUnknownResourceIsRejected()
    {
        final String yaml = MarketYaml.replace(
            validWith("symbol: H100.GUIAN.M202701", "symbol: A100.GUIAN.M202701"),
            "    resource: H100\n    site: GUIAN\n    deliveryStart", "    resource: A100\n    site: GUIAN\n    deliveryStart");
        assertEquals(
            List.of("gscx.yaml: instruments[0].resource: unknown resource (defined: H100, EPYC9654), got A100"),
            errors(dir, yaml));
    }

    @Test
    void aTemplateAtAnUnknownSiteIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instrumentTemplates[1].site: unknown site (defined: GUIAN), got GUIYANG"),
            errors(dir, validWith("site: GUIAN\n    window: HOURLY", "site: GUIYANG\n    window: HOURLY")));
    }

    @Test
    void twoTemplatesForTheSameScheduleAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: instrumentTemplates[1]: duplicate of instrumentTemplates[0], got H100.GUIAN DAILY"),
            errors(dir, validWith("resource: EPYC9654\n    site: GUIAN\n    window: HOURLY",
                "resource: H100\n    site: GUIAN\n    window: DAILY")));
    }

    @Test
    void anExplicitInstrumentMayNotTakeATemplatesWindowName()
    {
        assertEquals(
            List.of("gscx.yaml: instruments[0].symbol: clashes with the DAILY windows of instrumentTemplates[0],"
                + " got H100.GUIAN.D20261201"),
            errors(dir, validWith("symbol: H100.GUIAN.M202701", "symbol: H100.GUIAN.D20261201")));
    }
}
