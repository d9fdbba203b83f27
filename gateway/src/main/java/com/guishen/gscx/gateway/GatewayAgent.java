package com.guishen.gscx.gateway;

import com.guishen.gscx.gateway.fix.FixFraming;
import com.guishen.gscx.gateway.fix.FixGarbledReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.agrona.concurrent.Agent;

/**
 * The gateway's one thread: accepts FIX connections, reads and frames what they send, runs the
 * session layer over each message, turns engine events into ExecutionReports, and keeps the
 * session timers. Every piece of session state is touched by this thread only: other threads ask
 * for a session to be logged out through {@link #requestDisconnect}, carried out on the next timer tick.
 */
final class GatewayAgent implements Agent
{
    private static final int TIMER_PERIOD_MS = 50;
    private static final long LOGOUT_FLUSH_TIMEOUT_MS = 5_000;

    private final ServerSocketChannel acceptor;
    private final Selector selector;
    private final List<FixConnection> connections = new ArrayList<>();
    private final List<FixSession> sessions;
    private final SessionLayer sessionLayer;
    private final ExecutionReports executionReports;
    private final FixFraming framing;
    private final long logonTimeoutMs;
    private final int maxMessageLength;
    private final Consumer<SelectionKey> onReady = this::onReady;
    private final GatewayCounters counters;
    private final Queue<DisconnectRequest> disconnectRequests = new ConcurrentLinkedQueue<>();
    private long nowMs;
    private long nextTimerMs;
    private int workDone;

    GatewayAgent(final InetSocketAddress address, final List<FixSession> sessions, final SessionLayer sessionLayer,
        final ExecutionReports executionReports, final long logonTimeoutMs, final int maxMessageLength,
        final GatewayCounters counters)
    {
        this.sessions = sessions;
        this.sessionLayer = sessionLayer;
        this.executionReports = executionReports;
        this.framing = new FixFraming(maxMessageLength);
        this.logonTimeoutMs = logonTimeoutMs;
        this.maxMessageLength = maxMessageLength;
        this.counters = counters;
        try
        {
            selector = Selector.open();
            acceptor = ServerSocketChannel.open();
            acceptor.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            acceptor.bind(address);
            acceptor.configureBlocking(false);
            acceptor.register(selector, SelectionKey.OP_ACCEPT);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot listen for FIX connections on " + address + ": " + ex.getMessage(), ex);
        }
    }

    /** The port the acceptor listens on (useful when configured as 0). */
    int port()
    {
        return acceptor.socket().getLocalPort();
    }

    /** What the agent waits on: its connections and acceptor. */
    Selector selector()
    {
        return selector;
    }

    @Override
    public int doWork() throws IOException
    {
        nowMs = System.currentTimeMillis();
        workDone = 0;
        selector.selectNow(onReady);
        for (int i = 0; i < connections.size(); i++)
        {
            final FixConnection connection = connections.get(i);
            if (connection.pendingLogon() != null && sessionLayer.completeLogon(connection, nowMs))
            {
                workDone++;
                process(connection);
            }
        }
        workDone += executionReports.poll();
        if (nowMs >= nextTimerMs)
        {
            nextTimerMs = nowMs + TIMER_PERIOD_MS;
            onTimer();
        }
        flushConnections();
        executionReports.recordAcknowledgements();
        return workDone;
    }

    /** One write per connection for everything the pass sent it (a burst of ExecutionReports, say). */
    private void flushConnections()
    {
        for (int i = 0; i < connections.size(); i++)
        {
            final FixConnection connection = connections.get(i);
            if (connection.unflushed())
            {
                connection.flush();
            }
        }
    }

    private void onReady(final SelectionKey key)
    {
        workDone++;
        if (key.isAcceptable())
        {
            accept();
            return;
        }
        final FixConnection connection = (FixConnection)key.attachment();
        if (key.isWritable())
        {
            connection.flush();
        }
        if (key.isReadable())
        {
            final int read = connection.read();
            if (read < 0)
            {
                if (!connection.isClosing())
                {
                    connection.startClosing("closed by the counterparty", nowMs);
                }
                disconnect(connection);
                return;
            }
            counters.bytesReceived(read);
            process(connection);
        }
    }

