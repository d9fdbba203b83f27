package com.guishen.gscx.engine;

/** LIMIT rests at its price; MARKET takes what the band allows and never rests. */
public enum OrderType
{
    LIMIT,
    MARKET
}
