package com.guishen.gscx.gateway;

import com.guishen.gscx.config.FixCredentials;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One FIX session: a participant's (SenderCompID = participant id) or a drop copy's. It owns the
 * sequence numbers and the sent-message log, which outlive connections and gateway restarts, and
 * the state of the current connection if one is logged on. Messages are sent through
 * {@link #begin(byte)} / {@link #send(boolean, long)}: numbered, stored when they are application
 * messages, and written to the connection when there is one (otherwise a ResendRequest after the
 * next Logon brings them).
 */
final class FixSession
{
    private final String id;
    private final byte[] compId;
    private final byte[] exchangeCompId;
    private final FixCredentials credentials;
    private final boolean dropCopy;
    private final boolean cancelOnDisconnect;
    private final SessionState state;
    private final SentMessageLog sent;
    private final FixMessageEncoder encoder = new FixMessageEncoder();
    private final UnsafeBuffer outbound;
    private final UnsafeBuffer resendScratch;

    private FixConnection connection;
    private long heartbeatIntervalMs;
    private long lastReceivedMs;
    private long lastSentMs;
    private long testRequestSentMs;
    private long logoutSentMs;
    private int resendRequestedUpTo;
    private long throttleWindowStartMs;
    private int throttleCount;
    private volatile FixSessionStatus status;

    FixSession(final String id, final String exchangeCompId, final FixCredentials credentials, final boolean dropCopy,
        final boolean cancelOnDisconnect, final Path directory, final int maxMessageLength)
    {
        this.id = id;
        this.compId = id.getBytes(StandardCharsets.US_ASCII);
        this.exchangeCompId = exchangeCompId.getBytes(StandardCharsets.US_ASCII);
        this.credentials = credentials;
        this.dropCopy = dropCopy;
        this.cancelOnDisconnect = cancelOnDisconnect;
        this.state = SessionState.open(directory.resolve("state"));
        this.sent = new SentMessageLog(directory.resolve("sent.log"), maxMessageLength);
        this.outbound = new UnsafeBuffer(ByteBuffer.allocateDirect(maxMessageLength));
        this.resendScratch = new UnsafeBuffer(ByteBuffer.allocateDirect(maxMessageLength));
        if (sent.highestSeq() >= state.nextSenderSeq())
        {
            state.nextSenderSeq(sent.highestSeq() + 1); // killed between storing a message and counting it
        }
    }

    /** Starts a message to this session's counterparty: header written, the caller adds the body. */
    FixMessageEncoder begin(final byte msgType)
    {
        return encoder.begin(outbound, 0, msgType)
            .header(exchangeCompId, compId, state.nextSenderSeq(), System.currentTimeMillis() * 1_000_000L);
    }

    /**
     * Finishes the message begun with {@link #begin(byte)}, numbers it, stores it if it is an
     * application message and sends it if a connection is there.
     *
     * @param engineSeq the engine event it reports, or 0.
     */
    void send(final boolean application, final long engineSeq)
    {
        final int length = encoder.finish();
        final int seq = state.nextSenderSeq();
        if (application)
        {
            sent.append(seq, outbound, 0, length);
        }
        state.nextSenderSeq(seq + 1);
        if (engineSeq > 0)
        {
            state.lastEngineSeq(engineSeq);
        }
        write(outbound, length);
    }

    /**
     * Finishes the message begun with {@link #begin(byte)} and sends it on a connection that did not
     * become this session (a refused Logon): it carries the next MsgSeqNum but does not use it up.
     */
    void sendUnnumberedTo(final FixConnection to)
    {
        to.send(outbound, 0, encoder.finish());
    }

    /** Sends bytes already numbered (a resent message or a gap fill). */
    void write(final UnsafeBuffer message, final int length)
    {
        if (connection != null)
        {
            connection.send(message, 0, length);
            lastSentMs = System.currentTimeMillis();
        }
    }

    /** A Logout with a reason. */
    void sendLogout(final String text, final long nowMs)
    {
        final FixMessageEncoder logout = begin(FixMsgType.LOGOUT);
        if (text != null)
        {
            final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            logout.putBytes(FixTags.TEXT, bytes, 0, bytes.length);
        }
        send(false, 0);
        logoutSentMs = nowMs;
    }

    /** Starts again at MsgSeqNum 1 both ways and forgets the sent messages. */
    void resetSequenceNumbers()
    {
        sent.clear();
        state.nextSenderSeq(1);
        state.nextTargetSeq(1);
        resendRequestedUpTo = 0;
    }

    void logOn(final FixConnection connection, final long heartbeatIntervalMs, final long nowMs)
    {
        this.connection = connection;
        this.heartbeatIntervalMs = heartbeatIntervalMs;
        this.lastReceivedMs = nowMs;
        this.lastSentMs = nowMs;
        this.testRequestSentMs = 0;
        this.logoutSentMs = 0;
        this.resendRequestedUpTo = 0;
        connection.session(this);
    }

    /** The connection went away. */
    void disconnected()
    {
        if (connection != null)
        {
            connection.session(null);
        }
        connection = null;
        logoutSentMs = 0;
        testRequestSentMs = 0;
    }

    SentMessageLog sentMessages()
    {
        return sent;
    }

    UnsafeBuffer resendScratch()
    {
        return resendScratch;
    }

    String id()
    {
        return id;
    }

    byte[] compId()
    {
        return compId;
    }

    FixCredentials credentials()
    {
        return credentials;
    }

    boolean isDropCopy()
    {
        return dropCopy;
    }

    boolean cancelOnDisconnect()
    {
        return cancelOnDisconnect;
    }

    FixConnection connection()
    {
        return connection;
    }

    boolean isLoggedOn()
    {
        return connection != null;
    }

    /** Copies what other threads may read (gateway thread, on its timer). */
    void publishStatus()
    {
        final FixSessionStatus current = status;
        final boolean loggedOn = connection != null;
        final int sender = state.nextSenderSeq();
        final int target = state.nextTargetSeq();
        if (current == null || current.loggedOn() != loggedOn || current.nextSenderSeq() != sender ||
            current.nextTargetSeq() != target)
        {
            status = new FixSessionStatus(id, dropCopy, loggedOn, sender, target);
        }
    }

    /** The copy last published by {@link #publishStatus()} (any thread); null before the first timer tick. */
    FixSessionStatus status()
    {
        return status;
    }

    SessionState state()
    {
        return state;
    }

    int nextTargetSeq()
    {
        return state.nextTargetSeq();
    }

    void nextTargetSeq(final int seq)
    {
        state.nextTargetSeq(seq);
    }

    int nextSenderSeq()
    {
        return state.nextSenderSeq();
    }

    long heartbeatIntervalMs()
    {
        return heartbeatIntervalMs;
    }

    long lastReceivedMs()
    {
        return lastReceivedMs;
    }

    void received(final long nowMs)
    {
        lastReceivedMs = nowMs;
        testRequestSentMs = 0;
    }

    long lastSentMs()
    {
        return lastSentMs;
    }

    long testRequestSentMs()
    {
        return testRequestSentMs;
    }

    void testRequestSent(final long nowMs)
    {
        testRequestSentMs = nowMs;
    }

    long logoutSentMs()
    {
        return logoutSentMs;
    }

    int resendRequestedUpTo()
    {
        return resendRequestedUpTo;
    }

    void resendRequestedUpTo(final int seq)
    {
        resendRequestedUpTo = seq;
    }

    /** Counts one application message; false if it exceeds {@code maxPerSecond} in the current second. */
    boolean withinThrottle(final int maxPerSecond, final long nowMs)
    {
        if (nowMs - throttleWindowStartMs >= 1000)
        {
            throttleWindowStartMs = nowMs;
            throttleCount = 0;
        }
        return ++throttleCount <= maxPerSecond;
    }

    void close()
    {
        sent.close();
        state.close();
    }
}
