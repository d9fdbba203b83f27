package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A flipped byte in a journal stops the engine at that entry; --truncate-corrupt-tail drops the tail from it. */
class CorruptJournalTest
{
    private static final JournaledEngine.Settings STRICT = new JournaledEngine.Settings(2_000, 1024, 1 << 16, false, false,
        JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES);
    private static final JournaledEngine.Settings TRUNCATING =
        new JournaledEngine.Settings(2_000, 1024, 1 << 16, false, true,
            JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES);

    @TempDir
    Path root;

    @Test
    void aCorruptInboundEntryStopsStartUpWithItsPositionAndCanBeTruncated() throws IOException
    {
        final List<String> lines = new ArrayList<>(RandomCommandFileGenerator.generate(21, 6_000));
        final int bad = 5_000;
        lines.set(bad - 1, "HALT,999999999,MARKER-ENTRY-TO-FLIP");
        final DataDirectory directory = new DataDirectory(root).create();
        append(directory, lines.subList(0, 3_000));
        try (JournaledEngine ignored = JournaledEngine.open(directory, STRICT))
        {
            // applies and journals the first 3,000 entries, snapshots on close
        }
        append(directory, lines.subList(3_000, lines.size()));
        flipByteOf(directory.inbound(), "MARKER-ENTRY-TO-FLIP");

        final CorruptJournalException refused =
            assertThrows(CorruptJournalException.class, () -> JournaledEngine.open(directory, STRICT));
        assertTrue(refused.getMessage().startsWith("inbound journal entry " + bad + " (index 0x"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("): checksum mismatch"), refused.getMessage());
        assertEquals(bad, refused.entryNumber());

        try (JournaledEngine engine = JournaledEngine.open(directory, TRUNCATING))
        {
            assertEquals(bad - 1, engine.inboundEntriesApplied(), "everything before the corrupt entry is kept");
        }
        assertEquals(JournalTexts.replayEvents(lines.subList(0, bad - 1)), JournalTexts.outboundEvents(directory));
        try (Stream<Path> siblings = Files.list(root))
        {
            assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("inbound.corrupt-")),
                "the original journal is moved aside, not deleted");
        }
    }

    private static void append(final DataDirectory directory, final List<String> lines)
    {
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            lines.forEach(appender::append);
        }
    }

    /** Flips one byte of the only place {@code marker} is written in the journal's files. */
    private static void flipByteOf(final Path journal, final String marker) throws IOException
    {
        final byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.list(journal))
        {
            for (final Path file : files.filter(f -> f.toString().endsWith(".cq4")).toList())
            {
                final byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i <= bytes.length - needle.length; i++)
                {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length))
                    {
                        bytes[i + 3] ^= 0x01;
                        Files.write(file, bytes);
                        return;
                    }
                }
            }
        }
        throw new AssertionError(marker + " not found in " + journal);
    }
}
