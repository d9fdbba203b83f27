package com.guishen.gscx.settlement.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Merges the partitions settlement consumes into one deterministic order: by the time each record
 * carries, then fills before deliveries, then partition and offset. A record is handed out only
 * when every other partition either has a record waiting (so nothing earlier can be missing) or has
 * been read to its end. Whatever Kafka returns per poll, the order is then the same in a live run
 * and in a rebuild from the topics, as long as every record was in Kafka before any record of a
 * later time on another topic (which is how the engine and the schedulers publish).
 */
final class InputMerge
{
    private static final class Stream
    {
        final TopicPartition partition;
        final int rank;
        final byte[] timeField;
        final ArrayDeque<ConsumerRecord<byte[], byte[]>> records = new ArrayDeque<>();
        final ArrayDeque<Long> times = new ArrayDeque<>();
        long lastTime = Long.MIN_VALUE;

        Stream(final TopicPartition partition, final int rank, final byte[] timeField)
        {
            this.partition = partition;
            this.rank = rank;
            this.timeField = timeField;
        }
    }

    private final Map<TopicPartition, Stream> streams = new LinkedHashMap<>();
    private final String fillsTopic;

    InputMerge(final String fillsTopic)
    {
        this.fillsTopic = fillsTopic;
    }

    void partition(final TopicPartition partition)
    {
        final boolean fills = partition.topic().equals(fillsTopic);
        streams.put(partition, new Stream(partition, fills ? 0 : 1,
            fills ? RecordTime.FILL_FIELD : RecordTime.DELIVERY_FIELD));
    }

    /** Takes a polled record; a record without a readable time sorts at the time of the one before it. */
    void add(final ConsumerRecord<byte[], byte[]> record)
    {
        final Stream stream = streams.get(new TopicPartition(record.topic(), record.partition()));
        long time = RecordTime.of(record.value(), stream.timeField);
        if (time < 0)
        {
            time = stream.lastTime;
        }
        stream.lastTime = time;
        stream.records.addLast(record);
        stream.times.addLast(time);
    }

    /**
     * The next record in merge order, or null when none can be handed out yet.
     *
     * @param caughtUp whether a partition with nothing waiting has been read to its end.
     */
    ConsumerRecord<byte[], byte[]> next(final Predicate<TopicPartition> caughtUp)
    {
        Stream best = null;
        for (final Stream stream : streams.values())
        {
            if (!stream.records.isEmpty() && (best == null || before(stream, best)))
            {
                best = stream;
            }
        }
        if (best == null)
        {
            return null;
        }
        for (final Stream stream : streams.values())
        {
            if (stream.records.isEmpty() && !caughtUp.test(stream.partition))
            {
                return null;
            }
        }
        best.times.removeFirst();
        return best.records.removeFirst();
    }

    /** Whether records are waiting. */
    boolean isEmpty()
    {
        for (final Stream stream : streams.values())
        {
            if (!stream.records.isEmpty())
            {
                return false;
            }
        }
        return true;
    }

    private static boolean before(final Stream a, final Stream b)
    {
        final long timeA = a.times.peekFirst();
        final long timeB = b.times.peekFirst();
        if (timeA != timeB)
        {
            return timeA < timeB;
        }
        if (a.rank != b.rank)
        {
            return a.rank < b.rank;
        }
        return a.partition.partition() < b.partition.partition();
    }
}
