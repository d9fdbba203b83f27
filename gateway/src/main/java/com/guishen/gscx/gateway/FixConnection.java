package com.guishen.gscx.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One TCP connection of the acceptor: the bytes received and not yet framed, the bytes to send
 * that the socket did not take yet, and the session it logged on to (none before a Logon).
 * Output that piles up beyond a bound (a reader that stopped reading) closes the connection
 * instead of growing without limit.
 */
final class FixConnection
{
    /** Output queue of a new connection; it grows (doubling) up to the bound given at construction. */
    static final int INITIAL_OUTPUT_CAPACITY = 64 * 1024;

    private final SocketChannel channel;
    private final SelectionKey key;
    private final ByteBuffer input;
    private final UnsafeBuffer inputBuffer;
    private ByteBuffer output;
    private final int maxOutputCapacity;
    private final String remoteAddress;
    private final long connectedAtMs;

    private FixSession session;
    private PendingLogon pendingLogon;
    private boolean closing;
    private long closeDeadlineMs;
    private boolean outputShutdown;
    private boolean closed;
    private boolean unflushed;
    private String closeReason;

    FixConnection(final SocketChannel channel, final SelectionKey key, final int inputCapacity, final int outputCapacity,
        final long nowMs)
    {
        this.channel = channel;
        this.key = key;
        this.input = ByteBuffer.allocateDirect(inputCapacity);
        this.inputBuffer = new UnsafeBuffer(input);
        this.output = ByteBuffer.allocateDirect(Math.min(INITIAL_OUTPUT_CAPACITY, outputCapacity));
        this.maxOutputCapacity = outputCapacity;
        this.connectedAtMs = nowMs;
        String address;
        try
        {
            address = String.valueOf(channel.getRemoteAddress());
        }
        catch (final IOException ex)
        {
            address = "unknown";
        }
        this.remoteAddress = address;
    }

    /**
     * Reads what the socket has into the input buffer.
     *
     * @return bytes read, 0 if none, -1 when the peer closed or the connection failed.
     */
    int read()
    {
        if (!input.hasRemaining())
        {
            return 0;
        }
        try
        {
            return channel.read(input);
        }
        catch (final IOException ex)
        {
            return -1;
        }
    }

    /** The received bytes not consumed yet: {@code inputBuffer()[0, inputLength())}. */
    UnsafeBuffer inputBuffer()
    {
        return inputBuffer;
    }

    int inputLength()
    {
        return input.position();
    }

    boolean inputFull()
    {
        return !input.hasRemaining();
    }

    /** Drops the first {@code length} received bytes. */
    void consume(final int length)
    {
        final int remaining = input.position() - length;
        if (remaining > 0)
        {
            inputBuffer.putBytes(0, inputBuffer, length, remaining);
        }
        input.position(Math.max(remaining, 0));
    }

    /**
     * Queues a message; it is written at the next {@link #flush()} (the end of the gateway's pass) or
     * at once when the queue is full.
     *
     * @return false if the output queue overflowed (the connection is then being closed).
     */
    boolean send(final DirectBuffer message, final int offset, final int length)
    {
        if (closed || outputShutdown)
        {
            return false;
        }
        if (output.remaining() < length && (!flush() || output.remaining() < length) && !growOutput(length))
        {
            startClosing("output queue full: the counterparty does not read", 0);
            return false;
        }
        // copied behind what is queued (a memcpy of a few hundred bytes): no view objects per message
        message.getBytes(offset, output, output.position(), length);
        output.position(output.position() + length);
        unflushed = true;
        return true;
    }

    /**
     * Whether messages were queued since the last {@link #flush()}: the gateway writes each connection's
     * messages of a duty-cycle pass with one system call, at the end of the pass.
     */
    boolean unflushed()
    {
        return unflushed;
    }

    /**
     * Makes room for {@code length} more bytes of output, doubling the queue up to its bound: a connection
     * starts small (thousands of idle connections must not hold megabytes each) and grows only for a reader
     * that falls behind.
     */
    private boolean growOutput(final int length)
    {
        int capacity = output.capacity();
        while (capacity - output.position() < length && capacity < maxOutputCapacity)
        {
            capacity = Math.min(maxOutputCapacity, capacity * 2);
        }
        if (capacity - output.position() < length)
        {
            return false;
        }
        final ByteBuffer grown = ByteBuffer.allocateDirect(capacity);
        output.flip();
        grown.put(output);
        output = grown;
        return true;
    }

    /** Writes queued output; false if the connection failed. */
    boolean flush()
    {
        unflushed = false;
        if (output.position() == 0 || closed)
        {
            return !closed;
        }
        output.flip();
        try
        {
            channel.write(output);
        }
        catch (final IOException ex)
        {
            output.clear();
            startClosing("write failed: " + ex.getMessage(), 0);
            return false;
        }
        output.compact();
        final int interest = output.position() == 0 ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE;
        if (key.isValid() && key.interestOps() != interest)
        {
            key.interestOps(interest);
        }
        return true;
    }

    boolean hasQueuedOutput()
    {
        return output.position() > 0;
    }

    /**
     * Starts closing: what is queued is still sent, then the output side is shut (the peer sees the
     * end of the stream) and the socket is closed when the peer closes too or {@code lingerMs} passed.
     */
    void startClosing(final String reason, final long deadlineMs)
    {
        if (!closing)
        {
            closing = true;
            closeReason = reason;
            closeDeadlineMs = deadlineMs;
        }
    }

    boolean isClosing()
    {
        return closing;
    }

    long closeDeadlineMs()
    {
        return closeDeadlineMs;
    }

    String closeReason()
    {
        return closeReason;
    }

    /** Shuts the output side once everything queued went out. */
    void shutdownOutputWhenFlushed()
    {
        if (!outputShutdown && output.position() == 0)
        {
            outputShutdown = true;
            try
            {
                channel.shutdownOutput();
            }
            catch (final IOException ex)
            {
                close();
            }
        }
    }

    void close()
    {
        if (!closed)
        {
            closed = true;
            key.cancel();
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // closing anyway
            }
        }
    }

    boolean isClosed()
    {
        return closed;
    }

    FixSession session()
    {
        return session;
    }

    void session(final FixSession session)
    {
        this.session = session;
    }

    /** A Logon waiting for its password check; no further input is read meanwhile. */
    PendingLogon pendingLogon()
    {
        return pendingLogon;
    }

    void pendingLogon(final PendingLogon logon)
    {
        this.pendingLogon = logon;
    }

    long connectedAtMs()
    {
        return connectedAtMs;
    }

    String remoteAddress()
    {
        return remoteAddress;
    }
}
