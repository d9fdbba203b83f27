package com.guishen.gscx.gateway;

import com.guishen.gscx.config.GatewaySettings;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.agrona.CloseHelper;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.CompositeAgent;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.agrona.concurrent.IdleStrategy;

/**
 * The FIX 4.4 order-entry gateway: one acceptor thread serving every participant's session and the
 * drop copies, appending their orders to the engine's inbound journal and sending the engine's
 * answers back as ExecutionReports. Session state (sequence numbers, sent messages) lives under
 * {@code sessionsDirectory}, one directory per CompID, and survives restarts.
 */
public final class FixGateway implements AutoCloseable
{
    /** Largest message accepted or sent, header and trailer included. */
    private final int maxMessageLength;
    private final List<FixSession> sessions = new ArrayList<>();
    private final CredentialCheck credentialCheck = new CredentialCheck();
    private final GatewayCounters counters = new GatewayCounters();
    private final EpochNanoClock clock = new OffsetEpochNanoClock();
    private final Recorder acknowledgements = new Recorder(ExecutionReports.MAX_RECORDED_LATENCY_NANOS, 3);
    private final Histogram acknowledgedSoFar = new Histogram(ExecutionReports.MAX_RECORDED_LATENCY_NANOS, 3);
    private final GatewayAgent agent;
    private final AgentRunner runner;
    private final String address;

    private FixGateway(final MarketConfig market, final Path sessionsDirectory, final int port, final CommandSink commands,
        final EngineEventSource events, final boolean busySpin, final Agent coLocated)
    {
        final GatewaySettings settings = market.gateway();
        this.maxMessageLength = settings.maxMessageSize();
        final List<FixSession> dropCopies = new ArrayList<>();
        try
        {
            for (final Participant participant : market.participants())
            {
                sessions.add(new FixSession(participant.id(), settings.compId(), participant.fixCredentials(), false,
                    settings.cancelOnDisconnect().contains(participant.id()),
                    Files.createDirectories(sessionsDirectory.resolve(participant.id())), maxMessageLength));
            }
            for (final GatewaySettings.DropCopySession dropCopy : settings.dropCopy())
            {
                final FixSession session = new FixSession(dropCopy.id(), settings.compId(), dropCopy.fixCredentials(), true,
                    false, Files.createDirectories(sessionsDirectory.resolve(dropCopy.id())), maxMessageLength);
                sessions.add(session);
                dropCopies.add(session);
            }
        }
        catch (final IOException ex)
        {
            close();
            throw new UncheckedIOException("cannot create the FIX session directories under " + sessionsDirectory, ex);
        }
        final OrderEntry orderEntry = new OrderEntry(commands, market, counters, clock);
        final SessionLayer sessionLayer = new SessionLayer(sessions, settings, orderEntry, credentialCheck, maxMessageLength);
        final ExecutionReports reports = new ExecutionReports(events, sessions, dropCopies, counters, clock,
            acknowledgements);
        this.agent = new GatewayAgent(new InetSocketAddress(settings.bindAddress(), port), sessions, sessionLayer, reports,
            settings.logonTimeout().toMillis(), maxMessageLength, counters);
        this.address = settings.bindAddress() + ":" + agent.port();
        final IdleStrategy idle;
        if (busySpin)
        {
            idle = new BusySpinIdleStrategy();
        }
        else if (coLocated != null)
        {
            idle = new SelectorIdleStrategy(agent.selector(), 100, 10, 1);
        }
        else
        {
            idle = new BackoffIdleStrategy(100, 10, 1_000, 200_000);
        }
        this.runner = new AgentRunner(idle, error -> System.err.println("gscx gateway: " + error), null,
            coLocated == null ? agent : new CompositeAgent(agent, coLocated));
    }

    /**
     * Binds the acceptor and starts the gateway thread.
     *
     * @param port the TCP port; 0 for any free one (see {@link #address()}).
     * @throws UncheckedIOException if the port cannot be bound or a session's files cannot be opened.
     */
    public static FixGateway start(final MarketConfig market, final Path sessionsDirectory, final int port,
        final CommandSink commands, final EngineEventSource events, final boolean busySpin)
    {
        final FixGateway gateway = new FixGateway(market, sessionsDirectory, port, commands, events, busySpin, null);
        AgentRunner.startOnThread(gateway.runner);
        return gateway;
    }

    /**
     * As {@link #start(MarketConfig, Path, int, CommandSink, EngineEventSource, boolean)}, running
     * {@code coLocated} (an engine's duty cycle) on the gateway's thread after the gateway's own work
     * each pass: commands the gateway appends are applied in the same pass and their events answered
     * in the next, with no hand-off between threads. Closing the gateway closes that agent.
     */
    public static FixGateway startWith(final Agent coLocated, final MarketConfig market, final Path sessionsDirectory,
        final int port, final CommandSink commands, final EngineEventSource events, final boolean busySpin)
    {
        final FixGateway gateway = new FixGateway(market, sessionsDirectory, port, commands, events, busySpin, coLocated);
        AgentRunner.startOnThread(gateway.runner);
        return gateway;
    }

    /** {@code host:port} the acceptor listens on. */
    public String address()
    {
        return address;
    }

    public int port()
    {
        return agent.port();
    }

    public GatewayCounters counters()
    {
        return counters;
    }

    /**
     * Acknowledgement latency since the gateway started, in nanoseconds: from a NewOrderSingle, cancel or
     * replace being taken to its first ExecutionReport (New or Rejected) going out — through the inbound
     * journal, the engine and the outbound journal. A copy, safe to read on any thread.
     */
    public synchronized Histogram acknowledgementLatencies()
    {
        acknowledgedSoFar.add(acknowledgements.getIntervalHistogram());
        return acknowledgedSoFar.copy();
    }

    /**
     * Every session (participants', then drop copies) as of the gateway's last timer tick (at most
     * 50 ms old): logged on or not, next sequence numbers. Safe from any thread.
     */
    public List<FixSessionStatus> sessionStatuses()
    {
        final List<FixSessionStatus> statuses = new ArrayList<>(sessions.size());
        for (final FixSession session : sessions)
        {
            final FixSessionStatus status = session.status();
            statuses.add(status != null ? status : new FixSessionStatus(session.id(), session.isDropCopy(), false, 0, 0));
        }
        return statuses;
    }

    /**
     * Logs a participant's session out (a Logout with {@code reason} as its Text) and closes its
     * connection, e.g. for an operator's kill switch; nothing when it is not connected. Asynchronous
     * and safe from any thread: the gateway thread does it within one timer tick (50 ms). It does not
     * refuse a later Logon: blocking orders is the engine's business (KILL).
     *
     * @return false if no participant session has that id.
     */
    public boolean disconnect(final String participantId, final String reason)
    {
        for (final FixSession session : sessions)
        {
            if (!session.isDropCopy() && session.id().equals(participantId))
            {
                agent.requestDisconnect(participantId, reason);
                return true;
            }
        }
        return false;
    }

    @Override
    public void close()
    {
        CloseHelper.quietClose(runner);
        CloseHelper.quietClose(credentialCheck);
        for (final FixSession session : sessions)
        {
            session.close();
        }
    }
}
