package com.guishen.gscx.engine;

/** Why the engine refused a command; a reject never changes a book. */
public enum RejectReason
{
    UNKNOWN_SYMBOL("the symbol is not listed"),
    UNKNOWN_PARTICIPANT("the participant is not admitted"),
    NOT_AUTHORISED("the participant's roles do not allow this side"),
    DUPLICATE_CLORDID("the clOrdId was used before by this participant"),
    INVALID_PRICE("the price is not positive or not a multiple of the tick size"),
    INVALID_QTY("the quantity is not positive or not a multiple of the lot size"),
    INVALID_TIF("this time in force does not go with this order type or post-only"),
    PRICE_BAND("the price is outside the instrument's price band"),
    CREDIT_LIMIT("the buyer's credit limit would be exceeded"),
    CAPACITY_LIMIT("the provider's registered capacity would be exceeded"),
    INSTRUMENT_HALTED("the instrument is halted"),
    INSTRUMENT_CLOSED("trading in the instrument has closed at its delivery start"),
    POST_ONLY_WOULD_CROSS("a post-only order would take liquidity"),
    UNKNOWN_ORDER("no live order of this participant has that clOrdId"),
    // Appended, never inserted: events carry reasons by ordinal.
    PARTICIPANT_BLOCKED("the participant is blocked by an operator's kill switch");

    private final String text;

    RejectReason(final String text)
    {
        this.text = text;
    }

    /** A sentence for people (FIX Text, admin console). */
    public String text()
    {
        return text;
    }
}
