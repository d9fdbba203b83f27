package com.guishen.gscx.engine.publisher;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.events.kafka.FillRecord;
import com.guishen.gscx.events.kafka.MarketDataRecord;
import com.guishen.gscx.events.kafka.OrderEventRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Tails the outbound journal and publishes every event to Kafka as JSON: fills to the fills
 * topic, every order event to the orders topic (the drop copy), trades and top of book to the
 * market-data topic. Exactly once: events go out in Kafka transactions under a fixed
 * transactional id (a restarted publisher fences the old one), and on start the publisher
 * reads back the last committed engineSeq of every partition and skips what is there.
 */
public final class KafkaEventPublisher implements Agent
{
    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final RejectReason[] REJECT_REASONS = RejectReason.values();
    private static final CancelReason[] CANCEL_REASONS = CancelReason.values();
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();

    private final PublisherSettings settings;
    private final OutboundJournal outbound;
    private final EngineEventDecoder event = new EngineEventDecoder();
    private final List<ProducerRecord<byte[], byte[]>> batch = new ArrayList<>();
    private final Map<String, Integer> priceDecimals = new java.util.HashMap<>();
    private OutboundJournal.Reader reader;
    private TopOfBookMirror mirror;
    private KafkaProducer<byte[], byte[]> producer;
    private PublishedPositions positions;
    private volatile long published;
    private volatile long lastSeenSeq;

    public KafkaEventPublisher(final PublisherSettings settings, final OutboundJournal outbound)
    {
        this.settings = settings;
        this.outbound = outbound;
    }

    @Override
    public void onStart()
    {
        // Connecting happens in the duty cycle, so that a broker that is not up yet is retried.
    }

    /**
     * (Re)starts from what Kafka holds: a new producer fences any earlier one and aborts its open
     * transaction, the committed position of every partition is read back, and the outbound
     * journal is read again from its start (skipping what is published) to rebuild the mirror.
     */
    private void connect()
    {
        batch.clear();
        reader = outbound.reader();
        mirror = new TopOfBookMirror();
        createTopics();
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        final KafkaProducer<byte[], byte[]> created =
            new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        try
        {
            created.initTransactions();
        }
        catch (final KafkaException ex)
        {
            created.close(java.time.Duration.ZERO);
            throw ex;
        }
        producer = created;
        positions = PublishedPositions.read(settings.bootstrapServers(),
            List.of(settings.fillsTopic(), settings.ordersTopic(), settings.marketDataTopic()));
        LOG.info("publisher resuming: every partition has events up to at least engineSeq {}", positions.lowest());
    }

    @Override
    public int doWork()
    {
        try
        {
            if (producer == null)
            {
                connect();
                return 1;
            }
            return publish();
        }
        catch (final KafkaException | IllegalStateException ex)
        {
            // Whatever went wrong (a broker restart, a timeout, a fenced producer), start again from
            // what Kafka has committed: nothing is lost and, with transactions, nothing is doubled.
            LOG.warn("publishing to Kafka failed ({}); reconnecting and resuming from what Kafka holds",
                ex.getMessage());
            closeProducer();
            return 0;
        }
    }

    private int publish()
    {
        int events = 0;
        while (events < settings.maxEventsPerTransaction() && reader.readNext(event))
        {
            events++;
            lastSeenSeq = event.engineSeq();
            toRecords();
        }
        if (events > 0)
        {
            topsOfBook();
            send();
        }
        return events;
    }

    /** Records this publisher has committed to Kafka (not counting those found there already). */
    public long published()
    {
        return published;
    }

    /** The engineSeq of the last outbound event read. */
    public long lastSeenEngineSeq()
    {
        return lastSeenSeq;
    }

    @Override
    public void onClose()
    {
        closeProducer();
    }

    private void closeProducer()
    {
        if (producer != null)
        {
            try
            {
                producer.close(java.time.Duration.ofSeconds(5));
            }
            catch (final KafkaException ex)
            {
                LOG.warn("closing the Kafka producer: {}", ex.getMessage());
            }
            producer = null;
        }
    }

    @Override
    public String roleName()
    {
        return "gscx-publisher";
    }

    private void send()
    {
        if (batch.isEmpty())
        {
            return;
        }
        producer.beginTransaction();
        for (final ProducerRecord<byte[], byte[]> record : batch)
        {
            producer.send(record);
        }
        producer.commitTransaction();
        published = published + batch.size();
        batch.clear();
    }

