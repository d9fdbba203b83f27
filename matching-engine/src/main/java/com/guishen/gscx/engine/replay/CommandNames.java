package com.guishen.gscx.engine.replay;

import com.guishen.gscx.events.codec.OrderCommandDecoder;

/**
 * Learns the names behind the engine's indices as a command stream is decoded, for whatever
 * turns events back into names (the command-file printer, the outbound journal).
 */
public interface CommandNames
{
    void participantAdmitted(int participant, String id);

    void instrumentListed(int instrument, String symbol, int priceDecimals, int deliveryHours);

    /**
     * The participant field of the command about to be applied, as written: an event about an
     * unknown participant names it this way.
     */
    void commandParticipant(byte[] text, int offset, int length);

    /**
     * The binary order command about to be applied, valid until the next command: events that
     * answer it (a reject, the cancel it asks for) can carry the request, so a gateway needs no
     * table of its own requests. {@code instrument} is a new order's instrument index, or
     * {@link com.guishen.gscx.engine.MatchingEngine#UNKNOWN}.
     */
    default void orderCommand(final OrderCommandDecoder order, final int instrument)
    {
    }

    /** A text line is about to be applied: no order command is being answered any more. */
    default void textLine()
    {
    }
}
