package com.guishen.gscx.launcher;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.events.FixedPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The demo's delivery days, played fast: for every trade the provider's monitoring confirms what was
 * delivered at the end of the window — most in full, a few in part, a few not at all — then a clock
 * tick past every deadline lets settlement decide the rest and close its cycles.
 */
final class DemoDeliveries
{
    /** What was sent: confirmations in full and in part, trades left unconfirmed, and the clock's last tick. */
    record Outcome(int full, int partial, int none, long clock)
    {
    }

    private DemoDeliveries()
    {
    }

    static Outcome publish(final List<MarketSimulator.Trade> trades, final List<InstrumentDefinition> instruments,
        final Duration grace, final Duration cyclePeriod, final long seed, final String bootstrapServers,
        final String topic) throws Exception
    {
        final Map<String, InstrumentDefinition> bySymbol =
            instruments.stream().collect(Collectors.toMap(InstrumentDefinition::symbol, Function.identity()));
        final Random random = new Random(seed);
        final List<MarketSimulator.Trade> ordered = new ArrayList<>(trades);
        ordered.sort(Comparator.comparingLong((MarketSimulator.Trade trade) -> windowEnd(bySymbol.get(trade.symbol())))
            .thenComparingLong(MarketSimulator.Trade::tradeId));
        int full = 0;
        int partial = 0;
        int none = 0;
        long latestEnd = 0;
        try (KafkaProducer<byte[], byte[]> producer = DeliveryRecords.producer(bootstrapServers))
        {
            for (final MarketSimulator.Trade trade : ordered)
            {
                final InstrumentDefinition instrument = bySymbol.get(trade.symbol());
                final long end = windowEnd(instrument);
                latestEnd = Math.max(latestEnd, end);
                final long unitHours = trade.quantity() * instrument.deliveryHours();
                final int dice = random.nextInt(100);
                if (dice < 6)
                {
                    none++; // the GPUs never came: settlement decides FAILED at the deadline
                    continue;
                }
                final long delivered = dice < 12 ? Math.max(1, unitHours / 2) : unitHours;
                if (delivered < unitHours)
                {
                    partial++;
                }
                else
                {
                    full++;
                }
                send(producer, topic, DeliveryRecords.confirmation("mon-" + trade.tradeId(), trade.tradeId(),
                    delivered * FixedPoint.ONE, trade.provider(), end, List.of("scheduler-job-" + trade.tradeId())));
            }
            final long clock = latestEnd + grace.toNanos() + cyclePeriod.toNanos() + 1;
            send(producer, topic, DeliveryRecords.clock(clock));
            producer.flush();
            return new Outcome(full, partial, none, clock);
        }
    }

    private static void send(final KafkaProducer<byte[], byte[]> producer, final String topic,
        final com.fasterxml.jackson.databind.node.ObjectNode json) throws Exception
    {
        producer.send(new ProducerRecord<>(topic, DeliveryRecords.JSON.writeValueAsBytes(json)), (metadata, error) ->
        {
            if (error != null)
            {
                System.err.println("gscx demo: a delivery record was not published: " + error);
            }
        });
    }

    private static long windowEnd(final InstrumentDefinition instrument)
    {
        return instrument.deliveryStartEpochNanos() + TimeUnit.HOURS.toNanos(instrument.deliveryHours());
    }
}
