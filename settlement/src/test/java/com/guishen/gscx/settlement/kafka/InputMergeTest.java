package com.guishen.gscx.settlement.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The merge of fills and deliveries: by the time records carry, whatever each poll returned. */
class InputMergeTest
{
    private static final TopicPartition FILLS = new TopicPartition("gscx.fills", 0);
    private static final TopicPartition DELIVERIES = new TopicPartition("gscx.deliveries", 0);

    @Test
    void recordsComeOutInTimeOrderFillsFirstOnATie()
    {
        final InputMerge merge = merge();
        merge.add(record(FILLS, 0, "{\"timestamp\":1764518400000000001}"));
        merge.add(record(FILLS, 1, "{\"timestamp\":1764518400000000005}"));
        merge.add(record(DELIVERIES, 0, "{\"time\":1764518400000000003}"));
        merge.add(record(DELIVERIES, 1, "{\"time\":1764518400000000005}"));

        assertEquals(List.of("gscx.fills/0", "gscx.deliveries/0", "gscx.fills/1", "gscx.deliveries/1"),
            drain(merge, partition -> true));
    }

    @Test
    void aRecordWaitsWhileAnotherPartitionMayStillHoldAnEarlierOne()
    {
        final InputMerge merge = merge();
        merge.add(record(FILLS, 0, "{\"timestamp\":1764518400000000001}"));

        assertNull(merge.next(partition -> false), "deliveries not read to their end yet");
        assertEquals(List.of("gscx.fills/0"), drain(merge, partition -> true));
    }

    @Test
    void aRecordWithoutATimeSortsAtTheTimeOfTheOneBeforeIt()
    {
        final InputMerge merge = merge();
        merge.add(record(DELIVERIES, 0, "{\"time\":10}"));
        merge.add(record(DELIVERIES, 1, "garbage"));
        merge.add(record(FILLS, 0, "{\"timestamp\":11}"));

        assertEquals(List.of("gscx.deliveries/0", "gscx.deliveries/1", "gscx.fills/0"), drain(merge, partition -> true));
    }

    private static InputMerge merge()
    {
        final InputMerge merge = new InputMerge("gscx.fills");
        merge.partition(FILLS);
        merge.partition(DELIVERIES);
        return merge;
    }

    private static List<String> drain(final InputMerge merge, final java.util.function.Predicate<TopicPartition> caughtUp)
    {
        final List<String> order = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record = merge.next(caughtUp); record != null; record = merge.next(caughtUp))
        {
            order.add(record.topic() + "/" + record.offset());
        }
        return order;
    }

    private static ConsumerRecord<byte[], byte[]> record(final TopicPartition partition, final long offset,
        final String value)
    {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, null,
            value.getBytes(StandardCharsets.UTF_8));
    }
}
