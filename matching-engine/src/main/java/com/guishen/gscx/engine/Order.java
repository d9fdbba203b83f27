package com.guishen.gscx.engine;

/**
 * A live order: pooled and reused, linked into its price level (time priority), its
 * participant's live orders and the engine's live orders (both in orderId order).
 */
final class Order
{
    long orderId;
    int participant;
    Instrument instrument;
    Side side;
    long price;
    long quantity;
    long filled;
    long clOrdIdHigh;
    long clOrdIdLow;
    TimeInForce timeInForce;
    boolean postOnly;
    long expiry;

    /** Index in the {@link ExpiryQueue}, -1 when not queued. */
    int expiryIndex = -1;

    PriceLevel level;
    Order levelPrevious;
    Order levelNext;
    Order participantPrevious;
    Order participantNext;
    Order enginePrevious;
    Order engineNext;

    long leaves()
    {
        return quantity - filled;
    }

    void reset()
    {
        instrument = null;
        side = null;
        timeInForce = null;
        level = null;
        levelPrevious = null;
        levelNext = null;
        participantPrevious = null;
        participantNext = null;
        enginePrevious = null;
        engineNext = null;
        expiryIndex = -1;
        filled = 0;
        postOnly = false;
    }
}
