package com.guishen.gscx.settlement;

/**
 * A {@code gscx.fills} record as settlement reads it: who owes whom what compute, for how much.
 *
 * @param tradeId       the fill's id, the obligation's.
 * @param time          engine time, epoch nanoseconds.
 * @param symbol        the instrument: its delivery window.
 * @param quantity      units (GPUs or vCPUs) for the whole window.
 * @param deliveryHours hours of the window.
 * @param notional      fixed-point CNY: price x quantity x deliveryHours, what the buyer's escrow holds.
 * @param buyer         the buying participant.
 * @param provider      the selling participant, who must deliver.
 */
public record FillInput(long tradeId, long time, String symbol, long quantity, int deliveryHours, long notional,
    String buyer, String provider)
{
}
