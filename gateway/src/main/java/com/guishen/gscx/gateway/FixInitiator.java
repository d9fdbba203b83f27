package com.guishen.gscx.gateway;

import com.guishen.gscx.gateway.fix.FixFraming;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A participant's side of a FIX 4.4 session, for the market simulator, load harnesses and tests:
 * logs on (ResetSeqNumFlag=Y, so every connection starts at 1), sends orders, answers heartbeats
 * and test requests, and hands every application message to a {@link Listener} on its reader
 * thread: its own, or a {@link FixInitiatorReader} shared by many sessions. It keeps no message
 * store: a ResendRequest is answered with one gap fill.
 */
public final class FixInitiator implements AutoCloseable
{
    /** Receives what the gateway sends, on the initiator's reader thread. */
    public interface Listener
    {
        /** An application message; {@code message} is valid only during the call. */
        void onMessage(byte msgType, FixMessageDecoder message);

        /** The session ended: a Logout, or the connection was lost. */
        default void onDisconnect(final String reason)
        {
        }
    }

    private static final int MAX_MESSAGE = 8192;
    private static final int OUTBOUND_CAPACITY = 16 * MAX_MESSAGE;

    private final byte[] senderCompId;
    private final byte[] targetCompId;
    private final Listener listener;
    private final SocketChannel channel;
    private final FixMessageEncoder encoder = new FixMessageEncoder();
    private final ByteBuffer outbound = ByteBuffer.allocateDirect(OUTBOUND_CAPACITY);
    private final UnsafeBuffer outboundBuffer = new UnsafeBuffer(outbound);
    private final CountDownLatch loggedOn = new CountDownLatch(1);
    private final ByteBuffer inbound = ByteBuffer.allocateDirect(4 * MAX_MESSAGE);
    private final UnsafeBuffer inboundBuffer = new UnsafeBuffer(inbound);
    private final FixFraming framing = new FixFraming(MAX_MESSAGE);
    private final FixMessageDecoder decoder = new FixMessageDecoder(256);
    private final int heartbeatSeconds;
    private volatile boolean open = true;
    private volatile String logonRefusal;
    private String disconnectReason;
    private int nextSeq = 1;
    /** Bytes of finished messages not written yet (held while a batch is open). */
    private int pending;
    private boolean batching;
    private long lastSentMs;

    private FixInitiator(final FixInitiatorReader sharedReader, final String host, final int port,
        final String senderCompId, final String targetCompId, final int heartbeatSeconds, final Listener listener)
        throws IOException
    {
        this.senderCompId = senderCompId.getBytes(StandardCharsets.US_ASCII);
        this.targetCompId = targetCompId.getBytes(StandardCharsets.US_ASCII);
        this.heartbeatSeconds = heartbeatSeconds;
        this.listener = listener;
        this.channel = SocketChannel.open(new InetSocketAddress(host, port));
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        if (sharedReader == null)
        {
            final Thread reader = new Thread(this::readLoop, "fix-initiator-" + senderCompId);
            reader.setDaemon(true);
            reader.start();
        }
        else
        {
            channel.configureBlocking(false);
            sharedReader.add(this, channel);
        }
    }

    /**
     * Connects, logs on and waits for the gateway's Logon.
     *
     * @throws IOException if the connection fails or the gateway refuses the Logon (the reason is in the message).
     */
    public static FixInitiator logOn(final String host, final int port, final String senderCompId, final String password,
        final String targetCompId, final Listener listener) throws IOException
    {
        return logOn(null, host, port, senderCompId, password, targetCompId, listener);
    }

