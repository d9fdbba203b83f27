package com.guishen.gscx.engine;

/** What happens when a participant's aggressing order meets one of its own resting orders. */
public enum SelfTradePrevention
{
    NONE,
    CANCEL_RESTING,
    CANCEL_AGGRESSOR,
    CANCEL_BOTH
}
