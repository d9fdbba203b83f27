package com.guishen.gscx.events.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The drop copy of one order event on {@code gscx.orders}: {@code type} is ACCEPTED, REJECTED,
 * FILL, CANCELLED or REPLACED; fields that do not apply to a type are left out. For a FILL the
 * record is the participant's side of the trade ({@code side} B or S, its own clOrdId).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEventRecord(
    String type,
    int schemaVersion,
    long engineSeq,
    long timestamp,
    String participant,
    String clOrdId,
    String origClOrdId,
    Long orderId,
    String symbol,
    String side,
    String price,
    Long quantity,
    Long leavesQuantity,
    Long tradeId,
    String timeInForce,
    String reason)
{
}
