package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An engine restored from a snapshot taken at any point behaves exactly like the engine that
 * never stopped: same state hash at the snapshot, same events afterwards, same final books.
 */
class EngineSnapshotTest
{
    @ParameterizedTest(name = "seed {0}, snapshot after line {1}")
    @CsvSource({"1, 1", "1, 2500", "2, 7001", "3, 12345", "4, 19000"})
    void aRestoredEngineContinuesExactlyLikeTheOriginal(final long seed, final int snapshotAfterLine) throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(seed, 20_000);

        final ByteArrayOutputStream originalOutput = new ByteArrayOutputStream();
        final CommandFileEventPrinter originalPrinter = new CommandFileEventPrinter(originalOutput);
        final MatchingEngine original = new MatchingEngine(originalPrinter);
        final CommandFileAdapter originalAdapter = new CommandFileAdapter(original, originalPrinter);
        apply(originalAdapter, lines.subList(0, snapshotAfterLine));
        originalPrinter.flush();
        final int outputAtSnapshot = originalOutput.size();

        final ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        original.writeSnapshot(new DataOutputStream(snapshot));

        final ByteArrayOutputStream restoredOutput = new ByteArrayOutputStream();
        final CommandFileEventPrinter restoredPrinter = new CommandFileEventPrinter(restoredOutput);
        final MatchingEngine restored = MatchingEngine.readSnapshot(
            new DataInputStream(new ByteArrayInputStream(snapshot.toByteArray())), restoredPrinter, 1024, 1 << 16);
        final CommandFileAdapter restoredAdapter = new CommandFileAdapter(restored, restoredPrinter);
        restoredAdapter.restoreNames(restored);
        restored.verifyIntegrity();
        assertEquals(original.stateHash(), restored.stateHash(), "state hash right after restoring");

        final List<String> rest = lines.subList(snapshotAfterLine, lines.size());
        apply(originalAdapter, rest);
        apply(restoredAdapter, rest);
        originalPrinter.printBooks(original);
        restoredPrinter.printBooks(restored);
        originalPrinter.flush();
        restoredPrinter.flush();

        assertEquals(original.stateHash(), restored.stateHash(), "state hash at the end");
        final String originalAfter = originalOutput.toString(StandardCharsets.US_ASCII).substring(outputAtSnapshot);
        assertEquals(originalAfter, restoredOutput.toString(StandardCharsets.US_ASCII), "events after the snapshot");
    }

    private static void apply(final CommandFileAdapter adapter, final List<String> lines) throws IOException
    {
        final String text = String.join("\n", lines) + "\n";
        adapter.apply(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
