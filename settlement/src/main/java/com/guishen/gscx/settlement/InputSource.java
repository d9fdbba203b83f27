package com.guishen.gscx.settlement;

/**
 * The Kafka record an input came from: what the journal keeps so that a restarted service
 * resumes after it, and what rejects and settlement events point back to.
 */
public record InputSource(String topic, int partition, long offset)
{
}
