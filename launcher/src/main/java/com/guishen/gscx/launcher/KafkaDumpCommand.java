package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code gscx kafka dump TOPIC}: a topic's records as JSON lines. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
        "Print the records of a topic, one JSON value per line, from the beginning up to the",
        "end the topic had when the command started (committed records only)."})
final class KafkaDumpCommand implements Callable<Integer>
{
    @Parameters(paramLabel = "TOPIC", description = "The topic, e.g. gscx.fills.")
    private String topic;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private KafkaOption kafkaOption;

    @Option(names = "--max", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
        description = "Print at most N records (default: all).")
    private long max;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
        description = "Give up when the cluster does not answer within this time (default: ${DEFAULT-VALUE}).")
    private long timeoutMs;

    @Override
    public Integer call() throws IOException
    {
        try (KafkaConnection kafka = KafkaConnection.open(dataDirectory.path, kafkaOption.bootstrapServers))
        {
            if (!topicExists(kafka.bootstrapServers()))
            {
                System.err.println("gscx kafka dump: no topic " + topic + " on " + kafka.bootstrapServers());
                return ExitCodes.BAD_INPUT;
            }
            dump(kafka.bootstrapServers());
            return ExitCodes.OK;
        }
        catch (final IllegalStateException ex)
        {
            System.err.println("gscx kafka dump: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private boolean topicExists(final String servers)
    {
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeoutMs));
        try (Admin admin = Admin.create(properties))
        {
            final Set<String> names = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            return names.contains(topic);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("cannot reach Kafka at " + servers + " within " + timeoutMs + " ms: " +
                ex.getMessage(), ex);
        }
    }

    private void dump(final String servers) throws IOException
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        final OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
        {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofMillis(timeoutMs)))
            {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long printed = 0;
            while (printed < max && !reachedEnds(consumer, ends))
            {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)))
                {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition())) &&
                        printed < max)
                    {
                        out.write(record.value());
                        out.write('\n');
                        printed++;
                    }
                }
            }
        }
        out.flush();
    }

    private static boolean reachedEnds(final KafkaConsumer<byte[], byte[]> consumer,
        final Map<TopicPartition, Long> ends)
    {
        for (final Map.Entry<TopicPartition, Long> end : ends.entrySet())
        {
            if (consumer.position(end.getKey()) < end.getValue())
            {
                return false;
            }
        }
        return true;
    }
}
