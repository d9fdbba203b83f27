package com.guishen.gscx.config;

/**
 * What the engine does when a participant's aggressing order meets its own resting order
 * (DESIGN.md section 5, COMMANDS.md rule 6). The names are the engine's declaration words.
 */
public enum SelfTradePrevention
{
    /** Trade normally. */
    NONE,
    /** Cancel the resting order and go on matching. */
    CANCEL_RESTING,
    /** Cancel what is left of the aggressing order and stop. */
    CANCEL_AGGRESSOR,
    /** Cancel the resting order, then the aggressor, and stop. */
    CANCEL_BOTH
}
