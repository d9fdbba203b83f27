package com.guishen.gscx.events.codec;

import org.agrona.DirectBuffer;

import static com.guishen.gscx.events.codec.OrderCommandLayout.*;

/** Reads one order command in {@link OrderCommandLayout}; a flyweight, reused. */
public final class OrderCommandDecoder
{
    private DirectBuffer buffer;
    private int offset;
    private int length;

    /** True if an inbound entry starting with {@code firstByte} is an order command (not a text line). */
    public static boolean isOrderCommand(final byte firstByte)
    {
        return firstByte == NEW || firstByte == CANCEL || firstByte == REPLACE;
    }

    /**
     * Points the decoder at an entry of {@code length} bytes.
     *
     * @return false if the bytes are not a whole order command (an unknown type, or too short for its names).
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length)
    {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        if (length < 1 || !isOrderCommand(buffer.getByte(offset)))
        {
            return false;
        }
        final int participant = namesOffset(type());
        if (length < participant + 1 || length < participant + 1 + participantLength())
        {
            return false;
        }
        final int symbol = participant + 1 + participantLength();
        return isNewOrder() ? length > symbol && length == symbol + 1 + (buffer.getByte(offset + symbol) & 0xFF) :
            length == symbol;
    }

    public boolean isNewOrder()
    {
        return type() == NEW;
    }

    public boolean isCancel()
    {
        return type() == CANCEL;
    }

    public boolean isReplace()
    {
        return type() == REPLACE;
    }

    /** The {@link RequestKind} of this command: NEW, CANCEL or REPLACE. */
    public int requestKind()
    {
        return type();
    }

    /** The buffer the command is read from, to copy its names out (see {@link #symbolOffset()}). */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    public long timestamp()
    {
        return buffer.getLong(offset + TIMESTAMP);
    }

    public long clOrdIdHigh()
    {
        return buffer.getLong(offset + CL_ORD_ID_HIGH);
    }

    public long clOrdIdLow()
    {
        return buffer.getLong(offset + CL_ORD_ID_LOW);
    }

    /** Cancel and replace only. */
    public long origClOrdIdHigh()
    {
        return buffer.getLong(offset + ORIG_CL_ORD_ID_HIGH);
    }

    /** Cancel and replace only. */
    public long origClOrdIdLow()
    {
        return buffer.getLong(offset + ORIG_CL_ORD_ID_LOW);
    }

    /** New order and replace. */
    public long price()
    {
        return buffer.getLong(offset + (isNewOrder() ? NEW_PRICE : REPLACE_PRICE));
    }

    /** New order and replace. */
    public long quantity()
    {
        return buffer.getLong(offset + (isNewOrder() ? NEW_QUANTITY : REPLACE_QUANTITY));
    }

    public long expiry()
    {
        return buffer.getLong(offset + NEW_EXPIRY);
    }

    /** 'B' or 'S'. */
    public byte side()
    {
        return buffer.getByte(offset + NEW_SIDE);
    }

    public int orderType()
    {
        return buffer.getByte(offset + NEW_ORDER_TYPE);
    }

    public int timeInForce()
    {
        return buffer.getByte(offset + NEW_TIME_IN_FORCE);
    }

    public boolean postOnly()
    {
        return buffer.getByte(offset + NEW_POST_ONLY) != 0;
    }

    /** The offset of the participant id's first byte in the buffer. */
    public int participantOffset()
    {
        return offset + namesOffset(type()) + 1;
    }

    public int participantLength()
    {
        return buffer.getByte(offset + namesOffset(type())) & 0xFF;
    }

    /** New orders only: the offset of the symbol's first byte in the buffer. */
    public int symbolOffset()
    {
        return participantOffset() + participantLength() + 1;
    }

    public int symbolLength()
    {
        return buffer.getByte(participantOffset() + participantLength()) & 0xFF;
    }

    /** The whole command's length. */
    public int length()
    {
        return length;
    }

    private byte type()
    {
        return buffer.getByte(offset + TYPE);
    }
}
