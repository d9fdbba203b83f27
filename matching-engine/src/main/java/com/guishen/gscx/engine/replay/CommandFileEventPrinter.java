package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.EngineListener;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.Side;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.events.AsciiNumbers;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes engine events as the output lines of the command-file rulebook (COMMANDS.md), then
 * the books and the summary. Formats into a reused byte buffer, flushed in large writes, so
 * printing allocates nothing per event.
 */
public final class CommandFileEventPrinter implements EngineListener, CommandNames
{
    private static final byte[][] REJECT_REASONS = names(RejectReason.values());
    private static final byte[][] CANCEL_REASONS = names(CancelReason.values());

    private final OutputStream output;
    private final byte[] buffer = new byte[1 << 16];
    private int position;

    private byte[][] participantNames = new byte[16][];
    private byte[][] symbols = new byte[16][];
    private int[] priceDecimals = new int[16];

    private final byte[] commandParticipant = new byte[256];
    private int commandParticipantLength;

    private long events;
    private long fills;

    public CommandFileEventPrinter(final OutputStream output)
    {
        this.output = output;
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
    public void instrumentListed(final int instrument, final String symbol, final int decimals,
        final int deliveryHours)
    {
        if (instrument >= symbols.length)
        {
            final int length = Math.max(instrument + 1, symbols.length * 2);
            symbols = Arrays.copyOf(symbols, length);
            priceDecimals = Arrays.copyOf(priceDecimals, length);
        }
        symbols[instrument] = symbol.getBytes(StandardCharsets.US_ASCII);
        priceDecimals[instrument] = decimals;
    }

    @Override
    public void commandParticipant(final byte[] text, final int offset, final int length)
    {
        commandParticipantLength = Math.min(length, commandParticipant.length);
        System.arraycopy(text, offset, commandParticipant, 0, commandParticipantLength);
    }

    public long events()
    {
        return events;
    }

    public long fills()
    {
        return fills;
    }

    @Override
    public void onAccepted(
        final long engineSeq, final long timestamp, final long orderId, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final int instrument, final Side side, final long price, final long quantity, final TimeInForce timeInForce)
    {
        begin("ACCEPTED,", engineSeq);
        participant(participant);
        clOrdId(clOrdIdHigh, clOrdIdLow);
        number(orderId);
        endLine();
    }

    @Override
    public void onRejected(
        final long engineSeq, final long timestamp, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final RejectReason reason)
    {
        begin("REJECTED,", engineSeq);
        participant(participant);
        clOrdId(clOrdIdHigh, clOrdIdLow);
        bytes(REJECT_REASONS[reason.ordinal()]);
        endLine();
    }

    @Override
    public void onFill(
        final long engineSeq, final long timestamp, final long tradeId, final int instrument, final long price,
        final long quantity, final long buyOrderId, final int buyer, final long buyClOrdIdHigh,
        final long buyClOrdIdLow, final long sellOrderId, final int seller, final long sellClOrdIdHigh,
        final long sellClOrdIdLow, final Side aggressor)
    {
        fills++;
        begin("FILL,", engineSeq);
        number(tradeId);
        comma();
        bytes(symbols[instrument]);
        comma();
        price(instrument, price);
        number(quantity);
        comma();
        participant(buyer);
        clOrdId(buyClOrdIdHigh, buyClOrdIdLow);
        participant(seller);
        clOrdId(sellClOrdIdHigh, sellClOrdIdLow);
        buffer[position++] = aggressor.code();
        endLine();
    }

    @Override
    public void onCancelled(
        final long engineSeq, final long timestamp, final long orderId, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final int instrument, final long leavesQuantity, final CancelReason reason)
    {
        begin("CANCELLED,", engineSeq);
        participant(participant);
        clOrdId(clOrdIdHigh, clOrdIdLow);
        number(leavesQuantity);
        comma();
        bytes(CANCEL_REASONS[reason.ordinal()]);
        endLine();
    }

    @Override
    public void onReplaced(
        final long engineSeq, final long timestamp, final long orderId, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final long origClOrdIdHigh, final long origClOrdIdLow, final int instrument,
        final long price, final long quantity, final long leavesQuantity)
    {
        begin("REPLACED,", engineSeq);
        participant(participant);
        clOrdId(clOrdIdHigh, clOrdIdLow);
        clOrdId(origClOrdIdHigh, origClOrdIdLow);
        price(instrument, price);
        number(quantity);
        endLine();
    }

    /** Writes every instrument's resting orders as BOOK lines, in listing order. */
    public void printBooks(final MatchingEngine engine)
    {
        for (int instrument = 0; instrument < engine.instrumentCount(); instrument++)
        {
            final int listed = instrument;
            engine.forEachRestingOrder(instrument, (orderId, participant, high, low, side, price, leaves) ->
            {
                ensureRoom();
                ascii("BOOK,");
                bytes(symbols[listed]);
                comma();
                buffer[position++] = side.code();
                comma();
                price(listed, price);
                number(leaves);
                comma();
                participant(participant);
                position += ClOrdId.unpack(high, low, buffer, position);
                endLine();
            });
        }
    }

    /** Writes the closing SUMMARY line and flushes. */
    public void printSummary(final long commands)
    {
        ensureRoom();
        ascii("SUMMARY,commands=");
        number(commands);
        ascii(",events=");
        number(events);
        ascii(",fills=");
        number(fills);
        endLine();
        flush();
    }

    /** Writes out whatever is buffered. */
    public void flush()
    {
        try
        {
            output.write(buffer, 0, position);
            output.flush();
            position = 0;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private void begin(final String kind, final long engineSeq)
    {
        events++;
        ensureRoom();
        ascii(kind);
        number(engineSeq);
        comma();
    }

    private void ensureRoom()
    {
        if (position > buffer.length - 1024)
        {
            flush();
        }
    }

    private void participant(final int participant)
    {
        if (participant < 0)
        {
            System.arraycopy(commandParticipant, 0, buffer, position, commandParticipantLength);
            position += commandParticipantLength;
        }
        else
        {
            bytes(participantNames[participant]);
        }
        comma();
    }

    private void clOrdId(final long high, final long low)
    {
        position += ClOrdId.unpack(high, low, buffer, position);
        comma();
    }

    private void price(final int instrument, final long price)
    {
        position += FixedPoint.format(price, priceDecimals[instrument], buffer, position);
        comma();
    }

    private void number(final long value)
    {
        position += AsciiNumbers.formatLong(value, buffer, position);
    }

    private void bytes(final byte[] text)
    {
        System.arraycopy(text, 0, buffer, position, text.length);
        position += text.length;
    }

    private void ascii(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            buffer[position++] = (byte)text.charAt(i);
        }
    }

    private void comma()
    {
        buffer[position++] = ',';
    }

    private void endLine()
    {
        buffer[position++] = '\n';
    }

    private static byte[][] names(final Enum<?>[] values)
    {
        final byte[][] names = new byte[values.length][];
        for (final Enum<?> value : values)
        {
            names[value.ordinal()] = value.name().getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}
