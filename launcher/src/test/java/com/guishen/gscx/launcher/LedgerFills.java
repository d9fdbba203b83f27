package com.guishen.gscx.launcher;

import com.guishen.gscx.events.FixedPoint;

/** {@code gscx.fills} record values as the engine's publisher writes them, for the ledger's tests. */
final class LedgerFills
{
    private LedgerFills()
    {
    }

    /** A fill of {@code quantity} units for 24 hours at {@code price}, at engine time {@code tradeId} µs after a base. */
    static String json(final long tradeId, final String buyer, final String seller, final String price,
        final long quantity, final String aggressor)
    {
        final long notional = FixedPoint.notional(FixedPoint.parse(price), quantity, 24);
        return "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + (tradeId * 3) + ",\"timestamp\":" +
            (1_764_300_000_000_000_000L + tradeId * 1000) + ",\"tradeId\":" + tradeId +
            ",\"symbol\":\"H100.GUIAN.D20261201\",\"price\":\"" + price + "\",\"quantity\":" + quantity +
            ",\"deliveryHours\":24,\"notional\":\"" + FixedPoint.toString(notional, 4) + "\",\"buyer\":\"" + buyer +
            "\",\"buyClOrdId\":\"b" + tradeId + "\",\"buyOrderId\":" + (tradeId * 2) + ",\"seller\":\"" + seller +
            "\",\"sellClOrdId\":\"s" + tradeId + "\",\"sellOrderId\":" + (tradeId * 2 + 1) + ",\"aggressor\":\"" +
            aggressor + "\"}";
    }
}
