package com.guishen.gscx.engine.replay;

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
}
