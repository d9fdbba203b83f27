package com.guishen.gscx.engine.journal;

import com.guishen.gscx.events.codec.OrderCommandDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * New orders, cancels and replaces go into the inbound journal binary and come out of a dump as
 * their command lines; every other line, and order lines that cannot be binary, stay text.
 */
class InboundOrderCommandTest
{
    @TempDir
    Path root;

    @Test
    void orderLinesAreStoredBinaryAndDumpedAsTheirLines()
    {
        final List<String> lines = List.of(
            "NEW,1000,LAB,o-1,H100.GUIAN.D20261201,B,LIMIT,GTC,12.5,3",
            "NEW,1001,LAB,o-2,H100.GUIAN.D20261201,S,MARKET,IOC,,2",
            "NEW,1002,DC,o-3,H100.GUIAN.D20261201,S,LIMIT,GTD,13.0001,1,POST_ONLY,EXPIRE=99000",
            "CANCEL,1003,LAB,c-1,o-1",
            "REPLACE,1004,DC,r-1,o-3,13.25,4",
            "HALT,1005,H100.GUIAN.D20261201");
        final List<Entry> entries = appendAndRead(lines);

        for (int i = 0; i < 5; i++)
        {
            assertTrue(entries.get(i).binary(), "entry " + (i + 1) + " is a binary order command");
        }
        assertFalse(entries.get(5).binary(), "HALT stays a text line");
        assertEquals(List.of(
            "NEW,1000,LAB,o-1,H100.GUIAN.D20261201,B,LIMIT,GTC,12.5,3",
            "NEW,1001,LAB,o-2,H100.GUIAN.D20261201,S,MARKET,IOC,,2",
            "NEW,1002,DC,o-3,H100.GUIAN.D20261201,S,LIMIT,GTD,13.0001,1,POST_ONLY,EXPIRE=99000",
            "CANCEL,1003,LAB,c-1,o-1",
            "REPLACE,1004,DC,r-1,o-3,13.25,4",
            "HALT,1005,H100.GUIAN.D20261201"), entries.stream().map(Entry::line).toList());
    }

    @Test
    void malformedOrTooLongOrderLinesStayTextForTheEngineToJudge()
    {
        final String longName = "P".repeat(65);
        final List<Entry> entries = appendAndRead(List.of(
            "NEW,1000,LAB,o-1,H100.GUIAN.D20261201,X,LIMIT,GTC,12.5,3",
            "NEW,1000," + longName + ",o-1,H100.GUIAN.D20261201,B,LIMIT,GTC,12.5,3"));
        assertFalse(entries.get(0).binary(), "a malformed line is kept as written; the engine skips it");
        assertFalse(entries.get(1).binary(), "a participant id too long for the binary form stays text");
        assertEquals("NEW,1000," + longName + ",o-1,H100.GUIAN.D20261201,B,LIMIT,GTC,12.5,3", entries.get(1).line());
    }

    @Test
    void bytesThatClaimToBeAnOrderCommandButAreNotAreRefused()
    {
        try (InboundJournal journal = InboundJournal.open(root.resolve("inbound")))
        {
            final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> journal.appender().append(new byte[] {1, 2, 3}, 0, 3));
            assertTrue(error.getMessage().contains("not a well-formed binary order command"), error.getMessage());
            assertEquals(0, journal.excerptCount(), "nothing was appended");
        }
    }

    private record Entry(boolean binary, String line)
    {
    }

    private List<Entry> appendAndRead(final List<String> lines)
    {
        try (InboundJournal journal = InboundJournal.open(root.resolve("inbound")))
        {
            final InboundJournal.Appender appender = journal.appender();
            lines.forEach(appender::append);
            final InboundJournal.Reader reader = journal.reader();
            final byte[] entry = new byte[InboundJournal.MAX_LINE_LENGTH];
            final List<Entry> entries = new ArrayList<>();
            int length;
            while ((length = reader.readNext(entry)) >= 0)
            {
                entries.add(new Entry(OrderCommandDecoder.isOrderCommand(entry[0]), InboundJournal.toLine(entry, length)));
            }
            return entries;
        }
    }
}
