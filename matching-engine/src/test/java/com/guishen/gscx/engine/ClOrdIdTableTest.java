package com.guishen.gscx.engine;

import com.guishen.gscx.events.ClOrdId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The duplicate check answers exactly like a set of (participant, clOrdId), grows, and survives a snapshot. */
class ClOrdIdTableTest
{
    @Test
    void answersExactlyLikeASetWhateverTheOrderOfIds()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final ClOrdIdTable table = new ClOrdIdTable(1024);
        final Set<String> reference = new HashSet<>();
        final long[] counters = new long[50];
        for (int i = 0; i < 200_000; i++)
        {
            final int participant = random.nextInt(counters.length);
            final int dice = random.nextInt(100);
            final String id;
            if (dice < 80)
            {
                id = "ORD" + (++counters[participant]);                      // a counter
            }
            else if (dice < 90)
            {
                id = "ORD" + (1 + random.nextLong(counters[participant] + 1)); // back to an earlier one: mostly duplicates
            }
            else
            {
                id = Long.toString(random.nextLong(1L << 60), 36);            // random ids of any length
            }
            final boolean fresh = reference.add(participant + "/" + id);
            assertEquals(fresh, table.use(participant, high(id), low(id)), "use of " + id + " by " + participant);
            assertTrue(table.contains(participant, high(id), low(id)));
        }
        assertEquals(reference.size(), table.size());
        assertFalse(table.contains(3, high("never"), low("never")));
        assertFalse(table.contains(10_000, high("ORD1"), low("ORD1")));
    }

    @Test
    void aSnapshotRebuildsTheSameIdsAndClearForgetsThem() throws Exception
    {
        final ClOrdIdTable table = new ClOrdIdTable(16);
        final String[] ids = {"1", "2", "10", "3", "ABCDEFGHIJKLMNOP", "11", "0"};
        for (final String id : ids)
        {
            assertTrue(table.use(1, high(id), low(id)));
            assertTrue(table.use(4, high(id), low(id)));
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.writeTo(new DataOutputStream(bytes));

        final ClOrdIdTable rebuilt = new ClOrdIdTable(16);
        rebuilt.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(table.size(), rebuilt.size());
        for (final String id : ids)
        {
            assertFalse(rebuilt.use(1, high(id), low(id)), id);
            assertFalse(rebuilt.use(4, high(id), low(id)), id);
            assertTrue(rebuilt.use(2, high(id), low(id)), id);
        }
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        table.writeTo(new DataOutputStream(again));
        assertEquals(bytes.toString(StandardCharsets.ISO_8859_1), again.toString(StandardCharsets.ISO_8859_1));

        table.clear();
        assertEquals(0, table.size());
        assertTrue(table.use(1, high("1"), low("1")));
    }

    private static long high(final String id)
    {
        final byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
        return ClOrdId.high(bytes, 0, bytes.length);
    }

    private static long low(final String id)
    {
        final byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
        return ClOrdId.low(bytes, 0, bytes.length);
    }
}
