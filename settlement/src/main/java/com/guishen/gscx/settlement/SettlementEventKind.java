package com.guishen.gscx.settlement;

/** The money movements a delivery outcome causes (DESIGN.md section 7), each booked by the ledger. */
public enum SettlementEventKind
{
    /** The buyer's escrow for delivered compute, paid to the provider (through both clearing accounts across exchanges). */
    ESCROW_RELEASE("RELEASE"),
    /** The escrow of the undelivered part, back to the buyer's cash. */
    REFUND("REFUND"),
    /** The configured share of the undelivered notional, paid by the provider to the buyer. */
    PENALTY("PENALTY");

    private final String idPrefix;

    SettlementEventKind(final String idPrefix)
    {
        this.idPrefix = idPrefix;
    }

    /** The event id of this kind for a trade: {@code RELEASE/42}; the ledger books each id once. */
    public String eventId(final long tradeId)
    {
        return idPrefix + "/" + tradeId;
    }
}
