package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.EngineListener;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.Side;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.engine.replay.CommandNames;
import com.guishen.gscx.events.codec.EngineEventEncoder;
import com.guishen.gscx.events.codec.EngineEventType;
import com.guishen.gscx.events.codec.OrderCommandDecoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes every engine event to the outbound journal, names included, in batches: the events
 * reach the journal at {@link #flush()}, which the engine's duty cycle calls after each pass.
 * After a restart the engine replays commands whose events are already journaled; those
 * (engineSeq up to {@link #alreadyJournaled}) are recognised and not written twice.
 *
 * <p>Events that answer a binary order command carry the request (see EngineEventLayout): the
 * journaler holds the adapter's decoder of the command being applied, and reads it only when a
 * reject or a user cancel is written.
 */
public final class EngineEventJournaler implements EngineListener, CommandNames
{
    private final OutboundJournal.Appender appender;
    private final EngineEventEncoder encoder = new EngineEventEncoder();
    private byte[][] participantNames = new byte[16][];
    private byte[][] symbols = new byte[16][];
    private int[] priceDecimals = new int[16];
    private int[] deliveryHours = new int[16];
    private final byte[] commandParticipant = new byte[EngineEventEncoder.MAX_NAME_LENGTH];
    private int commandParticipantLength;
    /** The binary order command being applied, or null while a text line is. */
    private OrderCommandDecoder orderCommand;
    private int orderCommandInstrument;
    private long alreadyJournaled;

    public EngineEventJournaler(final OutboundJournal.Appender appender)
    {
        this.appender = appender;
    }

    /** Events up to this engineSeq are in the journal already: replaying them writes nothing. */
    public void alreadyJournaled(final long engineSeq)
    {
        alreadyJournaled = engineSeq;
    }

    /** Writes the events encoded since the last flush to the journal, as one entry. */
    public void flush()
    {
        appender.flush();
    }

    /** Lets the thread that calls next (the engine thread) take the journal appender over. */
    public void handOver()
    {
        appender.handOver();
    }

    @Override
    public void participantAdmitted(final int participant, final String id)
    {
        if (participant >= participantNames.length)
        {
            participantNames = Arrays.copyOf(participantNames, Math.max(participant + 1, participantNames.length * 2));
        }
        participantNames[participant] = id.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void instrumentListed(final int instrument, final String symbol, final int decimals, final int hours)
    {
        if (instrument >= symbols.length)
        {
            final int length = Math.max(instrument + 1, symbols.length * 2);
            symbols = Arrays.copyOf(symbols, length);
            priceDecimals = Arrays.copyOf(priceDecimals, length);
            deliveryHours = Arrays.copyOf(deliveryHours, length);
        }
        symbols[instrument] = symbol.getBytes(StandardCharsets.US_ASCII);
        priceDecimals[instrument] = decimals;
        deliveryHours[instrument] = hours;
    }

    @Override
    public void commandParticipant(final byte[] text, final int offset, final int length)
    {
        commandParticipantLength = Math.min(length, commandParticipant.length);
        System.arraycopy(text, offset, commandParticipant, 0, commandParticipantLength);
    }

    @Override
    public void orderCommand(final OrderCommandDecoder order, final int instrument)
    {
        orderCommand = order;
        orderCommandInstrument = instrument;
    }

    @Override
    public void textLine()
    {
        orderCommand = null;
    }

    @Override
    public void onAccepted(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final Side side, final long price,
        final long quantity, final TimeInForce timeInForce)
    {
        if (begin(EngineEventType.ACCEPTED, engineSeq, timestamp, instrument))
        {
            encoder.orderId(orderId).participant(participantNames[participant]).clOrdId(clOrdIdHigh, clOrdIdLow)
                .side(side.code()).price(price).quantity(quantity).leaves(quantity).reason(timeInForce.ordinal());
            appender.append();
        }
    }

    @Override
    public void onRejected(final long engineSeq, final long timestamp, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final RejectReason reason)
    {
        if (begin(EngineEventType.REJECTED, engineSeq, timestamp, -1))
        {
            if (participant < 0)
            {
                encoder.participant(commandParticipant, commandParticipantLength);
            }
            else
            {
                encoder.participant(participantNames[participant]);
            }
            encoder.clOrdId(clOrdIdHigh, clOrdIdLow).reason(reason.ordinal());
            if (orderCommand != null)
            {
                rejectedRequest(orderCommand);
            }
            appender.append();
        }
    }

    @Override
    public void onFill(final long engineSeq, final long timestamp, final long tradeId, final int instrument,
        final long price, final long quantity, final long buyOrderId, final int buyer, final long buyClOrdIdHigh,
        final long buyClOrdIdLow, final long sellOrderId, final int seller, final long sellClOrdIdHigh,
        final long sellClOrdIdLow, final Side aggressor)
    {
        if (begin(EngineEventType.FILL, engineSeq, timestamp, instrument))
        {
            encoder.tradeId(tradeId).price(price).quantity(quantity)
                .orderId(buyOrderId).participant(participantNames[buyer]).clOrdId(buyClOrdIdHigh, buyClOrdIdLow)
                .otherOrderId(sellOrderId).otherParticipant(participantNames[seller])
                .otherClOrdId(sellClOrdIdHigh, sellClOrdIdLow).reason(aggressor.code());
            appender.append();
        }
    }

    @Override
    public void onCancelled(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final long leavesQuantity,
        final CancelReason reason)
    {
        if (begin(EngineEventType.CANCELLED, engineSeq, timestamp, instrument))
        {
            encoder.orderId(orderId).participant(participantNames[participant]).clOrdId(clOrdIdHigh, clOrdIdLow)
                .leaves(leavesQuantity).reason(reason.ordinal());
            if (reason == CancelReason.USER && orderCommand != null && !orderCommand.isNewOrder())
            {
                encoder.otherClOrdId(orderCommand.clOrdIdHigh(), orderCommand.clOrdIdLow());
            }
            appender.append();
        }
    }

    @Override
    public void onReplaced(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final long origClOrdIdHigh, final long origClOrdIdLow,
        final int instrument, final long price, final long quantity, final long leavesQuantity)
    {
        if (begin(EngineEventType.REPLACED, engineSeq, timestamp, instrument))
        {
            encoder.orderId(orderId).participant(participantNames[participant]).clOrdId(clOrdIdHigh, clOrdIdLow)
                .otherClOrdId(origClOrdIdHigh, origClOrdIdLow).price(price).quantity(quantity).leaves(leavesQuantity);
            appender.append();
        }
    }

    /** A REJECTED event's request: what a gateway needs to answer it without remembering it. */
    private void rejectedRequest(final OrderCommandDecoder order)
    {
        encoder.requestKind(order.requestKind());
        if (order.isNewOrder())
        {
            encoder.side(order.side()).price(order.price()).quantity(order.quantity())
                .symbol(order.buffer(), order.symbolOffset(), order.symbolLength());
            if (orderCommandInstrument >= 0)
            {
                encoder.priceDecimals(priceDecimals[orderCommandInstrument]);
            }
        }
        else
        {
            encoder.otherClOrdId(order.origClOrdIdHigh(), order.origClOrdIdLow());
            if (order.isReplace())
            {
                encoder.price(order.price()).quantity(order.quantity());
            }
        }
    }

    /** Starts encoding an event; false if it is already in the journal. */
    private boolean begin(final EngineEventType type, final long engineSeq, final long timestamp, final int instrument)
    {
        if (engineSeq <= alreadyJournaled)
        {
            return false;
        }
        encoder.wrap(appender.eventBuffer(), appender.nextEventOffset()).type(type).engineSeq(engineSeq).timestamp(timestamp)
            .instrument(instrument);
        if (instrument >= 0)
        {
            encoder.symbol(symbols[instrument]).priceDecimals(priceDecimals[instrument])
                .deliveryHours(deliveryHours[instrument]);
        }
        return true;
    }
}
