package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.gateway.CommandSink;
import com.guishen.gscx.gateway.EngineEventSource;
import org.agrona.CloseHelper;

/**
 * Connects a FIX gateway to the engine's journals of a data directory: commands go to the inbound
 * journal, events come from the outbound journal. The appender and reader are made on the
 * gateway's thread, the only one that uses them. Public for load harnesses that wire a gateway themselves.
 */
public final class JournalGatewayLink implements CommandSink, EngineEventSource, AutoCloseable
{
    private final InboundJournal inbound;
    private final OutboundJournal outbound;
    private InboundJournal.Appender appender;
    private OutboundJournal.Reader reader;

    public JournalGatewayLink(final DataDirectory directory)
    {
        this.inbound = InboundJournal.open(directory.inbound());
        this.outbound = OutboundJournal.open(directory.outbound());
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
