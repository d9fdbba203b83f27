package com.guishen.gscx.engine;

/** How long an order may live: until cancelled, the end of the day, a given time, or not at all. */
public enum TimeInForce
{
    GTC,
    DAY,
    GTD,
    IOC,
    FOK;

    /** True for the kinds that may rest in the book. */
    public boolean rests()
    {
        return this == GTC || this == DAY || this == GTD;
    }
}
