package com.guishen.gscx.ledger;

/**
 * A money movement from {@code gscx.settlement} as the ledger books it (DESIGN.md section 7).
 *
 * @param eventId       {@code RELEASE/42}, {@code REFUND/42} or {@code PENALTY/42}: booked once.
 * @param kind          ESCROW_RELEASE, REFUND or PENALTY.
 * @param time          settlement's time of it, epoch nanoseconds.
 * @param tradeId       the fill it settles.
 * @param fillTopic     the fill's topic,
 * @param fillPartition partition
 * @param fillOffset    and offset: the ledger books the event only once it has consumed that fill.
 * @param buyer         the buyer.
 * @param provider      the provider.
 * @param amount        fixed-point CNY, > 0.
 */
public record SettlementEvent(
    String eventId,
    EntryKind kind,
    long time,
    long tradeId,
    String fillTopic,
    int fillPartition,
    long fillOffset,
    String buyer,
    String provider,
    long amount)
{
    /** The record type on {@code gscx.settlement} that carries money. */
    public static final String TYPE = "SETTLEMENT_EVENT";
}
