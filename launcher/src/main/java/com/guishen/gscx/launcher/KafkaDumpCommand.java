package com.guishen.gscx.launcher;

import com.guishen.gscx.launcher.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
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
import java.nio.charset.StandardCharsets;
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
        "Print a topic's records as JSON lines.",
        "",
        "One record value per line, from the beginning up to the end the topic had when the",
        "command started (committed records only).",
        "",
        "Reads the embedded broker of --data-dir (the running one, or started for the",
        "duration when none runs) or the cluster of --bootstrap-servers.",
        "Exit code 2: unknown topic, Kafka unreachable, or no broker in the data directory."})
final class KafkaDumpCommand implements Callable<Integer>
{
    private static final byte[] NULL_VALUE = "null".getBytes(StandardCharsets.US_ASCII);

    @Parameters(paramLabel = "TOPIC", description = "The topic, e.g. gscx.fills.")
    private String topic;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private KafkaOption kafkaOption;

    @Option(names = "--from-beginning",
        description = "Start at each partition's first record (the default, and the only mode).")
    private boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
        description = "Print at most N records (default: all).")
    private long max;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
        description = "Give up when Kafka does not answer, or reading makes no progress, for this long " +
            "(default: ${DEFAULT-VALUE}).")
    private long timeoutMs;

    @Override
    public Integer call() throws IOException
    {
        if (max < 0 || timeoutMs <= 0)
        {
            System.err.println("gscx kafka dump: " + (max < 0 ? "--max must be 0 or more, not " + max :
                "--timeout-ms must be more than 0, not " + timeoutMs));
            return ExitCodes.BAD_INPUT;
        }
        try (KafkaConnection kafka = KafkaConnection.openExisting(dataDirectory.path, kafkaOption.bootstrapServers))
        {
            if (!topicExists(kafka.bootstrapServers()))
            {
                System.err.println("gscx kafka dump: no topic " + topic + " on " + kafka.bootstrapServers());
                return ExitCodes.BAD_INPUT;
            }
            dump(kafka.bootstrapServers());
            return ExitCodes.OK;
        }
        catch (final IllegalStateException | KafkaException ex)
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
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeoutMs));
        try (Admin admin = Admin.create(properties))
        {
            final Set<String> names = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            return names.contains(topic);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("cannot reach Kafka at " + servers + " within " + timeoutMs + " ms (" +
                ex.getMessage() + ")", ex);
        }
    }

    /** From the beginning up to the end offsets of the start: a busy topic does not keep the dump going. */
    private void dump(final String servers) throws IOException
    {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeoutMs));
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
            long positions = positions(consumer, partitions);
            long stalledSince = System.nanoTime();
            while (printed < max && !reachedEnds(consumer, ends))
            {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)))
                {
                    if (printed < max && record.offset() < ends.get(new TopicPartition(record.topic(), record.partition())))
                    {
                        out.write(record.value() != null ? record.value() : NULL_VALUE);
                        out.write('\n');
                        printed++;
                    }
                }
                final long now = positions(consumer, partitions);
                if (now != positions)
                {
                    positions = now;
                    stalledSince = System.nanoTime();
                }
                else if (System.nanoTime() - stalledSince > TimeUnit.MILLISECONDS.toNanos(timeoutMs))
                {
                    throw new IllegalStateException("reading " + topic + " from " + servers + " made no progress for " +
                        timeoutMs + " ms (at offsets " + positionsText(consumer, partitions) + ", ends " + ends + ")");
                }
            }
        }
        finally
        {
            out.flush();
        }
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

    private static long positions(final KafkaConsumer<byte[], byte[]> consumer, final List<TopicPartition> partitions)
    {
        long sum = 0;
        for (final TopicPartition partition : partitions)
        {
            sum += consumer.position(partition);
        }
        return sum;
    }

    private static String positionsText(final KafkaConsumer<byte[], byte[]> consumer,
        final List<TopicPartition> partitions)
    {
        final StringBuilder text = new StringBuilder("{");
        for (final TopicPartition partition : partitions)
        {
            text.append(text.length() > 1 ? ", " : "").append(partition).append('=').append(consumer.position(partition));
        }
        return text.append('}').toString();
    }
}
