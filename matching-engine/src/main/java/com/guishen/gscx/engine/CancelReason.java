package com.guishen.gscx.engine;

/** Why an order left the book without being filled. */
public enum CancelReason
{
    /** Cancelled by its participant, or replaced down to nothing. */
    USER,
    /** The unfilled rest of an IOC or MARKET order. */
    IOC,
    /** A fill-or-kill order that could not fill completely. */
    FOK,
    /** Self-trade prevention. */
    STP,
    /** A mass cancel. */
    MASS,
    /** GTD expiry, end of day for DAY orders, or the instrument's delivery start. */
    EXPIRED,
    /** The instrument was delisted. */
    DELISTED
}
