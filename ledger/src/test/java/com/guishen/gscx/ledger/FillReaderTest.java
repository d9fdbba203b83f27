package com.guishen.gscx.ledger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every kind of malformed {@code gscx.fills} record is refused with a reason that names the problem. */
class FillReaderTest
{
    private static final String GOOD = FillJson.of(7, "szai-lab", "guian-dc", "15.50", 3, "B");
    private final FillReader reader = new FillReader();

    @Test
    void aGoodRecordIsReadWithFixedPointMoney()
    {
        final Fill fill = reader.read(FillJson.bytes(GOOD));
        assertEquals(new Fill(7, 21, 1_764_300_000_000_007_000L, "H100.GUIAN.D20261201", 155_000, 3, 24, 11_160_000,
            "szai-lab", "guian-dc", true), fill);
        assertEquals("FILL/7", fill.eventId());
    }

    @Test
    void extraFieldsNestedValuesAndRepeatedFieldsReadAsTheyAlwaysHave()
    {
        final Fill expected = reader.read(FillJson.bytes(GOOD));
        final String body = GOOD.substring(1, GOOD.length() - 1);
        assertEquals(expected, reader.read(FillJson.bytes("{\"venue\":{\"a\":[1,2.5,\"x\"]},\"note\":null," + body + "}")));
        assertEquals(expected, reader.read(FillJson.bytes("{\"tradeId\":\"first\",\"aggressor\":7," + body + "}")),
            "the last of a repeated field counts");
        assertEquals(new Fill(8, 21, 1_764_300_000_000_007_000L, "H100.GUIAN.D20261201", 155_000, 3, 24, 11_160_000,
            "szai-lab", "guian-dc", true), reader.read(FillJson.bytes("{" + body + ",\"tradeId\":8}")));
        assertEquals(expected, reader.read(FillJson.bytes(" {" + body + "} trailing")), "what follows the object is not read");
    }

    @Test
    void wrongTypesNameTheFieldAndTheValue()
    {
        assertReason("tradeId must be a whole number, got 7.0", GOOD.replace("\"tradeId\":7", "\"tradeId\":7.0"));
        assertReason("tradeId must be a whole number, got 99999999999999999999",
            GOOD.replace("\"tradeId\":7", "\"tradeId\":99999999999999999999"));
        assertReason("buyer must be a non-empty string, got {\"id\":1}", GOOD.replace("\"szai-lab\"", "{\"id\":1}"));
        assertReason("buyer must be a non-empty string, got \"\"", GOOD.replace("\"szai-lab\"", "\"\""));
        assertReason("missing field seller", GOOD.replace("\"guian-dc\"", "null"));
        assertReason("aggressor must be B or S, got 'X'", GOOD.replace("\"aggressor\":\"B\"", "\"aggressor\":\"X\""));
        assertReason("not JSON", GOOD.substring(0, GOOD.length() - 1));
        assertReason("not a JSON object", "[1]");
    }

    @Test
    void notJson()
    {
        assertReason("not JSON", "FILL 7 szai-lab guian-dc 15.50");
    }

    @Test
    void unknownTypeOrSchemaVersion()
    {
        assertReason("unknown type 'TRADE' (this ledger books FILL)", GOOD.replace("\"FILL\"", "\"TRADE\""));
        assertReason("unsupported schemaVersion 2 (this ledger reads 1)",
            GOOD.replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
    }

    @Test
    void missingFields()
    {
        assertReason("missing field notional", GOOD.replace("\"notional\":\"1116.0000\",", ""));
        assertReason("missing field buyer", GOOD.replace("\"buyer\":\"szai-lab\",", ""));
        assertReason("missing field tradeId", GOOD.replace("\"tradeId\":7,", ""));
    }

    @Test
    void negativeOrNonNumericAmounts()
    {
        assertReason("price must not be negative, got '-15.50'", GOOD.replace("\"15.50\"", "\"-15.50\""));
        assertReason("notional is not a decimal number: 'lots'", GOOD.replace("\"1116.0000\"", "\"lots\""));
        assertReason("notional has more than 4 decimals: '1116.00001'", GOOD.replace("\"1116.0000\"", "\"1116.00001\""));
        assertReason("price must be a non-empty string, got 15.5", GOOD.replace("\"15.50\"", "15.5"));
    }

    @Test
    void aNotionalThatIsNotPriceTimesQuantityTimesHours()
    {
        assertReason("notional 1000 is not price x quantity x deliveryHours = 1116",
            GOOD.replace("\"1116.0000\"", "\"1000\""));
    }

    private void assertReason(final String expectedStart, final String json)
    {
        final String reason = assertThrows(RejectedRecordException.class, () -> reader.read(FillJson.bytes(json))).getMessage();
        assertEquals(expectedStart, reason.substring(0, Math.min(reason.length(), expectedStart.length())), reason);
    }
}
