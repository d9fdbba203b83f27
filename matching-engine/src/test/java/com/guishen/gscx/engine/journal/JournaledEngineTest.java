package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import com.guishen.gscx.engine.replay.CommandFileReplay;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournaledEngineTest
{
    private static final JournaledEngine.Settings SETTINGS = new JournaledEngine.Settings(3_000, 1024, 1 << 16, false, false,
        JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES);

    @TempDir
    Path root;

    private DataDirectory directory()
    {
        return new DataDirectory(root).create();
    }

    @Test
    void theOutboundJournalHoldsExactlyTheEventsOfAReplayOfTheInboundJournal() throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(11, 10_000);
        append(lines);

        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS).start())
        {
            final long expectedSeq = JournalTexts.replayEvents(lines).size();
            await().atMost(Duration.ofSeconds(30)).until(() -> JournalTexts.lastEngineSeq(directory()) == expectedSeq);
            assertNull(engine.failure());
        }
        assertEquals(JournalTexts.replayEvents(lines), JournalTexts.outboundEvents(directory()));
    }

    @Test
    void aRestartRecoversFromItsSnapshotAndContinuesWithoutGapsOrRepeats() throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(12, 12_000);
        final int firstPart = 7_000;
        append(lines.subList(0, firstPart));
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            assertEquals(firstPart, engine.inboundEntriesApplied(), "open() catches up with the journal");
        }
        assertTrue(snapshotFiles().length > 0, "a clean close leaves a snapshot");

        append(lines.subList(firstPart, lines.size()));
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            assertEquals(lines.size(), engine.inboundEntriesApplied());
        }
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            assertEquals(lines.size(), engine.inboundEntriesApplied(), "a snapshot that covers everything: nothing to do");
        }
        assertEquals(JournalTexts.replayEvents(lines), JournalTexts.outboundEvents(directory()));
    }

    @Test
    void periodicSnapshotsAreWrittenBehindTheEngineThreadAndAreOnDiskOnceCaughtUp() throws IOException
    {
        append(RandomCommandFileGenerator.generate(17, 10_000));
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            final Path[] snapshots = snapshotFiles();
            assertEquals(3, snapshots.length, "every 3,000 entries, the newest three kept: " + List.of(snapshots));
            assertTrue(snapshots[2].getFileName().toString().endsWith("0000000009000.bin"), snapshots[2].toString());
        }
    }

    @Test
    void whileLiveAReplicaTakesThePeriodicSnapshotsAndARestartFromOneOfThemIsExact() throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(19, 10_000);
        append(lines.subList(0, 1_000));
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS).start())
        {
            append(lines.subList(1_000, lines.size()));
            await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(snapshotFiles())
                .anyMatch(f -> f.getFileName().toString().endsWith("0000000009000.bin")));
            assertNull(engine.failure());
        }
        final Path[] snapshots = snapshotFiles();
        assertEquals(String.format("snapshot-%016d.bin", lines.size()),
            snapshots[snapshots.length - 1].getFileName().toString(), "the clean stop's own snapshot comes last");
        Files.delete(snapshots[snapshots.length - 1]);

        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            assertEquals(lines.size(), engine.inboundEntriesApplied());
        }
        assertEquals(JournalTexts.replayEvents(lines), JournalTexts.outboundEvents(directory()));
    }

    @Test
    void aCorruptSnapshotIsSkippedAndTheResultIsTheSame() throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(13, 10_000);
        append(lines.subList(0, 8_000));
        try (JournaledEngine ignored = JournaledEngine.open(directory(), SETTINGS))
        {
            // catch up, snapshot on close
        }
        final Path[] snapshots = snapshotFiles();
        final Path newest = snapshots[snapshots.length - 1];
        final byte[] bytes = Files.readAllBytes(newest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(newest, bytes);

        append(lines.subList(8_000, lines.size()));
        try (JournaledEngine ignored = JournaledEngine.open(directory(), SETTINGS))
        {
            // recovers from an older snapshot, recognising what is journaled already
        }
        assertEquals(JournalTexts.replayEvents(lines), JournalTexts.outboundEvents(directory()));
    }

    @Test
    void tooLittleFreeDiskSpaceIsAClearErrorBeforeAnythingIsWritten()
    {
        final JournaledEngine.Settings greedy = new JournaledEngine.Settings(3_000, 1024, 1 << 16, false, false,
            Long.MAX_VALUE);
        final IllegalStateException ex =
            assertThrows(IllegalStateException.class, () -> JournaledEngine.open(directory(), greedy));
        assertTrue(ex.getMessage().startsWith("disk almost full: "), ex.getMessage());
        assertTrue(ex.getMessage().contains(" MiB free for " + root + ", below the "), ex.getMessage());
        try (JournaledEngine engine = JournaledEngine.open(directory(), SETTINGS))
        {
            assertEquals(0, engine.inboundEntriesApplied(), "the refused start left the directory usable");
        }
    }

    @Test
    void aSecondEngineOnTheSameDirectoryIsRefused()
    {
        try (JournaledEngine ignored = JournaledEngine.open(directory(), SETTINGS))
        {
            final IllegalStateException ex =
                assertThrows(IllegalStateException.class, () -> JournaledEngine.open(directory(), SETTINGS));
            assertTrue(ex.getMessage().startsWith("another engine process owns " + root), ex.getMessage());
        }
    }

    private void append(final List<String> lines)
    {
        try (InboundJournal inbound = InboundJournal.open(directory().inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            for (final String line : lines)
            {
                appender.append(line);
            }
        }
    }

    private Path[] snapshotFiles() throws IOException
    {
        try (Stream<Path> files = Files.list(directory().snapshots()))
        {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().toArray(Path[]::new);
        }
    }
}
