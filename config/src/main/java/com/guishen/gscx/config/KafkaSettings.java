package com.guishen.gscx.config;

/**
 * How gscx uses Kafka: topic names and how the topics are created. Where the brokers are
 * is not here: the embedded broker listens on {@link PortSettings#kafka()}, an external
 * cluster is named on the command line.
 *
 * @param topics            topic names.
 * @param partitions        partitions of each topic when gscx creates it, >= 1. Default
 *                          {@value #DEFAULT_PARTITIONS}: one partition keeps one total order,
 *                          which the ledger's hash chain relies on.
 * @param replicationFactor replicas of each topic when gscx creates it, >= 1. Default
 *                          {@value #DEFAULT_REPLICATION_FACTOR} (the embedded single-node broker).
 */
public record KafkaSettings(KafkaTopics topics, int partitions, int replicationFactor)
{
    public static final int DEFAULT_PARTITIONS = 1;
    public static final int DEFAULT_REPLICATION_FACTOR = 1;

    /** Every setting at its default. */
    public static KafkaSettings defaults()
    {
        return new KafkaSettings(KafkaTopics.defaults(), DEFAULT_PARTITIONS, DEFAULT_REPLICATION_FACTOR);
    }
}
