package com.guishen.gscx.ledger;

/**
 * A trade as the ledger books it: a checked {@code gscx.fills} record with fixed-point money.
 *
 * @param tradeId       the fill's id; the ledger books each one once.
 * @param engineSeq     the engine event that published it.
 * @param time          engine time, epoch nanoseconds.
 * @param symbol        the instrument.
 * @param price         fixed-point CNY per unit-hour, > 0.
 * @param quantity      units, > 0.
 * @param deliveryHours hours of the delivery window, > 0.
 * @param notional      fixed-point CNY, price x quantity x deliveryHours.
 * @param buyer         the buying participant.
 * @param seller        the providing participant.
 * @param buyerAggressed true when the buyer was the aggressor (taker), false when the seller was.
 */
public record Fill(
    long tradeId,
    long engineSeq,
    long time,
    String symbol,
    long price,
    long quantity,
    int deliveryHours,
    long notional,
    String buyer,
    String seller,
    boolean buyerAggressed)
{
    /** The id the ledger dedupes fills by. */
    public String eventId()
    {
        return eventId(tradeId);
    }

    public static String eventId(final long tradeId)
    {
        return "FILL/" + tradeId;
    }
}
