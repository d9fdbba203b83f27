package com.guishen.gscx.events.codec;

import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

import static com.guishen.gscx.events.codec.EngineEventLayout.*;

/** Reads one engine event in {@link EngineEventLayout} from a buffer; a flyweight, reused for every event. */
public final class EngineEventDecoder
{
    private DirectBuffer buffer;
    private int offset;

    public EngineEventDecoder wrap(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** The event's type, or null if the bytes are not an event. */
    public EngineEventType type()
    {
        return EngineEventType.fromCode(buffer.getByte(offset + TYPE));
    }

    public int reason()
    {
        return buffer.getByte(offset + REASON);
    }

    /** The order's side ('B' or 'S'); REJECTED: the new order's side, 0 for any other request. */
    public byte side()
    {
        return buffer.getByte(offset + SIDE);
    }

    public int priceDecimals()
    {
        return buffer.getByte(offset + PRICE_DECIMALS);
    }

    public int deliveryHours()
    {
        return buffer.getInt(offset + DELIVERY_HOURS);
    }

    public int instrument()
    {
        return buffer.getInt(offset + INSTRUMENT);
    }

    public long engineSeq()
    {
        return buffer.getLong(offset + ENGINE_SEQ);
    }

    public long timestamp()
    {
        return buffer.getLong(offset + TIMESTAMP);
    }

    public long orderId()
    {
        return buffer.getLong(offset + ORDER_ID);
    }

    public long tradeId()
    {
        return buffer.getLong(offset + TRADE_ID);
    }

    /** The price; REJECTED: the request's (a new order's, or a replace's new one), 0 for a cancel. */
    public long price()
    {
        return buffer.getLong(offset + PRICE);
    }

    /** The quantity; REJECTED: the request's (a new order's, or a replace's new one), 0 for a cancel. */
    public long quantity()
    {
        return buffer.getLong(offset + QUANTITY);
    }

    public long leaves()
    {
        return buffer.getLong(offset + LEAVES);
    }

    public long clOrdIdHigh()
    {
        return buffer.getLong(offset + CL_ORD_ID_HIGH);
    }

    public long clOrdIdLow()
    {
        return buffer.getLong(offset + CL_ORD_ID_LOW);
    }

    /**
     * REPLACED: the original clOrdId; FILL: the seller's; REJECTED of a cancel or replace: the
     * origClOrdId the request named; CANCELLED by a cancel, or by a replace that leaves nothing: the
     * request's clOrdId (the order's own is {@link #clOrdIdHigh()}). Zero otherwise.
     */
    public long otherClOrdIdHigh()
    {
        return buffer.getLong(offset + OTHER_CL_ORD_ID_HIGH);
    }

    /** The low half of {@link #otherClOrdIdHigh()}'s clOrdId. */
    public long otherClOrdIdLow()
    {
        return buffer.getLong(offset + OTHER_CL_ORD_ID_LOW);
    }

    /** FILL: the sell order. */
    public long otherOrderId()
    {
        return buffer.getLong(offset + OTHER_ORDER_ID);
    }

    /**
     * REJECTED: the kind of request refused, a {@link RequestKind}: NEW, CANCEL, REPLACE, or UNKNOWN
     * for a text-line command, whose reject carries nothing but its clOrdId, participant and reason.
     */
    public int requestKind()
    {
        return (int)buffer.getLong(offset + OTHER_ORDER_ID);
    }

    /** Copies the participant's id into {@code destination}; returns its length. */
    public int participant(final byte[] destination, final int at)
    {
        return name(PARTICIPANT, NAME_LENGTH, destination, at);
    }

    public int otherParticipant(final byte[] destination, final int at)
    {
        return name(OTHER_PARTICIPANT, NAME_LENGTH, destination, at);
    }

    public int symbol(final byte[] destination, final int at)
    {
        return name(SYMBOL, SYMBOL_LENGTH, destination, at);
    }

    /** The participant's id (cold path). */
    public String participant()
    {
        return string(PARTICIPANT, NAME_LENGTH);
    }

    public String otherParticipant()
    {
        return string(OTHER_PARTICIPANT, NAME_LENGTH);
    }

    public String symbol()
    {
        return string(SYMBOL, SYMBOL_LENGTH);
    }

    private int name(final int field, final int maxLength, final byte[] destination, final int at)
    {
        int length = 0;
        while (length < maxLength && buffer.getByte(offset + field + length) != 0)
        {
            destination[at + length] = buffer.getByte(offset + field + length);
            length++;
        }
        return length;
    }

    private String string(final int field, final int maxLength)
    {
        final byte[] bytes = new byte[maxLength];
        return new String(bytes, 0, name(field, maxLength, bytes, 0), StandardCharsets.US_ASCII);
    }
}