    /**
     * Connects, logs on and waits for the gateway's Logon, like {@link #logOn(String, int, String, String, String,
     * Listener)}, but the session is read by {@code reader}'s thread instead of a thread of its own.
     */
    public static FixInitiator logOn(final FixInitiatorReader reader, final String host, final int port,
        final String senderCompId, final String password, final String targetCompId, final Listener listener)
        throws IOException
    {
        final FixInitiator initiator = new FixInitiator(reader, host, port, senderCompId, targetCompId, 30, listener);
        final byte[] secret = password.getBytes(StandardCharsets.US_ASCII);
        synchronized (initiator)
        {
            initiator.begin(FixMsgType.LOGON).putInt(FixTags.ENCRYPT_METHOD, 0)
                .putInt(FixTags.HEART_BT_INT, initiator.heartbeatSeconds)
                .putChar(FixTags.RESET_SEQ_NUM_FLAG, (byte)'Y')
                .putBytes(FixTags.USERNAME, initiator.senderCompId, 0, initiator.senderCompId.length)
                .putBytes(FixTags.PASSWORD, secret, 0, secret.length);
            initiator.send();
        }
        try
        {
            if (!initiator.loggedOn.await(30, TimeUnit.SECONDS) || initiator.logonRefusal != null)
            {
                initiator.close();
                throw new IOException("logon of " + senderCompId + " refused: " +
                    (initiator.logonRefusal == null ? "no answer within 30 s" : initiator.logonRefusal));
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            initiator.close();
            throw new IOException("interrupted while logging on", ex);
        }
        return initiator;
    }

    /**
     * Sends a NewOrderSingle.
     *
     * @param side      '1' buy or '2' sell.
     * @param price     fixed point (4 decimals); 0 for a market order.
     * @param timeInForce FIX TimeInForce (59): '0' day, '1' GTC, '3' IOC, '4' FOK.
     */
    public synchronized void newOrder(final String clOrdId, final String symbol, final byte side, final long price,
        final long quantity, final byte timeInForce)
    {
        final FixMessageEncoder order = begin(FixMsgType.NEW_ORDER_SINGLE);
        putText(order, FixTags.CL_ORD_ID, clOrdId);
        putText(order, FixTags.SYMBOL, symbol);
        order.putChar(FixTags.SIDE, side)
            .putTimestampNanos(FixTags.TRANSACT_TIME, System.currentTimeMillis() * 1_000_000L)
            .putLong(FixTags.ORDER_QTY, quantity)
            .putChar(FixTags.ORD_TYPE, price == 0 ? (byte)'1' : (byte)'2');
        if (price != 0)
        {
            order.putFixedPoint(FixTags.PRICE, price);
        }
        order.putChar(FixTags.TIME_IN_FORCE, timeInForce);
        send();
    }

    /** Sends an OrderCancelRequest for the order whose current ClOrdID is {@code origClOrdId}. */
    public synchronized void cancel(final String clOrdId, final String origClOrdId, final String symbol, final byte side)
    {
        final FixMessageEncoder cancel = begin(FixMsgType.ORDER_CANCEL_REQUEST);
        putText(cancel, FixTags.ORIG_CL_ORD_ID, origClOrdId);
        putText(cancel, FixTags.CL_ORD_ID, clOrdId);
        putText(cancel, FixTags.SYMBOL, symbol);
        cancel.putChar(FixTags.SIDE, side)
            .putTimestampNanos(FixTags.TRANSACT_TIME, System.currentTimeMillis() * 1_000_000L);
        send();
    }

    /** Sends an OrderCancelReplaceRequest: new total quantity and limit price (fixed point). */
    public synchronized void replace(final String clOrdId, final String origClOrdId, final String symbol,
        final byte side, final long price, final long quantity)
    {
        final FixMessageEncoder replace = begin(FixMsgType.ORDER_CANCEL_REPLACE_REQUEST);
        putText(replace, FixTags.ORIG_CL_ORD_ID, origClOrdId);
        putText(replace, FixTags.CL_ORD_ID, clOrdId);
        putText(replace, FixTags.SYMBOL, symbol);
        replace.putChar(FixTags.SIDE, side)
            .putTimestampNanos(FixTags.TRANSACT_TIME, System.currentTimeMillis() * 1_000_000L)
            .putLong(FixTags.ORDER_QTY, quantity)
            .putChar(FixTags.ORD_TYPE, (byte)'2')
            .putFixedPoint(FixTags.PRICE, price);
        send();
    }

    /** Sends an OrderMassCancelRequest for all of this participant's orders. */
    public synchronized void cancelAll(final String clOrdId)
    {
        final FixMessageEncoder massCancel = begin(FixMsgType.ORDER_MASS_CANCEL_REQUEST);
        putText(massCancel, FixTags.CL_ORD_ID, clOrdId);
        massCancel.putInt(FixTags.MASS_CANCEL_REQUEST_TYPE, 7)
            .putTimestampNanos(FixTags.TRANSACT_TIME, System.currentTimeMillis() * 1_000_000L);
        send();
    }

    /** Sends a Logout; the gateway answers and closes the connection. */
    public synchronized void logOut()
    {
        if (open)
        {
            begin(FixMsgType.LOGOUT);
            send();
        }
    }

    public boolean isOpen()
    {
        return open;
    }

    @Override
    public void close()
    {
        open = false;
        try
        {
            channel.close();
        }
        catch (final IOException ignored)
        {
            // closing anyway
        }
    }

    /**
     * Holds the messages sent from now on until {@link #endBatch()}, which writes them with one system call
     * (a load client that has fallen behind sends what is due in one go, as a busy FIX engine does).
     */
    public synchronized void beginBatch()
    {
        batching = true;
    }

    /** Writes the messages held since {@link #beginBatch()}. */
    public synchronized void endBatch()
    {
        batching = false;
        writePending();
    }

    private FixMessageEncoder begin(final byte msgType)
    {
        return encoder.begin(outboundBuffer, pending, msgType)
            .header(senderCompId, targetCompId, nextSeq, System.currentTimeMillis() * 1_000_000L);
    }

    private void send()
    {
        nextSeq++;
        finishMessage();
    }

    /** Adds the message just encoded to what is pending and writes unless a batch holds it (or is full). */
    private void finishMessage()
    {
        pending += encoder.finish();
        if (!batching || pending > OUTBOUND_CAPACITY - MAX_MESSAGE)
        {
            writePending();
        }
    }

    private void writePending()
    {
        if (pending == 0)
        {
            return;
        }
        outbound.clear().limit(pending);
        pending = 0;
        try
        {
            while (outbound.hasRemaining())
            {
                channel.write(outbound); // read by a shared reader the channel does not block: retries until written
            }
            lastSentMs = System.currentTimeMillis();
        }
        catch (final IOException ex)
        {
            if (open)
            {
                throw new UncheckedIOException("cannot send to the gateway", ex);
            }
        }
    }

    private static void putText(final FixMessageEncoder encoder, final int tag, final String value)
    {
        for (int i = 0; i < value.length(); i++)
        {
            if (value.charAt(i) > 0x7E || value.charAt(i) < 0x20)
            {
                throw new IllegalArgumentException("tag " + tag + ": not printable ASCII: " + value);
            }
        }
        final byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        encoder.putBytes(tag, bytes, 0, bytes.length);
    }

    private void readLoop()
    {
        while (open && readAvailable())
        {
            heartbeatIfDue();
        }
        disconnected();
    }

    /**
     * Reads what the socket holds (waits for it unless a shared reader owns the channel) and handles every
     * whole message in it.
     *
     * @return false when the connection ended.
     */
    boolean readAvailable()
    {
        try
        {
            if (channel.read(inbound) < 0)
            {
                disconnectReason = "connection closed by the gateway";
                return false;
            }
        }
        catch (final IOException ex)
        {
            disconnectReason = open ? "connection lost: " + ex.getMessage() : "closed";
            return false;
        }
        int position = 0;
        while (position < inbound.position())
        {
            final FixFraming.Status status = framing.scan(inboundBuffer, position, inbound.position() - position);
            if (status == FixFraming.Status.NEED_MORE)
            {
                break;
            }
            if (status == FixFraming.Status.GARBLED)
            {
                position += framing.skipLength();
                continue;
            }
            decoder.wrap(inboundBuffer, framing.messageOffset(), framing.messageLength());
            position = framing.messageOffset() + framing.messageLength();
            onMessage(decoder);
        }
        inboundBuffer.putBytes(0, inboundBuffer, position, inbound.position() - position);
        inbound.position(inbound.position() - position);
        return open;
    }

    /** Ends the session for its reader: a Logon still awaited fails, the listener hears why. */
    void disconnected()
    {
        if (disconnectReason == null)
        {
            disconnectReason = "connection closed by the gateway"; // its Logout closed the session
        }
        open = false;
        loggedOn.countDown();
        listener.onDisconnect(disconnectReason);
    }

    private void onMessage(final FixMessageDecoder message)
    {
        final byte msgType = message.charAt(message.indexOf(FixTags.MSG_TYPE));
        switch (msgType)
        {
            case FixMsgType.LOGON -> loggedOn.countDown();
            case FixMsgType.LOGOUT ->
            {
                if (loggedOn.getCount() > 0)
                {
                    final int text = message.indexOf(FixTags.TEXT);
                    final byte[] bytes = new byte[Math.max(0, message.valueLengthAt(text))];
                    message.copyValue(text, bytes, 0);
                    logonRefusal = text < 0 ? "Logout without a reason" : new String(bytes, StandardCharsets.US_ASCII);
                    loggedOn.countDown();
                }
                close();
            }
            case FixMsgType.TEST_REQUEST -> answerTestRequest(message);
            case FixMsgType.RESEND_REQUEST -> gapFill(message);
            case FixMsgType.HEARTBEAT, FixMsgType.REJECT, FixMsgType.SEQUENCE_RESET ->
            {
                // nothing to do for a client without a store
            }
            default -> listener.onMessage(msgType, message);
        }
    }

    private synchronized void answerTestRequest(final FixMessageDecoder message)
    {
        final int id = message.indexOf(FixTags.TEST_REQ_ID);
        final FixMessageEncoder heartbeat = begin(FixMsgType.HEARTBEAT);
        if (id >= 0)
        {
            heartbeat.putBytes(FixTags.TEST_REQ_ID, message.buffer(), message.valueOffsetAt(id), message.valueLengthAt(id));
        }
        send();
    }

    private synchronized void gapFill(final FixMessageDecoder message)
    {
        final int from = message.intAt(message.indexOf(FixTags.BEGIN_SEQ_NO));
        final long now = System.currentTimeMillis() * 1_000_000L;
        encoder.begin(outboundBuffer, pending, FixMsgType.SEQUENCE_RESET)
            .putBytes(FixTags.SENDER_COMP_ID, senderCompId, 0, senderCompId.length)
            .putBytes(FixTags.TARGET_COMP_ID, targetCompId, 0, targetCompId.length)
            .putInt(FixTags.MSG_SEQ_NUM, from)
            .putChar(FixTags.POSS_DUP_FLAG, (byte)'Y')
            .putTimestampNanos(FixTags.SENDING_TIME, now)
            .putTimestampNanos(FixTags.ORIG_SENDING_TIME, now)
            .putChar(FixTags.GAP_FILL_FLAG, (byte)'Y')
            .putInt(FixTags.NEW_SEQ_NO, nextSeq);
        try
        {
            finishMessage();
        }
        catch (final UncheckedIOException ex)
        {
            close();
        }
    }

    synchronized void heartbeatIfDue()
    {
        if (open && System.currentTimeMillis() - lastSentMs >= heartbeatSeconds * 1000L)
        {
            begin(FixMsgType.HEARTBEAT);
            send();
        }
    }
}
