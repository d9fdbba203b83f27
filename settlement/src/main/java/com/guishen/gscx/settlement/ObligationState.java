package com.guishen.gscx.settlement;

/**
 * Where a delivery obligation stands. PENDING until it is fully confirmed (CONFIRMED) or its
 * delivery window plus the confirmation grace has passed: then PARTIAL when some unit-hours
 * were confirmed, FAILED when none were. Every state but PENDING is final.
 */
public enum ObligationState
{
    PENDING,
    CONFIRMED,
    PARTIAL,
    FAILED
}
