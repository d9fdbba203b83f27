package com.guishen.gscx.config;

/** The two exchanges whose members trade on gscx; every participant belongs to one of them. */
public enum ExchangeId
{
    /** Shenzhen Data Exchange: home of the demand side (buyers). */
    SZDE,
    /** Guiyang Big Data Exchange: home of the capacity side (providers). */
    GYBDE
}
