package com.guishen.gscx.ledger;

/**
 * What an entry books (DESIGN.md section 7): opening deposits, fills, and the settlement events
 * of {@code gscx.settlement} (escrow released on delivery, refunds and penalties of deliveries
 * that failed in whole or in part).
 */
public enum EntryKind
{
    /** A participant's deposit when the ledger opens, from the configuration. */
    OPENING_DEPOSIT,
    /** A trade: the buyer's notional into escrow, both sides' fees to their home exchanges. */
    FILL,
    /** Delivered compute: the buyer's escrow to the provider's cash, through both clearing accounts across exchanges. */
    ESCROW_RELEASE,
    /** The undelivered part of a delivery: escrow back to the buyer's cash. */
    REFUND,
    /** A failed or partial delivery's penalty: the provider's cash to the buyer's, through clearing across exchanges. */
    PENALTY
}
