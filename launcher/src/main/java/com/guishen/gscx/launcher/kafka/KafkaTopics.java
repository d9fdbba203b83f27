package com.guishen.gscx.launcher.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates topics idempotently: a topic that already exists is left as it is (Kafka never lowers
 * a partition count), with a warning when its partition count differs from the one asked for.
 */
public final class KafkaTopics
{
    private static final Logger LOG = LoggerFactory.getLogger(KafkaTopics.class);

    private KafkaTopics()
    {
    }

    /**
     * Creates every topic that does not exist yet.
     *
     * @throws IllegalStateException naming the topic and the cause when Kafka refuses one or does
     *                               not answer within the timeout.
     */
    public static void create(final String bootstrapServers, final Collection<NewTopic> topics, final Duration timeout)
    {
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        try (Admin admin = Admin.create(properties))
        {
            final Map<String, KafkaFuture<Void>> created = admin.createTopics(topics).values();
            final List<NewTopic> existing = new ArrayList<>();
            for (final NewTopic topic : topics)
            {
                try
                {
                    created.get(topic.name()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                catch (final ExecutionException ex)
                {
                    if (!(ex.getCause() instanceof TopicExistsException))
                    {
                        throw failure(topic, bootstrapServers, ex.getCause());
                    }
                    existing.add(topic);
                }
                catch (final TimeoutException ex)
                {
                    throw failure(topic, bootstrapServers, ex);
                }
            }
            warnAboutPartitionCounts(admin, existing, timeout);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics on " + bootstrapServers, ex);
        }
    }

    private static void warnAboutPartitionCounts(final Admin admin, final List<NewTopic> existing,
        final Duration timeout) throws InterruptedException
    {
        if (existing.isEmpty())
        {
            return;
        }
        final Map<String, TopicDescription> descriptions;
        try
        {
            descriptions = admin.describeTopics(existing.stream().map(NewTopic::name).toList()).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            LOG.warn("could not check the partition counts of {}: {}", existing, ex.getMessage());
            return;
        }
        for (final NewTopic topic : existing)
        {
            final int actual = descriptions.get(topic.name()).partitions().size();
            if (topic.numPartitions() > 0 && actual != topic.numPartitions())
            {
                LOG.warn("topic {} has {} partitions, not the {} configured: it is used as it is", topic.name(), actual,
                    topic.numPartitions());
            }
        }
    }

    private static IllegalStateException failure(final NewTopic topic, final String bootstrapServers,
        final Throwable cause)
    {
        return new IllegalStateException("cannot create topic " + topic.name() + " on " + bootstrapServers + ": " +
            (cause instanceof TimeoutException ? "no answer in time" : cause.getMessage()), cause);
    }
}
