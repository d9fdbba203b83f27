package com.guishen.gscx.ledger;

/**
 * What an entry books (DESIGN.md section 7). Settlement events (delivery confirmed, delivery
 * failed, cycle closed) add their kinds here when they exist.
 */
public enum EntryKind
{
    /** A participant's deposit when the ledger opens, from the configuration. */
    OPENING_DEPOSIT,
    /** A trade: the buyer's notional into escrow, both sides' fees to their home exchanges. */
    FILL
}
