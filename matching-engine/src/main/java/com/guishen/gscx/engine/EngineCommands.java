package com.guishen.gscx.engine;

/**
 * The commands the matching engine takes, in the order it must see them. {@link MatchingEngine}
 * carries them out; decoders (the command-file adapter, later the journal tailer) call them;
 * recorders implement them to capture a stream for benchmarks. Participants and instruments
 * are indices returned by {@link #listInstrument} and {@link #admitParticipant}, or
 * {@link MatchingEngine#UNKNOWN}.
 */
public interface EngineCommands
{
    int listInstrument(InstrumentSpec spec);

    int admitParticipant(ParticipantSpec spec);

    /**
     * Registers how many units a provider may sell in one instrument (0: none), replacing the
     * participant's default capacity there.
     */
    void registerCapacity(int participant, int instrument, long units);

    void newOrder(long timestamp, int participant, long clOrdIdHigh, long clOrdIdLow, int instrument, Side side,
        OrderType type, TimeInForce timeInForce, long price, long quantity, boolean postOnly, long expiry);

    void cancel(long timestamp, int participant, long clOrdIdHigh, long clOrdIdLow, long origClOrdIdHigh,
        long origClOrdIdLow);

    void replace(long timestamp, int participant, long clOrdIdHigh, long clOrdIdLow, long origClOrdIdHigh,
        long origClOrdIdLow, long price, long quantity);

    void massCancel(long timestamp, int participant, int instrument);

    void halt(long timestamp, int instrument);

    void resume(long timestamp, int instrument);

    void endOfDay(long timestamp);

    void delist(long timestamp, int instrument);

    /**
     * An operator's kill switch: cancels every live order of the participant (reason MASS) and
     * rejects its new orders and replaces from now on, until {@link #reinstate}.
     */
    void kill(long timestamp, int participant);

    /** Lifts a participant's kill switch: its new orders are accepted again. */
    void reinstate(long timestamp, int participant);

    /**
     * Changes a participant's credit limit (fixed-point CNY, 0 = unlimited) for the orders and
     * replaces it sends from now on; resting orders stay.
     */
    void changeCreditLimit(long timestamp, int participant, long creditLimit);
}
