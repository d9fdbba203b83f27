package com.guishen.gscx.events.codec;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static com.guishen.gscx.events.codec.EngineEventLayout.*;

/** Writes one engine event into a buffer in {@link EngineEventLayout}; a flyweight, reused for every event. */
public final class EngineEventEncoder
{
    /** Bytes of every encoded event. */
    public static final int LENGTH = EngineEventLayout.LENGTH;
    /** Longest participant id an event can carry. */
    public static final int MAX_NAME_LENGTH = NAME_LENGTH;
    /** Longest symbol an event can carry. */
    public static final int MAX_SYMBOL_LENGTH = SYMBOL_LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /** Points the encoder at {@code buffer} and zeroes the event there. */
    public EngineEventEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        // eight bytes at a time: the buffer's setMemory is a native call, several times slower for 176 bytes
        for (int i = 0; i < LENGTH; i += Long.BYTES)
        {
            buffer.putLong(offset + i, 0L);
        }
        return this;
    }

    public EngineEventEncoder type(final EngineEventType type)
    {
        buffer.putByte(offset + TYPE, type.code());
        return this;
    }

    public EngineEventEncoder reason(final int reason)
    {
        buffer.putByte(offset + REASON, (byte)reason);
        return this;
    }

    public EngineEventEncoder side(final byte side)
    {
        buffer.putByte(offset + SIDE, side);
        return this;
    }

    public EngineEventEncoder priceDecimals(final int decimals)
    {
        buffer.putByte(offset + PRICE_DECIMALS, (byte)decimals);
        return this;
    }

    public EngineEventEncoder deliveryHours(final int hours)
    {
        buffer.putInt(offset + DELIVERY_HOURS, hours);
        return this;
    }

    public EngineEventEncoder instrument(final int instrument)
    {
        buffer.putInt(offset + INSTRUMENT, instrument);
        return this;
    }

    public EngineEventEncoder engineSeq(final long value)
    {
        buffer.putLong(offset + ENGINE_SEQ, value);
        return this;
    }

    public EngineEventEncoder timestamp(final long value)
    {
        buffer.putLong(offset + TIMESTAMP, value);
        return this;
    }

    public EngineEventEncoder orderId(final long value)
    {
        buffer.putLong(offset + ORDER_ID, value);
        return this;
    }

    public EngineEventEncoder tradeId(final long value)
    {
        buffer.putLong(offset + TRADE_ID, value);
        return this;
    }

    public EngineEventEncoder price(final long value)
    {
        buffer.putLong(offset + PRICE, value);
        return this;
    }

    public EngineEventEncoder quantity(final long value)
    {
        buffer.putLong(offset + QUANTITY, value);
        return this;
    }

    public EngineEventEncoder leaves(final long value)
    {
        buffer.putLong(offset + LEAVES, value);
        return this;
    }

    public EngineEventEncoder clOrdId(final long high, final long low)
    {
        buffer.putLong(offset + CL_ORD_ID_HIGH, high);
        buffer.putLong(offset + CL_ORD_ID_LOW, low);
        return this;
    }

    public EngineEventEncoder otherClOrdId(final long high, final long low)
    {
        buffer.putLong(offset + OTHER_CL_ORD_ID_HIGH, high);
        buffer.putLong(offset + OTHER_CL_ORD_ID_LOW, low);
        return this;
    }

    public EngineEventEncoder otherOrderId(final long value)
    {
        buffer.putLong(offset + OTHER_ORDER_ID, value);
        return this;
    }

    /** REJECTED: the kind of request refused ({@link RequestKind}); shares the slot of {@link #otherOrderId}. */
    public EngineEventEncoder requestKind(final int kind)
    {
        buffer.putLong(offset + OTHER_ORDER_ID, kind);
        return this;
    }

    /** The participant's id as ASCII bytes (at most {@link #MAX_NAME_LENGTH}). */
    public EngineEventEncoder participant(final byte[] name)
    {
        buffer.putBytes(offset + PARTICIPANT, name, 0, Math.min(name.length, NAME_LENGTH));
        return this;
    }

    /** The participant's id as the first {@code length} bytes of {@code name}. */
    public EngineEventEncoder participant(final byte[] name, final int length)
    {
        buffer.putBytes(offset + PARTICIPANT, name, 0, Math.min(length, NAME_LENGTH));
        return this;
    }

    public EngineEventEncoder otherParticipant(final byte[] name)
    {
        buffer.putBytes(offset + OTHER_PARTICIPANT, name, 0, Math.min(name.length, NAME_LENGTH));
        return this;
    }

    public EngineEventEncoder symbol(final byte[] symbol)
    {
        buffer.putBytes(offset + SYMBOL, symbol, 0, Math.min(symbol.length, SYMBOL_LENGTH));
        return this;
    }

    /** The symbol as {@code length} ASCII bytes of {@code source} from {@code sourceOffset} (at most 32 kept). */
    public EngineEventEncoder symbol(final DirectBuffer source, final int sourceOffset, final int length)
    {
        buffer.putBytes(offset + SYMBOL, source, sourceOffset, Math.min(length, SYMBOL_LENGTH));
        return this;
    }
}
