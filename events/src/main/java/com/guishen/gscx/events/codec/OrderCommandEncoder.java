package com.guishen.gscx.events.codec;

import org.agrona.MutableDirectBuffer;

import static com.guishen.gscx.events.codec.OrderCommandLayout.*;

/** Writes one order command into a buffer in {@link OrderCommandLayout}; a flyweight, reused. */
public final class OrderCommandEncoder
{
    /** Longest encoded order command. */
    public static final int MAX_LENGTH = OrderCommandLayout.MAX_LENGTH;
    /** Longest participant id or symbol an order command can carry. */
    public static final int MAX_NAME_LENGTH = OrderCommandLayout.MAX_NAME_LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;
    private int length;

    public OrderCommandEncoder wrap(final MutableDirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** A new order; names follow with {@link #participant} and {@link #symbol}. */
    public OrderCommandEncoder newOrder(final long timestamp, final long clOrdIdHigh, final long clOrdIdLow,
        final byte side, final int orderType, final int timeInForce, final long price, final long quantity,
        final boolean postOnly, final long expiry)
    {
        header(NEW, timestamp, clOrdIdHigh, clOrdIdLow);
        buffer.putLong(offset + NEW_PRICE, price);
        buffer.putLong(offset + NEW_QUANTITY, quantity);
        buffer.putLong(offset + NEW_EXPIRY, expiry);
        buffer.putByte(offset + NEW_SIDE, side);
        buffer.putByte(offset + NEW_ORDER_TYPE, (byte)orderType);
        buffer.putByte(offset + NEW_TIME_IN_FORCE, (byte)timeInForce);
        buffer.putByte(offset + NEW_POST_ONLY, (byte)(postOnly ? 1 : 0));
        length = NEW_NAMES;
        return this;
    }

    /** A cancel; the participant follows with {@link #participant}. */
    public OrderCommandEncoder cancel(final long timestamp, final long clOrdIdHigh, final long clOrdIdLow,
        final long origClOrdIdHigh, final long origClOrdIdLow)
    {
        header(CANCEL, timestamp, clOrdIdHigh, clOrdIdLow);
        buffer.putLong(offset + ORIG_CL_ORD_ID_HIGH, origClOrdIdHigh);
        buffer.putLong(offset + ORIG_CL_ORD_ID_LOW, origClOrdIdLow);
        length = CANCEL_NAMES;
        return this;
    }

    /** A cancel/replace; the participant follows with {@link #participant}. */
    public OrderCommandEncoder replace(final long timestamp, final long clOrdIdHigh, final long clOrdIdLow,
        final long origClOrdIdHigh, final long origClOrdIdLow, final long price, final long quantity)
    {
        header(REPLACE, timestamp, clOrdIdHigh, clOrdIdLow);
        buffer.putLong(offset + ORIG_CL_ORD_ID_HIGH, origClOrdIdHigh);
        buffer.putLong(offset + ORIG_CL_ORD_ID_LOW, origClOrdIdLow);
        buffer.putLong(offset + REPLACE_PRICE, price);
        buffer.putLong(offset + REPLACE_QUANTITY, quantity);
        length = REPLACE_NAMES;
        return this;
    }

    /** The participant id, {@code text[start, start + nameLength)}, at most {@link #MAX_NAME_LENGTH} bytes. */
    public OrderCommandEncoder participant(final byte[] text, final int start, final int nameLength)
    {
        return name(text, start, nameLength);
    }

    /** The symbol (new orders only), at most {@link #MAX_NAME_LENGTH} bytes. */
    public OrderCommandEncoder symbol(final byte[] text, final int start, final int nameLength)
    {
        return name(text, start, nameLength);
    }

    /** Bytes written so far. */
    public int encodedLength()
    {
        return length;
    }

    private OrderCommandEncoder name(final byte[] text, final int start, final int nameLength)
    {
        if (nameLength > MAX_NAME_LENGTH)
        {
            throw new IllegalArgumentException("a name of an order command has at most " + MAX_NAME_LENGTH +
                " bytes, got " + nameLength);
        }
        buffer.putByte(offset + length, (byte)nameLength);
        buffer.putBytes(offset + length + 1, text, start, nameLength);
        length += 1 + nameLength;
        return this;
    }

    private void header(final byte type, final long timestamp, final long clOrdIdHigh, final long clOrdIdLow)
    {
        buffer.putByte(offset + TYPE, type);
        buffer.putLong(offset + TIMESTAMP, timestamp);
        buffer.putLong(offset + CL_ORD_ID_HIGH, clOrdIdHigh);
        buffer.putLong(offset + CL_ORD_ID_LOW, clOrdIdLow);
    }
}
