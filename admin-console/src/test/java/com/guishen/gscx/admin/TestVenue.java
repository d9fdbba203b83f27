package com.guishen.gscx.admin;

import com.guishen.gscx.config.EngineDeclarations;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.gateway.CommandSink;
import com.guishen.gscx.gateway.EngineEventSource;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.ledger.Bookkeeper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.agrona.CloseHelper;

/**
 * A whole venue in-process on a temporary data directory, as the tests' users meet it: the durable
 * engine on its journals, the FIX gateway on them, a ledger journal with the opening deposits and
 * the admin console in front.
 */
final class TestVenue implements AutoCloseable
{
    static final String SYMBOL = "H100.GUIAN.Y2099";

    final MarketConfig market;
    final DataDirectory data;
    final JournaledEngine engine;
    final GatewayLink link;
    final FixGateway gateway;
    final AdminConsole console;

    TestVenue(final Path dir)
    {
        market = MarketConfigLoader.load(Path.of("src/test/resources/admin-console.yaml"));
        data = new DataDirectory(dir).create();
        try (InboundJournal inbound = InboundJournal.open(data.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            EngineDeclarations.at(market, Instant.now()).forEach(appender::append);
        }
        try (Bookkeeper ledger = Bookkeeper.open(dir.resolve("ledger"), market))
        {
            ledger.records(); // opening deposits booked
        }
        engine = JournaledEngine.open(data, new JournaledEngine.Settings(100_000, 1 << 16, 1 << 20, false, false,
            JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES)).start();
        link = new GatewayLink(data);
        gateway = FixGateway.start(market, dir.resolve("fix-sessions"), 0, link, link, false);
        console = AdminConsole.start(market, data, 0, gateway, null);
    }

    /** Appends a command line to the inbound journal, as another tool (`gscx journal append`) would. */
    void append(final String line)
    {
        try (InboundJournal inbound = InboundJournal.open(data.inbound()))
        {
            inbound.appender().append(line);
        }
    }

    @Override
    public void close()
    {
        CloseHelper.closeAll(console, gateway, link, engine);
    }

    /** The gateway's link to the engine's journals (the launcher's JournalGatewayLink, which is package-private there). */
    static final class GatewayLink implements CommandSink, EngineEventSource, AutoCloseable
    {
        private final InboundJournal inbound;
        private final OutboundJournal outbound;
        private InboundJournal.Appender appender;
        private OutboundJournal.Reader reader;

        GatewayLink(final DataDirectory directory)
        {
            inbound = InboundJournal.open(directory.inbound());
            outbound = OutboundJournal.open(directory.outbound());
        }

        @Override
        public void append(final byte[] command, final int offset, final int length)
        {
            if (appender == null)
            {
                appender = inbound.appender();
            }
            appender.append(command, offset, length);
        }

        @Override
        public boolean readNext(final EngineEventDecoder decoder)
        {
            if (reader == null)
            {
                reader = outbound.reader();
            }
            return reader.readNext(decoder);
        }

        @Override
        public void close()
        {
            CloseHelper.closeAll(inbound, outbound);
        }
    }

    static String text(final byte[] bytes)
    {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
