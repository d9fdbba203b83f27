package com.guishen.gscx.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClOrdIdTest
{
    @Test
    void packsAndUnpacksEveryLength()
    {
        for (final String id : new String[]{"1", "ABCDEFGH", "ABCDEFGHI", "ord-2026-12-01.7", "~!"})
        {
            final long[] packed = ClOrdId.fromString(id);
            assertEquals(id, ClOrdId.toString(packed[0], packed[1]));
        }
    }

    @Test
    void distinctIdsPackDistinctly()
    {
        final long[] a = ClOrdId.fromString("A");
        final long[] b = ClOrdId.fromString("A0");
        assertNotEquals(a[0], b[0]);
    }

    @Test
    void rejectsIdsThatCannotBePacked()
    {
        assertThrows(IllegalArgumentException.class, () -> ClOrdId.fromString(""));
        assertThrows(IllegalArgumentException.class, () -> ClOrdId.fromString("12345678901234567"));
        assertThrows(IllegalArgumentException.class, () -> ClOrdId.fromString("has space"));
    }
}