    private void toRecords()
    {
        final long seq = event.engineSeq();
        final long ts = event.timestamp();
        final String symbol = event.type() == com.guishen.gscx.events.codec.EngineEventType.REJECTED ? null :
            event.symbol();
        final int decimals = event.priceDecimals();
        if (symbol != null)
        {
            priceDecimals.putIfAbsent(symbol, decimals);
        }
        final String participant = event.participant();
        final String clOrdId = ClOrdId.toString(event.clOrdIdHigh(), event.clOrdIdLow());
        switch (event.type())
        {
            case ACCEPTED ->
            {
                final TimeInForce timeInForce = TIMES_IN_FORCE[event.reason()];
                mirror.accepted(event.orderId(), symbol, event.side() == 'B', event.price(), event.quantity(),
                    timeInForce.rests() && event.price() > 0);
                order(participant, new OrderEventRecord("ACCEPTED", EventJson.SCHEMA_VERSION, seq, ts, participant,
                    clOrdId, null, event.orderId(), symbol, side(event.side()),
                    event.price() > 0 ? FixedPoint.toString(event.price(), decimals) : null, event.quantity(),
                    event.quantity(), null, timeInForce.name(), null));
            }
            case REJECTED -> order(participant, new OrderEventRecord("REJECTED", EventJson.SCHEMA_VERSION, seq, ts,
                participant, clOrdId, null, null, null, null, null, null, null, null, null,
                REJECT_REASONS[event.reason()].name()));
            case CANCELLED ->
            {
                mirror.cancelled(event.orderId());
                order(participant, new OrderEventRecord("CANCELLED", EventJson.SCHEMA_VERSION, seq, ts, participant,
                    clOrdId, null, event.orderId(), symbol, null, null, null, event.leaves(), null, null,
                    CANCEL_REASONS[event.reason()].name()));
            }
            case REPLACED ->
            {
                mirror.replaced(event.orderId(), event.price(), event.leaves());
                order(participant, new OrderEventRecord("REPLACED", EventJson.SCHEMA_VERSION, seq, ts, participant,
                    clOrdId, ClOrdId.toString(event.otherClOrdIdHigh(), event.otherClOrdIdLow()), event.orderId(),
                    symbol, null, FixedPoint.toString(event.price(), decimals), event.quantity(), event.leaves(),
                    null, null, null));
            }
            case FILL -> fill(seq, ts, symbol, decimals, participant, clOrdId);
            default -> throw new IllegalStateException("outbound entry with engineSeq " + seq + " is not an event");
        }
    }

    private void fill(final long seq, final long ts, final String symbol, final int decimals, final String buyer,
        final String buyClOrdId)
    {
        mirror.filled(event.orderId(), event.quantity());
        mirror.filled(event.otherOrderId(), event.quantity());
        final String price = FixedPoint.toString(event.price(), decimals);
        final String seller = event.otherParticipant();
        final String sellClOrdId = ClOrdId.toString(event.otherClOrdIdHigh(), event.otherClOrdIdLow());
        final long notional = FixedPoint.notional(event.price(), event.quantity(), event.deliveryHours());
        record(settings.fillsTopic(), symbol, seq, EventJson.toBytes(new FillRecord(FillRecord.TYPE,
            EventJson.SCHEMA_VERSION, seq, ts, event.tradeId(), symbol, price, event.quantity(), event.deliveryHours(),
            FixedPoint.toString(notional, FixedPoint.SCALE), buyer, buyClOrdId, event.orderId(), seller, sellClOrdId,
            event.otherOrderId(), side((byte)event.reason()))));
        order(buyer, new OrderEventRecord("FILL", EventJson.SCHEMA_VERSION, seq, ts, buyer, buyClOrdId, null,
            event.orderId(), symbol, "B", price, event.quantity(), null, event.tradeId(), null, null));
        order(seller, new OrderEventRecord("FILL", EventJson.SCHEMA_VERSION, seq, ts, seller, sellClOrdId, null,
            event.otherOrderId(), symbol, "S", price, event.quantity(), null, event.tradeId(), null, null));
        record(settings.marketDataTopic(), symbol, seq, EventJson.toBytes(new MarketDataRecord(MarketDataRecord.TRADE,
            EventJson.SCHEMA_VERSION, seq, ts, symbol, price, event.quantity(), null, null, null, null)));
    }

    private void topsOfBook()
    {
        for (final Map.Entry<String, TopOfBookMirror.Top> entry : mirror.takeChangedTops().entrySet())
        {
            final TopOfBookMirror.Top top = entry.getValue();
            final int decimals = priceDecimals.getOrDefault(entry.getKey(), FixedPoint.SCALE);
            record(settings.marketDataTopic(), entry.getKey(), lastSeenSeq, EventJson.toBytes(new MarketDataRecord(
                MarketDataRecord.TOP_OF_BOOK, EventJson.SCHEMA_VERSION, lastSeenSeq, event.timestamp(), entry.getKey(),
                null, null,
                top.bidPrice() > 0 ? FixedPoint.toString(top.bidPrice(), decimals) : null,
                top.bidPrice() > 0 ? top.bidQuantity() : null,
                top.askPrice() > 0 ? FixedPoint.toString(top.askPrice(), decimals) : null,
                top.askPrice() > 0 ? top.askQuantity() : null)));
        }
    }

    private void order(final String participant, final OrderEventRecord record)
    {
        record(settings.ordersTopic(), participant, record.engineSeq(), EventJson.toBytes(record));
    }

    /** Adds a record to the batch unless its partition already holds this engineSeq. */
    private void record(final String topic, final String key, final long seq, final byte[] value)
    {
        final byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        final int partition = Utils.toPositive(Utils.murmur2(keyBytes)) % settings.partitions();
        if (seq > positions.lastEngineSeq(new TopicPartition(topic, partition)))
        {
            batch.add(new ProducerRecord<>(topic, partition, keyBytes, value));
        }
    }

    private static String side(final byte code)
    {
        return code == 'B' ? "B" : "S";
    }

    private void createTopics()
    {
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(properties))
        {
            for (final String topic : List.of(settings.fillsTopic(), settings.ordersTopic(), settings.marketDataTopic()))
            {
                try
                {
                    admin.createTopics(List.of(new NewTopic(topic, settings.partitions(), settings.replicationFactor())))
                        .all().get();
                }
                catch (final ExecutionException ex)
                {
                    if (!(ex.getCause() instanceof TopicExistsException))
                    {
                        throw new IllegalStateException("cannot create topic " + topic + ": " +
                            ex.getCause().getMessage(), ex.getCause());
                    }
                }
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", ex);
        }
    }
}
