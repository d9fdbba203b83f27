package com.guishen.gscx.config;

/** What a participant may do: buy compute, provide (sell) it, or both when it holds both roles. */
public enum Role
{
    BUYER,
    PROVIDER
}
