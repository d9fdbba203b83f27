package com.guishen.gscx.gateway.fix;

import com.guishen.gscx.events.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.guishen.gscx.gateway.fix.FixText.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixMessageDecoderTest
{
    private final FixMessageDecoder decoder = new FixMessageDecoder(64);

    @Test
    void indexesEveryFieldInOrder()
    {
        assertTrue(wrap(message("35=D|34=7|49=TW|52=20261128-18:00:00.123|56=ISLD|11=ORD-1|55=GPU0|54=1|38=10|" +
            "44=12.5|40=2|")));
        assertEquals(FixFieldProblem.NONE, decoder.problem());
        assertTrue(decoder.headerInOrder());
        final int[] expected = {8, 9, 35, 34, 49, 52, 56, 11, 55, 54, 38, 44, 40, 10};
        assertEquals(expected.length, decoder.fieldCount());
        for (int i = 0; i < expected.length; i++)
        {
            assertEquals(expected[i], decoder.tagAt(i));
        }
        assertEquals("ORD-1", value(FixTags.CL_ORD_ID));
        assertEquals('D', decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE)));
        assertEquals(7, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)));
        assertEquals(10, decoder.longAt(decoder.indexOf(FixTags.ORDER_QTY)));
        assertEquals(125_000, decoder.fixedPointAt(decoder.indexOf(FixTags.PRICE)));
        assertEquals(Instant.parse("2026-11-28T18:00:00.123Z").toEpochMilli() * 1_000_000,
            decoder.timestampNanosAt(decoder.indexOf(FixTags.SENDING_TIME)));
        assertEquals(-1, decoder.indexOf(FixTags.PRICE + 1));
        assertEquals(-1, decoder.indexOf(123_456));
        assertTrue(decoder.valueEquals(decoder.indexOf(FixTags.SENDER_COMP_ID), "TW".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(decoder.valueEquals(decoder.indexOf(FixTags.SENDER_COMP_ID), "TWX".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void forgetsThePreviousMessage()
    {
        assertTrue(wrap(message("35=D|11=A|44=1|")));
        assertTrue(wrap(message("35=F|41=B|")));
        assertEquals(-1, decoder.indexOf(FixTags.CL_ORD_ID));
        assertEquals(-1, decoder.indexOf(FixTags.PRICE));
        assertEquals("B", value(FixTags.ORIG_CL_ORD_ID));
    }

    @Test
    void reportsMalformedValuesWithoutExceptions()
    {
        wrap(message("35=D|34=x7|38=99999999999999999999|44=1.23456|45=1.2.3|54=12|52=20261131-18:00:00|" +
            "60=20261128-24:00:00|122=20261128-18:00|108=-30|"));
        assertEquals(FixMessageDecoder.MALFORMED_INT, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)));
        assertEquals(FixMessageDecoder.MALFORMED_LONG, decoder.longAt(decoder.indexOf(FixTags.ORDER_QTY)));
        assertEquals(FixMessageDecoder.MALFORMED_INT, decoder.intAt(decoder.indexOf(FixTags.ORDER_QTY)));
        assertEquals(FixedPoint.TOO_PRECISE, decoder.fixedPointAt(decoder.indexOf(FixTags.PRICE)));
        assertEquals(FixedPoint.MALFORMED, decoder.fixedPointAt(decoder.indexOf(FixTags.REF_SEQ_NUM)));
        assertEquals(FixMessageDecoder.MALFORMED_CHAR, decoder.charAt(decoder.indexOf(FixTags.SIDE)));
        assertEquals(UtcTimestamp.MALFORMED, decoder.timestampNanosAt(decoder.indexOf(FixTags.SENDING_TIME)));
        assertEquals(UtcTimestamp.MALFORMED, decoder.timestampNanosAt(decoder.indexOf(FixTags.TRANSACT_TIME)));
        assertEquals(UtcTimestamp.MALFORMED, decoder.timestampNanosAt(decoder.indexOf(FixTags.ORIG_SENDING_TIME)));
        assertEquals(-30, decoder.intAt(decoder.indexOf(FixTags.HEART_BT_INT)), "negative numbers are numbers");
    }

    @Test
    void reportsInvalidTagsAsTheCounterpartySentThem()
    {
        // the conformance script 14a: 999, 0, -1 and 5000 must be answered with RefTagID as sent
        assertFalse(wrap(message("35=0|34=4|-1=HI|0=HO|abc=x|")));
        assertEquals(FixFieldProblem.TAG_NOT_NUMERIC, decoder.problem());
        final int negative = decoder.indexOf(-1);
        assertEquals(4, negative);
        assertEquals("HI", valueAt(negative));
        assertEquals(5, decoder.indexOf(0));
        assertEquals(6, decoder.firstBadTagIndex());
        assertEquals(FixMessageDecoder.TAG_NOT_NUMERIC, decoder.tagAt(6));
        final int tagStart = decoder.fieldOffsetAt(6);
        assertEquals("abc", new String(decoder.buffer().byteArray(), tagStart, decoder.valueOffsetAt(6) - 1 - tagStart,
            StandardCharsets.US_ASCII));
        assertEquals("x", valueAt(6));
    }

    @Test
    void reportsTagsWithoutValuesAndFieldsWithoutEquals()
    {
        assertFalse(wrap(message("35=0|34=2|58=|")));
        assertEquals(FixFieldProblem.TAG_WITHOUT_VALUE, decoder.problem());
        assertEquals(decoder.indexOf(FixTags.TEXT), decoder.firstEmptyValueIndex());
        assertEquals(0, decoder.valueLengthAt(decoder.firstEmptyValueIndex()));

        assertFalse(wrap(message("35=0|34=2|junk|49=TW|")));
        assertEquals(FixFieldProblem.FIELD_WITHOUT_EQUALS, decoder.problem());
        assertEquals(4, decoder.problemIndex());
        assertEquals("TW", value(FixTags.SENDER_COMP_ID), "fields after it are still indexed");
    }

    @Test
    void reportsTheFirstDuplicateTag()
    {
        assertFalse(wrap(message("35=0|34=2|49=TW|34=3|49=XX|")));
        assertEquals(FixFieldProblem.DUPLICATE_TAG, decoder.problem());
        assertEquals(5, decoder.firstDuplicateIndex());
        assertEquals(2, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)), "lookup finds the first occurrence");
        assertEquals(5, decoder.nextIndexOf(FixTags.MSG_SEQ_NUM, decoder.indexOf(FixTags.MSG_SEQ_NUM)));
        assertFalse(wrap(message("35=0|20000=a|20000=b|")));
        assertEquals(4, decoder.firstDuplicateIndex(), "tags beyond the direct table too");
    }

    @Test
    void reportsTheFirstThreeFieldsOutOfOrder()
    {
        // the conformance script 2t: 34 second, 35 third
        assertFalse(wrap(FixText.withChecksum("8=FIX.4.4|9=20|34=3|35=0|49=TW|56=IS|")));
        assertFalse(decoder.headerInOrder());
        assertEquals(FixFieldProblem.FIRST_THREE_FIELDS_OUT_OF_ORDER, decoder.problem());
        assertFalse(wrap(FixText.withChecksum("35=0|8=FIX.4.4|9=5|")));
        assertFalse(decoder.headerInOrder());
    }

    @Test
    void readsLengthPrefixedDataContainingSoh()
    {
        assertTrue(wrap(message("35=A|95=5|96=a|b=c|98=0|")));
        assertEquals("a|b=c", value(FixTags.RAW_DATA));
        assertEquals(0, decoder.intAt(decoder.indexOf(FixTags.ENCRYPT_METHOD)));
        assertFalse(wrap(message("35=A|95=9|96=a|98=0|")));
        assertEquals(FixFieldProblem.BAD_DATA_LENGTH, decoder.problem());
        assertFalse(wrap(message("35=A|95=x|96=a|98=0|")));
        assertEquals(FixFieldProblem.BAD_DATA_LENGTH, decoder.problem());
        assertEquals("a", value(FixTags.RAW_DATA));
    }

    @Test
    void copiesAValueOnlyWhenItFits()
    {
        wrap(message("35=D|11=ORDER-42|"));
        final byte[] destination = new byte[10];
        assertEquals(8, decoder.copyValue(decoder.indexOf(FixTags.CL_ORD_ID), destination, 2));
        assertEquals("ORDER-42", new String(destination, 2, 8, StandardCharsets.US_ASCII));
        assertEquals(-1, decoder.copyValue(decoder.indexOf(FixTags.CL_ORD_ID), destination, 3));
    }

    @Test
    void stopsAtItsFieldLimit()
    {
        final FixMessageDecoder small = new FixMessageDecoder(4);
        final UnsafeBuffer buffer = FixText.buffer(message("35=0|34=2|49=TW|"));
        assertFalse(small.wrap(buffer, 0, buffer.capacity()));
        assertEquals(FixFieldProblem.TOO_MANY_FIELDS, small.problem());
        assertEquals(4, small.fieldCount());
    }

    private boolean wrap(final String text)
    {
        final UnsafeBuffer buffer = FixText.buffer(text);
        return decoder.wrap(buffer, 0, buffer.capacity());
    }

    private String value(final int tag)
    {
        return valueAt(decoder.indexOf(tag));
    }

    private String valueAt(final int index)
    {
        return FixText.bars(decoder.buffer().byteArray(), decoder.valueOffsetAt(index), decoder.valueLengthAt(index));
    }
}