    private void accept()
    {
        try
        {
            final SocketChannel channel = acceptor.accept();
            if (channel == null)
            {
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            final SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            final FixConnection connection = new FixConnection(channel, key, 2 * maxMessageLength,
                OUTPUT_QUEUE_BYTES, nowMs);
            key.attach(connection);
            connections.add(connection);
            counters.connectionOpened();
        }
        catch (final IOException ex)
        {
            counters.acceptFailed();
        }
    }

    /** Bytes of ExecutionReports a connection may have queued before it counts as not reading. */
    private static final int OUTPUT_QUEUE_BYTES = 4 << 20;

    /** Frames and handles what a connection has received. */
    private void process(final FixConnection connection)
    {
        while (connection.inputLength() > 0 && connection.pendingLogon() == null && !connection.isClosing())
        {
            final FixFraming.Status status = framing.scan(connection.inputBuffer(), 0, connection.inputLength());
            if (status == FixFraming.Status.NEED_MORE)
            {
                return;
            }
            if (status == FixFraming.Status.GARBLED)
            {
                counters.garbled();
                if (framing.reason() == FixGarbledReason.BAD_BEGIN_STRING)
                {
                    sessionLayer.onIncorrectBeginString(connection, nowMs);
                }
                else
                {
                    sessionLayer.onGarbled(connection, framing.reason().description(), nowMs);
                }
                connection.consume(framing.skipLength());
                continue;
            }
            counters.messageReceived();
            try
            {
                sessionLayer.onMessage(connection, connection.inputBuffer(), framing.messageOffset(),
                    framing.messageLength(), nowMs);
            }
            catch (final RuntimeException ex)
            {
                // a defect must cost one connection, never the gateway
                System.err.println("gscx gateway: closing " + connection.remoteAddress() + " after an error: " + ex);
                connection.startClosing("internal error: " + ex, nowMs);
            }
            connection.consume(framing.messageOffset() + framing.messageLength());
        }
        if (connection.isClosing())
        {
            connection.consume(connection.inputLength()); // nothing more is read from a connection being closed
        }
    }

    /** A session to log out (with the reason in its Logout's Text) and close, asked for by another thread. */
    private record DisconnectRequest(String sessionId, String reason)
    {
    }

    /** Safe from any thread: the session, if logged on, gets a Logout with the reason and is closed within 50 ms. */
    void requestDisconnect(final String sessionId, final String reason)
    {
        disconnectRequests.add(new DisconnectRequest(sessionId, reason));
    }

    private void disconnectRequested()
    {
        DisconnectRequest request;
        while ((request = disconnectRequests.poll()) != null)
        {
            for (int i = 0; i < sessions.size(); i++)
            {
                final FixSession session = sessions.get(i);
                final FixConnection connection = session.connection();
                if (session.id().equals(request.sessionId()) && connection != null && !connection.isClosing())
                {
                    sessionLayer.logoutAndClose(session, request.reason(), nowMs);
                    workDone++;
                }
            }
        }
    }

    private void onTimer()
    {
        disconnectRequested();
        for (int i = 0; i < sessions.size(); i++)
        {
            sessionLayer.onTimer(sessions.get(i), nowMs);
            sessions.get(i).publishStatus();
        }
        for (int i = connections.size() - 1; i >= 0; i--)
        {
            final FixConnection connection = connections.get(i);
            if (connection.session() == null && connection.pendingLogon() == null && !connection.isClosing() &&
                nowMs - connection.connectedAtMs() >= logonTimeoutMs)
            {
                connection.startClosing("no Logon within " + logonTimeoutMs + " ms", nowMs);
            }
            if (connection.isClosing())
            {
                connection.flush();
                connection.shutdownOutputWhenFlushed();
                // closed once what was queued went out (a Logout with the reason), or given up on a while later
                if (nowMs >= connection.closeDeadlineMs() && !connection.hasQueuedOutput() ||
                    nowMs >= connection.closeDeadlineMs() + LOGOUT_FLUSH_TIMEOUT_MS)
                {
                    disconnect(connection);
                }
            }
        }
    }

    private void disconnect(final FixConnection connection)
    {
        connection.close();
        connections.remove(connection);
        counters.connectionClosed();
        final FixSession session = connection.session();
        if (session != null)
        {
            sessionLayer.onDisconnect(session);
        }
    }

    @Override
    public void onClose()
    {
        for (final FixConnection connection : new ArrayList<>(connections))
        {
            connection.flush();
            disconnect(connection);
        }
        try
        {
            acceptor.close();
            selector.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public String roleName()
    {
        return "gscx-fix-gateway";
    }
}
