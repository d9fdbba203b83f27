package com.guishen.gscx.events.kafka;

/**
 * One trade, as published on {@code gscx.fills}: what the ledger and settlement book. Money
 * is decimal strings; {@code notional} = price × quantity × deliveryHours, exact.
 */
public record FillRecord(
    String type,
    int schemaVersion,
    long engineSeq,
    long timestamp,
    long tradeId,
    String symbol,
    String price,
    long quantity,
    int deliveryHours,
    String notional,
    String buyer,
    String buyClOrdId,
    long buyOrderId,
    String seller,
    String sellClOrdId,
    long sellOrderId,
    String aggressor)
{
    public static final String TYPE = "FILL";
}
