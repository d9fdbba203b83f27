package com.guishen.gscx.engine.publisher;

import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Transactions that a killed publisher left open in the partitions it writes.
 *
 * <p>When the publisher and the broker die together while a transaction commits, the broker can
 * come back with that transaction's records still open in a partition although its coordinator
 * no longer knows it (a "hanging" transaction, KIP-664). The last stable offset then stays
 * behind the high watermark: read_committed readers see nothing after it, and the next
 * transaction of the same producer id would commit the stale records along with its own, so that
 * a batch the new publisher re-sends ends up in Kafka twice. Before the publisher reads back its
 * positions it therefore waits for every partition to be stable, and aborts whatever stays open
 * after the coordinator had time to finish it. Aborting is always safe here: the aborted events
 * are invisible to read_committed readers and are published again from the outbound journal.
 */
final class OpenTransactions
{
    private static final Logger LOG = LoggerFactory.getLogger(OpenTransactions.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final List<TopicPartition> partitions;

    OpenTransactions(final Admin admin, final List<TopicPartition> partitions)
    {
        this.admin = admin;
        this.partitions = partitions;
    }

    /**
     * Returns once no partition has an open transaction: first waits up to {@code graceMillis} for
     * the coordinator to complete them, then aborts those still open and waits for the aborts.
     */
    void resolve(final long graceMillis) throws InterruptedException
    {
        final long graceDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        final long deadline = graceDeadline + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        boolean aborted = false;
        long backoffMillis = 10;
        while (true)
        {
            final Map<TopicPartition, Long> unstable = unstablePartitions();
            if (unstable.isEmpty())
            {
                return;
            }
            if (!aborted && System.nanoTime() > graceDeadline)
            {
                abortOpenTransactions(unstable.keySet());
                aborted = true;
            }
            if (System.nanoTime() > deadline)
            {
                throw new KafkaException("partitions still have open transactions after " + TIMEOUT_SECONDS +
                    " s (partition=last stable offset): " + unstable);
            }
            Thread.sleep(backoffMillis);
            backoffMillis = Math.min(200, backoffMillis * 2);
        }
    }

    /** Partitions whose last stable offset is behind their high watermark, with that last stable offset. */
    private Map<TopicPartition, Long> unstablePartitions() throws InterruptedException
    {
        final Map<TopicPartition, Long> stable = endOffsets(IsolationLevel.READ_COMMITTED);
        final Map<TopicPartition, Long> written = endOffsets(IsolationLevel.READ_UNCOMMITTED);
        final Map<TopicPartition, Long> unstable = new HashMap<>();
        for (final TopicPartition partition : partitions)
        {
            if (stable.get(partition) < written.get(partition))
            {
                unstable.put(partition, stable.get(partition));
            }
        }
        return unstable;
    }

    private Map<TopicPartition, Long> endOffsets(final IsolationLevel isolation) throws InterruptedException
    {
        final Map<TopicPartition, OffsetSpec> request = partitions.stream()
            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        final Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(request, new ListOffsetsOptions(isolation)).all())
            .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private void abortOpenTransactions(final Collection<TopicPartition> unstable) throws InterruptedException
    {
        get(admin.describeProducers(unstable).all()).forEach((partition, state) ->
        {
            for (final ProducerState producer : state.activeProducers())
            {
                if (producer.currentTransactionStartOffset().isPresent())
                {
                    LOG.warn("{} has a transaction left open by a killed publisher (producer id {}, epoch {}, from " +
                        "offset {}): aborting it; its events are published again", partition, producer.producerId(),
                        producer.producerEpoch(), producer.currentTransactionStartOffset().getAsLong());
                    try
                    {
                        get(admin.abortTransaction(new AbortTransactionSpec(partition, producer.producerId(),
                            (short)producer.producerEpoch(), producer.coordinatorEpoch().orElse(-1))).all());
                    }
                    catch (final InterruptedException ex)
                    {
                        Thread.currentThread().interrupt();
                        throw new KafkaException("interrupted while aborting an open transaction", ex);
                    }
                }
            }
        });
    }

    private static <T> T get(final org.apache.kafka.common.KafkaFuture<T> future) throws InterruptedException
    {
        try
        {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (final ExecutionException ex)
        {
            throw ex.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(ex.getCause());
        }
        catch (final TimeoutException ex)
        {
            throw new KafkaException("no answer from Kafka within " + TIMEOUT_SECONDS + " s", ex);
        }
    }
}
