package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.Side;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.engine.replay.CommandFileEventPrinter;
import com.guishen.gscx.events.codec.EngineEventDecoder;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints outbound journal events as the event lines of the command-file rulebook, through the
 * same printer {@code gscx replay} uses, so a journal can be diffed against a replay.
 * A tool (cold path): it keeps its own name tables, built from the names events carry.
 */
public final class OutboundEventPrinter
{
    private static final RejectReason[] REJECT_REASONS = RejectReason.values();
    private static final CancelReason[] CANCEL_REASONS = CancelReason.values();
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();

    private final CommandFileEventPrinter printer;
    private final Map<String, Integer> participants = new HashMap<>();
    private final Map<String, Integer> symbols = new HashMap<>();

    public OutboundEventPrinter(final OutputStream output)
    {
        this.printer = new CommandFileEventPrinter(output);
    }

    public void print(final EngineEventDecoder event)
    {
        final long seq = event.engineSeq();
        final long ts = event.timestamp();
        switch (event.type())
        {
            case ACCEPTED -> printer.onAccepted(seq, ts, event.orderId(), participant(event.participant()),
                event.clOrdIdHigh(), event.clOrdIdLow(), instrument(event), side(event.side()), event.price(),
                event.quantity(), TIMES_IN_FORCE[event.reason()]);
            case REJECTED ->
            {
                final byte[] name = event.participant().getBytes(StandardCharsets.US_ASCII);
                printer.commandParticipant(name, 0, name.length);
                printer.onRejected(seq, ts, -1, event.clOrdIdHigh(), event.clOrdIdLow(), REJECT_REASONS[event.reason()]);
            }
            case FILL -> printer.onFill(seq, ts, event.tradeId(), instrument(event), event.price(), event.quantity(),
                event.orderId(), participant(event.participant()), event.clOrdIdHigh(), event.clOrdIdLow(),
                event.otherOrderId(), participant(event.otherParticipant()), event.otherClOrdIdHigh(),
                event.otherClOrdIdLow(), side((byte)event.reason()));
            case CANCELLED -> printer.onCancelled(seq, ts, event.orderId(), participant(event.participant()),
                event.clOrdIdHigh(), event.clOrdIdLow(), instrument(event), event.leaves(),
                CANCEL_REASONS[event.reason()]);
            case REPLACED -> printer.onReplaced(seq, ts, event.orderId(), participant(event.participant()),
                event.clOrdIdHigh(), event.clOrdIdLow(), event.otherClOrdIdHigh(), event.otherClOrdIdLow(),
                instrument(event), event.price(), event.quantity(), event.leaves());
            default -> throw new IllegalStateException("not an engine event at engineSeq " + seq);
        }
    }

    public void flush()
    {
        printer.flush();
    }

    private int participant(final String id)
    {
        return participants.computeIfAbsent(id, name ->
        {
            final int index = participants.size();
            printer.participantAdmitted(index, name);
            return index;
        });
    }

    private int instrument(final EngineEventDecoder event)
    {
        final String symbol = event.symbol();
        final int decimals = event.priceDecimals();
        return symbols.computeIfAbsent(symbol + "/" + decimals, key ->
        {
            final int index = symbols.size();
            printer.instrumentListed(index, symbol, decimals, event.deliveryHours());
            return index;
        });
    }

    private static Side side(final byte code)
    {
        return code == Side.BUY.code() ? Side.BUY : Side.SELL;
    }
}
