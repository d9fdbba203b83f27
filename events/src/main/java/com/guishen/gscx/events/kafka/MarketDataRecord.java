package com.guishen.gscx.events.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Public market data on {@code gscx.marketdata}: a {@code TRADE} (price and quantity) or a
 * {@code TOP_OF_BOOK} after a change (best bid and ask with their total quantities; absent
 * when that side is empty).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarketDataRecord(
    String type,
    int schemaVersion,
    long engineSeq,
    long timestamp,
    String symbol,
    String price,
    Long quantity,
    String bidPrice,
    Long bidQuantity,
    String askPrice,
    Long askQuantity)
{
    public static final String TRADE = "TRADE";
    public static final String TOP_OF_BOOK = "TOP_OF_BOOK";
}
