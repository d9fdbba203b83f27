package com.guishen.gscx.ledger;

import com.guishen.gscx.events.FixedPoint;

import java.nio.charset.StandardCharsets;

/** {@code gscx.fills} record values exactly as the engine's publisher writes them, for tests. */
public final class FillJson
{
    private FillJson()
    {
    }

    /** A fill of {@code quantity} H100s for 24 hours at {@code price}, traded at engine time {@code tradeId * 1000}. */
    public static String of(final long tradeId, final String buyer, final String seller, final String price,
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

    public static byte[] bytes(final String json)
    {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
