package com.guishen.gscx.engine.publisher;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.codec.EngineEventEncoder;
import com.guishen.gscx.events.codec.EngineEventType;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.events.kafka.FillRecord;
import com.guishen.gscx.events.kafka.MarketDataRecord;
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
import java.util.Arrays;
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
    /** How long the transaction coordinator gets to finish a killed publisher's transaction before it is aborted. */
    private static final long OPEN_TRANSACTION_GRACE_MILLIS = 2_000;

    private final PublisherSettings settings;
    private final OutboundJournal outbound;
    private final EngineEventDecoder event = new EngineEventDecoder();
    private final Map<String, Integer> priceDecimals = new java.util.HashMap<>();
    private final JsonRecordWriter json = new JsonRecordWriter();
    private final byte[] participant = new byte[EngineEventEncoder.MAX_NAME_LENGTH];
    private final byte[] seller = new byte[EngineEventEncoder.MAX_NAME_LENGTH];
    private int participantLength;
    private String[] symbols = new String[64];
    private byte[][] symbolKeys = new byte[64][];
    private OutboundJournal.Reader reader;
    private TopOfBookMirror mirror;
    private KafkaProducer<byte[], byte[]> producer;
    /** The last engineSeq already in each partition of each topic when the publisher (re)connected. */
    private long[] fillsPublished;
    private long[] ordersPublished;
    private long[] marketDataPublished;
    private boolean inTransaction;
    private int sentInTransaction;
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
        inTransaction = false;
        sentInTransaction = 0;
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
        resolveOpenTransactions();
        final PublishedPositions positions = PublishedPositions.read(settings.bootstrapServers(), topics());
        fillsPublished = positions.lastEngineSeqs(settings.fillsTopic(), settings.partitions());
        ordersPublished = positions.lastEngineSeqs(settings.ordersTopic(), settings.partitions());
        marketDataPublished = positions.lastEngineSeqs(settings.marketDataTopic(), settings.partitions());
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
            commit();
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

    /** Commits the transaction the batch's records went out in, if any did. */
    private void commit()
    {
        if (inTransaction)
        {
            producer.commitTransaction();
            inTransaction = false;
            published = published + sentInTransaction;
            sentInTransaction = 0;
        }
    }

    private void toRecords()
    {
        final long seq = event.engineSeq();
        final long ts = event.timestamp();
        final boolean hasInstrument = event.type() != EngineEventType.REJECTED;
        final String symbol = hasInstrument ? symbol(event.instrument()) : null;
        final int decimals = event.priceDecimals();
        if (symbol != null)
        {
            priceDecimals.putIfAbsent(symbol, decimals);
        }
        participantLength = event.participant(participant, 0);
        final byte[] participantKey = Arrays.copyOf(participant, participantLength);
        switch (event.type())
        {
            case ACCEPTED ->
            {
                final TimeInForce timeInForce = TIMES_IN_FORCE[event.reason()];
                mirror.accepted(event.orderId(), symbol, event.side() == 'B', event.price(), event.quantity(),
                    timeInForce.rests() && event.price() > 0);
                orderHeader("ACCEPTED", seq, ts).number("orderId", event.orderId()).text("symbol", symbol)
                    .text("side", side(event.side()));
                if (event.price() > 0)
                {
                    json.decimal("price", event.price(), decimals);
                }
                json.number("quantity", event.quantity()).number("leavesQuantity", event.quantity())
                    .text("timeInForce", timeInForce.name());
                record(settings.ordersTopic(), participantKey, seq, json.end());
            }
            case REJECTED ->
            {
                orderHeader("REJECTED", seq, ts).text("reason", REJECT_REASONS[event.reason()].name());
                record(settings.ordersTopic(), participantKey, seq, json.end());
            }
            case CANCELLED ->
            {
                mirror.cancelled(event.orderId());
                orderHeader("CANCELLED", seq, ts).number("orderId", event.orderId()).text("symbol", symbol)
                    .number("leavesQuantity", event.leaves()).text("reason", CANCEL_REASONS[event.reason()].name());
                record(settings.ordersTopic(), participantKey, seq, json.end());
            }
            case REPLACED ->
            {
                mirror.replaced(event.orderId(), event.price(), event.leaves());
                orderHeader("REPLACED", seq, ts)
                    .clOrdId("origClOrdId", event.otherClOrdIdHigh(), event.otherClOrdIdLow())
                    .number("orderId", event.orderId()).text("symbol", symbol)
                    .decimal("price", event.price(), decimals).number("quantity", event.quantity())
                    .number("leavesQuantity", event.leaves());
                record(settings.ordersTopic(), participantKey, seq, json.end());
            }
            case FILL -> fill(seq, ts, symbol, decimals, participantKey);
            default -> throw new IllegalStateException("outbound entry with engineSeq " + seq + " is not an event");
        }
    }

    /** type, schemaVersion, engineSeq, timestamp, participant and clOrdId: how every drop-copy record starts. */
    private JsonRecordWriter orderHeader(final String type, final long seq, final long ts)
    {
        return json.begin().text("type", type).number("schemaVersion", EventJson.SCHEMA_VERSION)
            .number("engineSeq", seq).number("timestamp", ts).text("participant", participant, participantLength)
            .clOrdId("clOrdId", event.clOrdIdHigh(), event.clOrdIdLow());
    }

    private void fill(final long seq, final long ts, final String symbol, final int decimals, final byte[] buyerKey)
    {
        mirror.filled(event.orderId(), event.quantity());
        mirror.filled(event.otherOrderId(), event.quantity());
        final int sellerLength = event.otherParticipant(seller, 0);
        final byte[] symbolKey = symbolKey(event.instrument());
        final long notional = FixedPoint.notional(event.price(), event.quantity(), event.deliveryHours());
        json.begin().text("type", FillRecord.TYPE).number("schemaVersion", EventJson.SCHEMA_VERSION)
            .number("engineSeq", seq).number("timestamp", ts).number("tradeId", event.tradeId())
            .text("symbol", symbol).decimal("price", event.price(), decimals).number("quantity", event.quantity())
            .number("deliveryHours", event.deliveryHours()).decimal("notional", notional, FixedPoint.SCALE)
            .text("buyer", participant, participantLength)
            .clOrdId("buyClOrdId", event.clOrdIdHigh(), event.clOrdIdLow()).number("buyOrderId", event.orderId())
            .text("seller", seller, sellerLength)
            .clOrdId("sellClOrdId", event.otherClOrdIdHigh(), event.otherClOrdIdLow())
            .number("sellOrderId", event.otherOrderId()).text("aggressor", side((byte)event.reason()));
        record(settings.fillsTopic(), symbolKey, seq, json.end());

        orderHeader("FILL", seq, ts).number("orderId", event.orderId()).text("symbol", symbol).text("side", "B")
            .decimal("price", event.price(), decimals).number("quantity", event.quantity())
            .number("tradeId", event.tradeId());
        record(settings.ordersTopic(), buyerKey, seq, json.end());

        json.begin().text("type", "FILL").number("schemaVersion", EventJson.SCHEMA_VERSION).number("engineSeq", seq)
            .number("timestamp", ts).text("participant", seller, sellerLength)
            .clOrdId("clOrdId", event.otherClOrdIdHigh(), event.otherClOrdIdLow())
            .number("orderId", event.otherOrderId()).text("symbol", symbol).text("side", "S")
            .decimal("price", event.price(), decimals).number("quantity", event.quantity())
            .number("tradeId", event.tradeId());
        record(settings.ordersTopic(), Arrays.copyOf(seller, sellerLength), seq, json.end());

        json.begin().text("type", MarketDataRecord.TRADE).number("schemaVersion", EventJson.SCHEMA_VERSION)
            .number("engineSeq", seq).number("timestamp", ts).text("symbol", symbol)
            .decimal("price", event.price(), decimals).number("quantity", event.quantity());
        record(settings.marketDataTopic(), symbolKey, seq, json.end());
    }

    private void topsOfBook()
    {
        for (final Map.Entry<String, TopOfBookMirror.Top> entry : mirror.takeChangedTops().entrySet())
        {
            final TopOfBookMirror.Top top = entry.getValue();
            final int decimals = priceDecimals.getOrDefault(entry.getKey(), FixedPoint.SCALE);
            json.begin().text("type", MarketDataRecord.TOP_OF_BOOK).number("schemaVersion", EventJson.SCHEMA_VERSION)
                .number("engineSeq", lastSeenSeq).number("timestamp", event.timestamp()).text("symbol", entry.getKey());
            if (top.bidPrice() > 0)
            {
                json.decimal("bidPrice", top.bidPrice(), decimals).number("bidQuantity", top.bidQuantity());
            }
            if (top.askPrice() > 0)
            {
                json.decimal("askPrice", top.askPrice(), decimals).number("askQuantity", top.askQuantity());
            }
            record(settings.marketDataTopic(), entry.getKey().getBytes(StandardCharsets.US_ASCII), lastSeenSeq,
                json.end());
        }
    }

    /** Sends a record in the batch's transaction (opening it if needed) unless its partition already holds this engineSeq. */
    private void record(final String topic, final byte[] key, final long seq, final byte[] value)
    {
        final int partition = settings.partitions() == 1 ? 0 : Utils.toPositive(Utils.murmur2(key)) % settings.partitions();
        if (seq > published(topic)[partition])
        {
            // Sent as soon as it is built: the producer's I/O thread ships records while the next are
            // encoded, and the commit at the end of the batch only waits for the last ones.
            if (!inTransaction)
            {
                producer.beginTransaction();
                inTransaction = true;
            }
            producer.send(new ProducerRecord<>(topic, partition, key, value));
            sentInTransaction++;
        }
    }

    /** The publisher's topics are its settings' String instances: told apart by identity, without hashing. */
    private long[] published(final String topic)
    {
        return topic == settings.fillsTopic() ? fillsPublished :
            topic == settings.ordersTopic() ? ordersPublished : marketDataPublished;
    }

    /** The symbol of an engine instrument index, decoded once. */
    private String symbol(final int instrument)
    {
        if (instrument >= symbols.length)
        {
            symbols = Arrays.copyOf(symbols, Math.max(instrument + 1, symbols.length * 2));
            symbolKeys = Arrays.copyOf(symbolKeys, symbols.length);
        }
        if (symbols[instrument] == null)
        {
            symbols[instrument] = event.symbol();
            symbolKeys[instrument] = symbols[instrument].getBytes(StandardCharsets.US_ASCII);
        }
        return symbols[instrument];
    }

    private byte[] symbolKey(final int instrument)
    {
        symbol(instrument);
        return symbolKeys[instrument];
    }

    private static String side(final byte code)
    {
        return code == 'B' ? "B" : "S";
    }

    private List<String> topics()
    {
        return List.of(settings.fillsTopic(), settings.ordersTopic(), settings.marketDataTopic());
    }

    private Admin admin()
    {
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        return Admin.create(properties);
    }

    /** Waits until no partition of the topics has a transaction open, aborting those a killed publisher left. */
    private void resolveOpenTransactions()
    {
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final String topic : topics())
        {
            for (int partition = 0; partition < settings.partitions(); partition++)
            {
                partitions.add(new TopicPartition(topic, partition));
            }
        }
        try (Admin admin = admin())
        {
            new OpenTransactions(admin, partitions).resolve(OPEN_TRANSACTION_GRACE_MILLIS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for open transactions to end", ex);
        }
    }

    private void createTopics()
    {
        try (Admin admin = admin())
        {
            for (final String topic : topics())
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
