package com.guishen.gscx.config;

/**
 * Names of the Kafka topics (DESIGN.md section 6). Each must be a legal Kafka topic name
 * ({@code [A-Za-z0-9._-]}, at most 249 characters) and all must differ.
 *
 * @param fills      every fill. Default {@value #DEFAULT_FILLS}.
 * @param orders     drop copy of every order event. Default {@value #DEFAULT_ORDERS}.
 * @param marketdata book and trade updates. Default {@value #DEFAULT_MARKETDATA}.
 * @param deliveries delivery confirmations coming in. Default {@value #DEFAULT_DELIVERIES}.
 * @param settlement settlement instructions going out. Default {@value #DEFAULT_SETTLEMENT}.
 * @param ledger     ledger journal entries. Default {@value #DEFAULT_LEDGER}.
 */
public record KafkaTopics(
    String fills,
    String orders,
    String marketdata,
    String deliveries,
    String settlement,
    String ledger)
{
    public static final String DEFAULT_FILLS = "gscx.fills";
    public static final String DEFAULT_ORDERS = "gscx.orders";
    public static final String DEFAULT_MARKETDATA = "gscx.marketdata";
    public static final String DEFAULT_DELIVERIES = "gscx.deliveries";
    public static final String DEFAULT_SETTLEMENT = "gscx.settlement";
    public static final String DEFAULT_LEDGER = "gscx.ledger";

    /** Every topic at its default name. */
    public static KafkaTopics defaults()
    {
        return new KafkaTopics(
            DEFAULT_FILLS, DEFAULT_ORDERS, DEFAULT_MARKETDATA, DEFAULT_DELIVERIES, DEFAULT_SETTLEMENT, DEFAULT_LEDGER);
    }
}
