package com.guishen.gscx.engine;

/** Which side of the book an order is on: buyers bid for compute, providers offer it. */
public enum Side
{
    BUY('B'),
    SELL('S');

    private final byte code;

    Side(final char code)
    {
        this.code = (byte)code;
    }

    /** The one-letter code of the command-file and drop-copy formats. */
    public byte code()
    {
        return code;
    }
}
