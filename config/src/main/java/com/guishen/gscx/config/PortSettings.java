package com.guishen.gscx.config;

/**
 * TCP ports the single-process deployment listens on. 0 means "any free port" (tests);
 * otherwise every port must differ.
 *
 * @param fixGateway      FIX 4.4 acceptor. Default {@value #DEFAULT_FIX_GATEWAY}.
 * @param adminHttp       admin console HTTP API and web page. Default {@value #DEFAULT_ADMIN_HTTP}.
 * @param kafka           embedded Kafka broker's client listener. Default {@value #DEFAULT_KAFKA}.
 * @param kafkaController embedded Kafka broker's KRaft controller listener. Default {@value #DEFAULT_KAFKA_CONTROLLER}.
 */
public record PortSettings(int fixGateway, int adminHttp, int kafka, int kafkaController)
{
    public static final int DEFAULT_FIX_GATEWAY = 9878;
    public static final int DEFAULT_ADMIN_HTTP = 8080;
    public static final int DEFAULT_KAFKA = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER = 9093;

    /** Every port at its default. */
    public static PortSettings defaults()
    {
        return new PortSettings(DEFAULT_FIX_GATEWAY, DEFAULT_ADMIN_HTTP, DEFAULT_KAFKA, DEFAULT_KAFKA_CONTROLLER);
    }
}
