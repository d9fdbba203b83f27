package com.guishen.gscx.events.codec;

/**
 * The kind of request a REJECTED event answers ({@link EngineEventDecoder#requestKind()}): the
 * binary order command that was refused, so that a gateway can answer it with the right
 * ExecutionReport without keeping a table of its own requests. The codes are those of the
 * order commands themselves ({@link OrderCommandDecoder#requestKind()}).
 */
public final class RequestKind
{
    /** Not a binary order command: a text line of a command file, which carries no request context. */
    public static final int UNKNOWN = 0;
    /** A new order: the event carries its side, price, quantity and symbol. */
    public static final int NEW = OrderCommandLayout.NEW;
    /** A cancel: the event carries the origClOrdId it named. */
    public static final int CANCEL = OrderCommandLayout.CANCEL;
    /** A cancel/replace: the event carries the origClOrdId it named and the new price and quantity. */
    public static final int REPLACE = OrderCommandLayout.REPLACE;

    private RequestKind()
    {
    }
}
