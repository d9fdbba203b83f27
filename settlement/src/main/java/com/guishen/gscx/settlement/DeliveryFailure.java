package com.guishen.gscx.settlement;

/**
 * A report on {@code gscx.deliveries} that an obligation will not be delivered (any further), as an
 * operator publishes it from the admin console or with {@code gscx settlement fail}:
 * <pre>{"type":"DELIVERY_FAILURE","schemaVersion":1,"obligationId":"DO-42","reportedBy":"operator",
 *  "time":1764547200000000000,"reason":"rack power failure"}</pre>
 * ({@code "tradeId":42} may stand for {@code obligationId}). It decides a PENDING obligation at once,
 * exactly as its deadline would: FAILED when nothing was confirmed, PARTIAL when some was.
 *
 * @param tradeId    the obligation's fill.
 * @param reportedBy the provider, or an operator of {@code settlement.operators}.
 * @param time       when it was reported, epoch nanoseconds: settlement's clock.
 * @param reason     why, for people.
 */
public record DeliveryFailure(long tradeId, String reportedBy, long time, String reason)
{
    public static final String TYPE = "DELIVERY_FAILURE";
}
