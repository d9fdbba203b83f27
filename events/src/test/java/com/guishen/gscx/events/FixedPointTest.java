package com.guishen.gscx.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixedPointTest
{
    private static long parse(final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return FixedPoint.parse(bytes, 0, bytes.length);
    }

    @Test
    void parsesDecimalStringsExactly()
    {
        assertEquals(123_500L, parse("12.35"));
        assertEquals(123_500L, parse("12.350000"));
        assertEquals(10_000L, parse("1"));
        assertEquals(1L, parse("0.0001"));
        assertEquals(-100L, parse("-0.01"));
        assertEquals(0L, parse("0"));
    }

    @Test
    void tellsMalformedFromTooPrecise()
    {
        assertEquals(FixedPoint.TOO_PRECISE, parse("0.00001"));
        assertEquals(FixedPoint.MALFORMED, parse("1.2.3"));
        assertEquals(FixedPoint.MALFORMED, parse("abc"));
        assertEquals(FixedPoint.MALFORMED, parse(""));
        assertEquals(FixedPoint.MALFORMED, parse("1."));
        assertEquals(FixedPoint.MALFORMED, parse(".5"));
        assertEquals(FixedPoint.MALFORMED, parse("-"));
        assertEquals(FixedPoint.MALFORMED, parse("99999999999999999999"));
    }

    @Test
    void formatsWithTheRequestedDecimals()
    {
        assertEquals("12.35", FixedPoint.toString(123_500L, 2));
        assertEquals("12", FixedPoint.toString(120_000L, 0));
        assertEquals("0.0500", FixedPoint.toString(500L, 4));
        assertEquals("-0.01", FixedPoint.toString(-100L, 2));
        assertEquals("12.35", FixedPoint.toString(123_500L));
        assertEquals("7", FixedPoint.toString(70_000L));
    }

    @Test
    void notionalSaturatesInsteadOfOverflowing()
    {
        assertEquals(12_000_000L, FixedPoint.notional(50_000L, 10, 24));
        assertEquals(Long.MAX_VALUE, FixedPoint.notional(Long.MAX_VALUE / 2, 3, 1));
        assertEquals(Long.MAX_VALUE, FixedPoint.saturatedAdd(Long.MAX_VALUE, 1));
    }

    @Test
    void coldPathParseNamesTheBadText()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse("1,5"));
        assertEquals("not a decimal number: '1,5'", ex.getMessage());
    }
}
