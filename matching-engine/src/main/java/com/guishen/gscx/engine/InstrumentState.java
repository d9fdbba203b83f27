package com.guishen.gscx.engine;

/** The trading state of a listed instrument. */
public enum InstrumentState
{
    OPEN,
    HALTED,
    /** Delivery has started: nothing trades any more. */
    CLOSED,
    DELISTED
}
