package com.guishen.gscx.ledger;

import java.nio.charset.StandardCharsets;

/** {@code gscx.settlement} record values as the settlement service writes them, for tests. */
public final class SettlementEventJson
{
    private SettlementEventJson()
    {
    }

    /** A settlement event of {@code kind} (ESCROW_RELEASE, REFUND, PENALTY) for the fill at {@code fillOffset} of gscx.fills. */
    public static String of(final String kind, final long tradeId, final long fillOffset, final String buyer,
        final String provider, final String amount)
    {
        final String prefix = kind.equals("ESCROW_RELEASE") ? "RELEASE" : kind;
        return "{\"type\":\"SETTLEMENT_EVENT\",\"schemaVersion\":1,\"eventId\":\"" + prefix + "/" + tradeId +
            "\",\"kind\":\"" + kind + "\",\"time\":1764590400000000000,\"cycleId\":202612012000,\"obligationId\":\"DO-" +
            tradeId + "\",\"tradeId\":" + tradeId + ",\"fill\":{\"topic\":\"gscx.fills\",\"partition\":0,\"offset\":" +
            fillOffset + "},\"buyer\":\"" + buyer + "\",\"buyerExchange\":\"SZDE\",\"provider\":\"" + provider +
            "\",\"providerExchange\":\"GYBDE\",\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}";
    }

    public static byte[] bytes(final String json)
    {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
