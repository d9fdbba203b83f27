package com.guishen.gscx.settlement;

import com.guishen.gscx.events.FixedPoint;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** Records of {@code gscx.fills} and {@code gscx.deliveries} as the publisher and schedulers write them. */
final class Inputs
{
    /** 2026-12-01T00:00+08:00: the start of window D20261201 of the shipped templates. */
    static final long DAY_START = nanos("2026-12-01T00:00+08:00");
    static final long HOUR = 3_600_000_000_000L;
    static final String SYMBOL = "H100.GUIAN.D20261201";

    private long offset;

    private Inputs()
    {
    }

    static Inputs inputs()
    {
        return new Inputs();
    }

    static long nanos(final String time)
    {
        final var instant = OffsetDateTime.parse(time).toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** A fill of {@code quantity} GPUs for the 24 h of D20261201, traded at {@code time}. */
    static byte[] fill(final long tradeId, final long time, final String buyer, final String seller, final String price,
        final long quantity)
    {
        return fill(tradeId, time, SYMBOL, 24, buyer, seller, price, quantity);
    }

    static byte[] fill(final long tradeId, final long time, final String symbol, final int hours, final String buyer,
        final String seller, final String price, final long quantity)
    {
        final long notional = FixedPoint.notional(FixedPoint.parse(price), quantity, hours);
        return ("{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":" + (tradeId * 3) + ",\"timestamp\":" + time +
            ",\"tradeId\":" + tradeId + ",\"symbol\":\"" + symbol + "\",\"price\":\"" + price + "\",\"quantity\":" +
            quantity + ",\"deliveryHours\":" + hours + ",\"notional\":\"" + FixedPoint.toString(notional, 4) +
            "\",\"buyer\":\"" + buyer + "\",\"buyClOrdId\":\"b" + tradeId + "\",\"buyOrderId\":" + (tradeId * 2) +
            ",\"seller\":\"" + seller + "\",\"sellClOrdId\":\"s" + tradeId + "\",\"sellOrderId\":" + (tradeId * 2 + 1) +
            ",\"aggressor\":\"B\"}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] confirmation(final String id, final long tradeId, final String unitHours, final String by,
        final long time)
    {
        return ("{\"type\":\"DELIVERY_CONFIRMATION\",\"schemaVersion\":1,\"confirmationId\":\"" + id +
            "\",\"obligationId\":\"DO-" + tradeId + "\",\"deliveredUnitHours\":\"" + unitHours + "\",\"confirmedBy\":\"" +
            by + "\",\"time\":" + time + ",\"evidence\":[\"slurm:" + id + "\"]}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] failure(final long tradeId, final String by, final long time, final String reason)
    {
        return ("{\"type\":\"DELIVERY_FAILURE\",\"schemaVersion\":1,\"obligationId\":\"DO-" + tradeId +
            "\",\"reportedBy\":\"" + by + "\",\"time\":" + time + ",\"reason\":\"" + reason + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] clock(final long time)
    {
        return ("{\"type\":\"CLOCK\",\"schemaVersion\":1,\"time\":" + time + "}").getBytes(StandardCharsets.UTF_8);
    }

    InputSource nextFill()
    {
        return new InputSource("gscx.fills", 0, offset++);
    }

    InputSource nextDelivery()
    {
        return new InputSource("gscx.deliveries", 0, offset++);
    }
}
