package com.guishen.gscx.admin;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes operators' delivery confirmations to the deliveries topic (settlement's input), as
 * {@code gscx settlement confirm} does: an idempotent producer, created on first use.
 */
final class DeliveryConfirmations implements AutoCloseable
{
    private final String bootstrapServers;
    private final String topic;
    private KafkaProducer<byte[], byte[]> producer;

    DeliveryConfirmations(final String bootstrapServers, final String topic)
    {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    String topic()
    {
        return topic;
    }

    /** Sends one record and waits until Kafka has it; returns "partition/offset". */
    synchronized String publish(final byte[] json)
    {
        if (producer == null)
        {
            final Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
            producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        }
        try
        {
            final RecordMetadata sent = producer.send(new ProducerRecord<>(topic, json)).get(15, TimeUnit.SECONDS);
            return sent.partition() + "/" + sent.offset();
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, ex);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException("cannot publish to " + topic + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public synchronized void close()
    {
        if (producer != null)
        {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
