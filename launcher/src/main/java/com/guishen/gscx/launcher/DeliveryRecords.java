package com.guishen.gscx.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.settlement.DeliveryConfirmation;
import com.guishen.gscx.settlement.DeliveryFailure;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The records a provider's monitoring (or a multi-cloud scheduler) publishes to {@code gscx.deliveries}:
 * delivery confirmations and clock ticks, as the settlement service reads them; and an operator's
 * delivery failures.
 */
final class DeliveryRecords
{
    static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryRecords()
    {
    }

    /**
     * A confirmation that {@code deliveredUnitHours} (fixed point) of the obligation of trade {@code tradeId} were
     * delivered, by {@code confirmedBy} (its provider or an operator), at {@code time} (epoch ns).
     */
    static ObjectNode confirmation(final String confirmationId, final long tradeId, final long deliveredUnitHours,
        final String confirmedBy, final long time, final List<String> evidence)
    {
        final ObjectNode json = JSON.createObjectNode();
        json.put("type", DeliveryConfirmation.TYPE);
        json.put("schemaVersion", EventJson.SCHEMA_VERSION);
        json.put("confirmationId", confirmationId);
        json.put("obligationId", "DO-" + tradeId);
        json.put("deliveredUnitHours", FixedPoint.toString(deliveredUnitHours));
        json.put("confirmedBy", confirmedBy);
        json.put("time", time);
        evidence.forEach(json.putArray("evidence")::add);
        return json;
    }

    /**
     * A report that the obligation of trade {@code tradeId} will not be delivered (any further), by
     * {@code reportedBy} (its provider or an operator) at {@code time} (epoch ns): settlement decides it
     * FAILED or PARTIAL at once.
     */
    static ObjectNode failure(final long tradeId, final String reportedBy, final long time, final String reason)
    {
        final ObjectNode json = JSON.createObjectNode();
        json.put("type", DeliveryFailure.TYPE);
        json.put("schemaVersion", EventJson.SCHEMA_VERSION);
        json.put("obligationId", "DO-" + tradeId);
        json.put("reportedBy", reportedBy);
        json.put("time", time);
        json.put("reason", reason);
        return json;
    }

    /** A tick that only moves settlement's clock to {@code time} (epoch ns): deadlines pass, cycles close. */
    static ObjectNode clock(final long time)
    {
        final ObjectNode json = JSON.createObjectNode();
        json.put("type", DeliveryConfirmation.CLOCK_TYPE);
        json.put("schemaVersion", EventJson.SCHEMA_VERSION);
        json.put("time", time);
        return json;
    }

    /**
     * Publishes one record to the deliveries topic (created when missing), prints it on standard output and
     * where it went on standard error.
     *
     * @return the command's exit code.
     */
    static int publish(final String command, final java.nio.file.Path dataDirectory, final String bootstrapServers,
        final com.guishen.gscx.config.MarketConfig market, final ObjectNode json)
    {
        final String topic = market.kafka().topics().deliveries();
        try (com.guishen.gscx.launcher.kafka.KafkaConnection kafka =
            com.guishen.gscx.launcher.kafka.KafkaConnection.open(dataDirectory, bootstrapServers))
        {
            com.guishen.gscx.launcher.kafka.KafkaTopics.create(kafka.bootstrapServers(), List.of(
                new org.apache.kafka.clients.admin.NewTopic(topic, market.kafka().partitions(),
                    (short)market.kafka().replicationFactor())), java.time.Duration.ofSeconds(30));
            try (KafkaProducer<byte[], byte[]> producer = producer(kafka.bootstrapServers()))
            {
                final org.apache.kafka.clients.producer.RecordMetadata sent = producer.send(
                    new org.apache.kafka.clients.producer.ProducerRecord<>(topic, JSON.writeValueAsBytes(json)))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
                System.out.println(JSON.writeValueAsString(json));
                System.err.println(command + ": published to " + topic + " partition " + sent.partition() + " offset " +
                    sent.offset());
                return ExitCodes.OK;
            }
        }
        catch (final RuntimeException | java.io.IOException | java.util.concurrent.ExecutionException |
            java.util.concurrent.TimeoutException ex)
        {
            System.err.println(command + ": " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            System.err.println(command + ": interrupted");
            return ExitCodes.FAILURE;
        }
    }

    /** An idempotent producer with acks=all for such records. */
    static KafkaProducer<byte[], byte[]> producer(final String bootstrapServers)
    {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
