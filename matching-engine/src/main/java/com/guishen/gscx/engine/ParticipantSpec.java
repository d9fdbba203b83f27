package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

/**
 * What the engine needs to admit a participant: its roles, its credit limit (fixed-point CNY,
 * 0 = unlimited), its capacity in units per instrument (0 = unlimited) and its self-trade
 * prevention mode. {@code homeExchange} is {@code SZDE} or {@code GYBDE}.
 */
public record ParticipantSpec(
    String id,
    String homeExchange,
    boolean buyer,
    boolean provider,
    long creditLimit,
    long capacity,
    SelfTradePrevention selfTradePrevention)
{
    /** Checks the spec and says precisely what is wrong. */
    public ParticipantSpec
    {
        if (id == null || !id.matches("[!-~]{1,16}"))
        {
            throw new IllegalArgumentException("participant id must be 1 to 16 printable ASCII characters, got '" +
                id + "'");
        }
        if (!"SZDE".equals(homeExchange) && !"GYBDE".equals(homeExchange))
        {
            throw new IllegalArgumentException("exchange must be SZDE or GYBDE, got " + homeExchange);
        }
        if (!buyer && !provider)
        {
            throw new IllegalArgumentException("a participant needs role B, S or BS");
        }
        if (creditLimit < 0)
        {
            throw new IllegalArgumentException("creditLimit must be >= 0, got " + FixedPoint.toString(creditLimit));
        }
        if (capacity < 0)
        {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        if (selfTradePrevention == null)
        {
            throw new IllegalArgumentException("selfTradePrevention must be set");
        }
    }
}
