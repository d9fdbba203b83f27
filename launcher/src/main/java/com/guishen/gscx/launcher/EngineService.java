package com.guishen.gscx.launcher;

import com.guishen.gscx.config.EngineDeclarations;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.publisher.KafkaEventPublisher;
import com.guishen.gscx.launcher.kafka.KafkaConnection;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.agrona.CloseHelper;

/**
 * The durable engine of a data directory with its Kafka publisher, as `gscx engine` and
 * `gscx gateway --with-engine` run it. Whatever was started is closed in reverse order, the
 * engine last but one (its closing snapshot matters most), each part even if the one before fails.
 */
final class EngineService implements AutoCloseable
{
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final JournaledEngine engine;
    private KafkaEventPublisher publisher;
    private String publishing = "not publishing to Kafka (--no-publisher)";
    private String bootstrapServers;

    private EngineService(final JournaledEngine engine)
    {
        this.engine = engine;
        opened.push(engine);
    }

    /**
     * Recovers and starts the engine; on a data directory whose inbound journal is empty it first
     * lists the market at the current clock.
     *
     * @throws com.guishen.gscx.engine.journal.CorruptJournalException if a journal entry fails its checksum.
     * @throws IllegalStateException if the data directory is in use or cannot be opened.
     */
    static EngineService start(final DataDirectory directory, final MarketConfig market,
        final JournaledEngine.Settings settings, final String commandName)
    {
        final EngineService service = open(directory, market, settings, commandName);
        service.engine.start();
        return service;
    }

    /**
     * As {@link #start} but the engine is not started: the caller runs its
     * {@link JournaledEngine#dutyCycle()} on a thread of its own, e.g. the gateway's
     * ({@link com.guishen.gscx.gateway.FixGateway#startWith}), and closes that thread before this.
     */
    static EngineService open(final DataDirectory directory, final MarketConfig market,
        final JournaledEngine.Settings settings, final String commandName)
    {
        listMarketIfNew(directory, market, commandName);
        return new EngineService(JournaledEngine.open(directory, settings));
    }

    /** Starts the publisher: Kafka at {@code bootstrapServers}, or the data directory's embedded broker when null. */
    synchronized void startPublisher(final DataDirectory directory, final MarketConfig market,
        final String bootstrapServers)
    {
        final KafkaConnection kafka = KafkaConnection.open(directory.root(), bootstrapServers);
        opened.addLast(kafka);
        final OutboundJournal outbound = OutboundJournal.open(directory.outbound());
        opened.push(outbound);
        publisher = Publishing.publisher(market, kafka.bootstrapServers(), directory, outbound);
        opened.push(Publishing.start(publisher));
        publishing = "publishing to Kafka at " + kafka.bootstrapServers();
        this.bootstrapServers = kafka.bootstrapServers();
    }

    /** Something else to close with the engine, before it (e.g. a gateway on its journals). */
    synchronized void closeBefore(final AutoCloseable closeable)
    {
        opened.push(closeable);
    }

    /** The Kafka the publisher writes to; null before {@link #startPublisher}. */
    synchronized String bootstrapServers()
    {
        return bootstrapServers;
    }

    JournaledEngine engine()
    {
        return engine;
    }

    /** Kafka records published so far (0 without a publisher). */
    long published()
    {
        return publisher == null ? 0 : publisher.published();
    }

    String publishing()
    {
        return publishing;
    }

    @Override
    public synchronized void close()
    {
        CloseHelper.closeAll(error -> System.err.println("gscx: while stopping: " + error),
            opened.toArray(new AutoCloseable[0]));
        opened.clear();
    }

    private static void listMarketIfNew(final DataDirectory directory, final MarketConfig market, final String commandName)
    {
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            if (inbound.reader().readNext(new byte[InboundJournal.MAX_LINE_LENGTH]) >= 0)
            {
                return;
            }
            final InboundJournal.Appender appender = inbound.appender();
            int lines = 0;
            for (final String declaration : EngineDeclarations.at(market, Instant.now()))
            {
                appender.append(declaration);
                lines++;
            }
            System.err.println(commandName + ": new data directory: listed the market (" + lines + " declarations)");
        }
    }
}
