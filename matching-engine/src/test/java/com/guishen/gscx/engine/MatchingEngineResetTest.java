package com.guishen.gscx.engine;

import com.guishen.gscx.engine.replay.CommandFileAdapter;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engine {@link MatchingEngine#reset() reset} after a stream behaves exactly like a new
 * engine given the same declarations: every rulebook file replayed a second time after a
 * reset gives the same events and the same final state as its first replay.
 */
class MatchingEngineResetTest
{
    @Test
    void aResetEngineReplaysEveryGoldenFileExactlyAsANewOne() throws IOException, URISyntaxException
    {
        final Path golden = Path.of(getClass().getResource("/golden").toURI());
        final List<Path> files;
        try (Stream<Path> listing = Files.list(golden))
        {
            files = listing.filter(file -> file.toString().endsWith(".cmd")).sorted().toList();
        }
        int checked = 0;
        for (final Path file : files)
        {
            final RecordedCommands recorded = record(file);
            if (!declarationsFirst(recorded))
            {
                continue;
            }
            final EventTranscript transcript = new EventTranscript();
            final MatchingEngine engine = new MatchingEngine(transcript);
            recorded.replayInto(engine);
            final String firstEvents = transcript.text();
            final long firstState = engine.stateHash();

            engine.reset();
            engine.verifyIntegrity();
            assertEquals(declarationsOnly(recorded).stateHash(), engine.stateHash(), file + ": state right after reset");

            transcript.clear();
            recorded.replayCommandsInto(engine);
            engine.verifyIntegrity();
            assertEquals(firstEvents, transcript.text(), file + ": events after reset");
            assertEquals(firstState, engine.stateHash(), file + ": final state after reset");
            checked++;
        }
        assertTrue(checked >= 20, "golden files with their declarations first: " + checked);
    }

    private static RecordedCommands record(final Path file) throws IOException
    {
        final RecordedCommands recorded = new RecordedCommands();
        try (InputStream input = Files.newInputStream(file))
        {
            new CommandFileAdapter(recorded, new CommandFileEventPrinter(OutputStream.nullOutputStream())).apply(input);
        }
        return recorded;
    }

    private static MatchingEngine declarationsOnly(final RecordedCommands recorded)
    {
        final MatchingEngine engine = new MatchingEngine(new CountingListener());
        for (int row = 0; row < recorded.rows() && !recorded.isCommand(row); row++)
        {
            recorded.apply(engine, row);
        }
        return engine;
    }

    private static boolean declarationsFirst(final RecordedCommands recorded)
    {
        boolean commandSeen = false;
        for (int row = 0; row < recorded.rows(); row++)
        {
            if (recorded.isCommand(row))
            {
                commandSeen = true;
            }
            else if (commandSeen)
            {
                return false;
            }
        }
        return true;
    }

    /** Every event with all its fields, one line each. */
    private static final class EventTranscript implements EngineListener
    {
        private final StringBuilder text = new StringBuilder();

        String text()
        {
            return text.toString();
        }

        void clear()
        {
            text.setLength(0);
        }

        private void line(final Object... fields)
        {
            for (final Object field : fields)
            {
                text.append(field).append(',');
            }
            text.append('\n');
        }

        @Override
        public void onAccepted(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final Side side, final long price,
            final long quantity, final TimeInForce timeInForce)
        {
            line("ACCEPTED", engineSeq, timestamp, orderId, participant, clOrdIdHigh, clOrdIdLow, instrument, side,
                price, quantity, timeInForce);
        }

        @Override
        public void onRejected(final long engineSeq, final long timestamp, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final RejectReason reason)
        {
            line("REJECTED", engineSeq, timestamp, participant, clOrdIdHigh, clOrdIdLow, reason);
        }

        @Override
        public void onFill(final long engineSeq, final long timestamp, final long tradeId, final int instrument,
            final long price, final long quantity, final long buyOrderId, final int buyer, final long buyClOrdIdHigh,
            final long buyClOrdIdLow, final long sellOrderId, final int seller, final long sellClOrdIdHigh,
            final long sellClOrdIdLow, final Side aggressor)
        {
            line("FILL", engineSeq, timestamp, tradeId, instrument, price, quantity, buyOrderId, buyer, buyClOrdIdHigh,
                buyClOrdIdLow, sellOrderId, seller, sellClOrdIdHigh, sellClOrdIdLow, aggressor);
        }

        @Override
        public void onCancelled(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final long leavesQuantity,
            final CancelReason reason)
        {
            line("CANCELLED", engineSeq, timestamp, orderId, participant, clOrdIdHigh, clOrdIdLow, instrument,
                leavesQuantity, reason);
        }

        @Override
        public void onReplaced(final long engineSeq, final long timestamp, final long orderId, final int participant,
            final long clOrdIdHigh, final long clOrdIdLow, final long origClOrdIdHigh, final long origClOrdIdLow,
            final int instrument, final long price, final long quantity, final long leavesQuantity)
        {
            line("REPLACED", engineSeq, timestamp, orderId, participant, clOrdIdHigh, clOrdIdLow, origClOrdIdHigh,
                origClOrdIdLow, instrument, price, quantity, leavesQuantity);
        }
    }
}
