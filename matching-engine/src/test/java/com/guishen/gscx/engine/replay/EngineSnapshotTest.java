package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import org.junit.jupiter.api.Test;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aKillSwitchAndAChangedCreditLimitSurviveASnapshot() throws IOException
    {
        final List<String> before = List.of(
            "INSTRUMENT,HR1,0.01,1,1,0,10.00",
            "PARTICIPANT,BUY,SZDE,B,0,0,NONE",
            "PARTICIPANT,SELL,GYBDE,S,0,0,NONE",
            "NEW,1,SELL,s1,HR1,S,LIMIT,GTC,10.00,100",
            "NEW,2,BUY,b1,HR1,B,LIMIT,IOC,10.00,40",
            "CREDIT_LIMIT,3,BUY,500",
            "KILL,4,SELL");
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final CommandFileEventPrinter printer = new CommandFileEventPrinter(output);
        final MatchingEngine original = new MatchingEngine(printer);
        final CommandFileAdapter adapter = new CommandFileAdapter(original, printer);
        final long hashBeforeKill = hashOf(before.subList(0, before.size() - 1));
        apply(adapter, before);
        assertNotEquals(hashBeforeKill, original.stateHash(), "the kill switch is part of the state hash");

        final ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        original.writeSnapshot(new DataOutputStream(snapshot));
        final ByteArrayOutputStream restoredOutput = new ByteArrayOutputStream();
        final CommandFileEventPrinter restoredPrinter = new CommandFileEventPrinter(restoredOutput);
        final MatchingEngine restored = MatchingEngine.readSnapshot(
            new DataInputStream(new ByteArrayInputStream(snapshot.toByteArray())), restoredPrinter, 1024, 1 << 16);
        final CommandFileAdapter restoredAdapter = new CommandFileAdapter(restored, restoredPrinter);
        restoredAdapter.restoreNames(restored);
        assertEquals(original.stateHash(), restored.stateHash());

        // bought 400 with a limit of 500: 10.00 x 11 is over it; the seller is blocked.
        apply(restoredAdapter, List.of(
            "NEW,5,BUY,b2,HR1,B,LIMIT,GTC,10.00,11",
            "NEW,6,SELL,s2,HR1,S,LIMIT,GTC,10.00,1",
            "NEW,7,BUY,b3,HR1,B,LIMIT,GTC,10.00,10"));
        restoredPrinter.flush();
        assertEquals(String.join("\n",
            "REJECTED,5,BUY,b2,CREDIT_LIMIT",
            "REJECTED,6,SELL,s2,PARTICIPANT_BLOCKED",
            "ACCEPTED,7,BUY,b3,3") + "\n", restoredOutput.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void aVersion1SnapshotIsRefusedWithTheReason()
    {
        final byte[] version1 = {0, 0, 0, 1, 0, 0, 0, 0};
        final IOException refused = assertThrows(IOException.class, () -> MatchingEngine.readSnapshot(
            new DataInputStream(new ByteArrayInputStream(version1)), new CommandFileEventPrinter(
                new ByteArrayOutputStream()), 16, 16));
        assertTrue(refused.getMessage().contains("snapshot version 1, this engine reads only 2"), refused.getMessage());
    }

    private static long hashOf(final List<String> lines) throws IOException
    {
        final CommandFileEventPrinter printer = new CommandFileEventPrinter(new ByteArrayOutputStream());
        final MatchingEngine engine = new MatchingEngine(printer);
        apply(new CommandFileAdapter(engine, printer), lines);
        return engine.stateHash();
    }

    private static void apply(final CommandFileAdapter adapter, final List<String> lines) throws IOException
    {
        final String text = String.join("\n", lines) + "\n";
        adapter.apply(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
