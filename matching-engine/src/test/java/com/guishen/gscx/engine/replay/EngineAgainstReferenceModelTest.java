package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.reference.RandomCommandFileGenerator;
import com.guishen.gscx.engine.reference.ReferenceModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The engine against a deliberately simple reference model (plain collections, obviously
 * correct) over random command files that use every feature: after every line both check
 * their invariants (no crossed book, leaves > 0, filled < ordered, exposures equal to what the
 * books and fills say), and in the end their outputs must be identical, line for line.
 */
class EngineAgainstReferenceModelTest
{
    private static final int COMMANDS_PER_SEED = 40_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void engineAndReferenceModelAgreeOnEveryLine(final long seed) throws IOException
    {
        final List<String> lines = RandomCommandFileGenerator.generate(seed, COMMANDS_PER_SEED);

        final ByteArrayOutputStream engineOutput = new ByteArrayOutputStream();
        final CommandFileEventPrinter printer = new CommandFileEventPrinter(engineOutput);
        final MatchingEngine engine = new MatchingEngine(printer);
        final CommandFileAdapter adapter = new CommandFileAdapter(engine, printer);
        final ReferenceModel model = new ReferenceModel();

        for (int i = 0; i < lines.size(); i++)
        {
            final String line = lines.get(i);
            adapter.apply(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.US_ASCII)));
            model.apply(i + 1, line);
            try
            {
                engine.verifyIntegrity();
                model.checkInvariants();
            }
            catch (final IllegalStateException ex)
            {
                fail("seed " + seed + ", after line " + (i + 1) + " '" + line + "': " + ex.getMessage(), ex);
            }
        }
        printer.printBooks(engine);
        printer.printSummary(adapter.commands());

        final List<String> expected = model.output();
        final List<String> actual = Arrays.asList(engineOutput.toString(StandardCharsets.US_ASCII).split("\n"));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++)
        {
            if (!expected.get(i).equals(actual.get(i)))
            {
                fail("seed " + seed + ": output line " + (i + 1) + " differs\n  model:  " + expected.get(i) +
                    "\n  engine: " + actual.get(i) + "\n  (context: " +
                    expected.subList(Math.max(0, i - 3), i) + ")");
            }
        }
        assertEquals(expected.size(), actual.size(), "number of output lines");
    }
}
