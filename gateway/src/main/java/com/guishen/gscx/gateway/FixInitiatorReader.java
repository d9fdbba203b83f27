package com.guishen.gscx.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One thread that reads for many {@link FixInitiator}s: a load harness with dozens of sessions on a
 * two-core machine would otherwise run a reader thread per session, each woken for every message,
 * and their context switches would be measured as the exchange's latency. The thread waits on a
 * selector (no spinning), reads each ready session and sends heartbeats that fall due.
 */
public final class FixInitiatorReader implements AutoCloseable
{
    private static final long HEARTBEAT_CHECK_MS = 1_000;

    private final Selector selector;
    private final CopyOnWriteArrayList<FixInitiator> sessions = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public FixInitiatorReader(final String name)
    {
        try
        {
            selector = Selector.open();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open a selector", ex);
        }
        thread = new Thread(this::readLoop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading {@code channel} (non-blocking) for {@code session}. */
    void add(final FixInitiator session, final SocketChannel channel) throws IOException
    {
        sessions.add(session);
        channel.register(selector, SelectionKey.OP_READ, session); // taken up by the next select
        selector.wakeup();
    }

    private void readLoop()
    {
        try
        {
            long heartbeatsCheckedMs = System.currentTimeMillis();
            while (selector.isOpen())
            {
                selector.select(this::read, HEARTBEAT_CHECK_MS);
                final long nowMs = System.currentTimeMillis();
                if (nowMs - heartbeatsCheckedMs >= HEARTBEAT_CHECK_MS)
                {
                    heartbeatsCheckedMs = nowMs;
                    for (final FixInitiator session : sessions)
                    {
                        if (session.isOpen())
                        {
                            session.heartbeatIfDue();
                        }
                        else
                        {
                            sessions.remove(session); // closed by its owner: the channel's key is gone already
                        }
                    }
                }
            }
        }
        catch (final ClosedSelectorException ex)
        {
            // closed: the sessions' own close ends them
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("FIX initiator reader failed", ex);
        }
    }

    private void read(final SelectionKey key)
    {
        final FixInitiator session = (FixInitiator)key.attachment();
        if (!session.readAvailable())
        {
            key.cancel();
            sessions.remove(session);
            session.disconnected();
        }
    }

    /** Stops the thread; close the sessions first (their Logouts need it). */
    @Override
    public void close()
    {
        try
        {
            selector.close();
        }
        catch (final IOException ignored)
        {
            // closing anyway
        }
    }
}
