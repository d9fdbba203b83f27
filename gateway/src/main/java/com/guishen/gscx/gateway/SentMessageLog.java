package com.guishen.gscx.gateway;

import com.guishen.gscx.gateway.fix.FixFraming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The application messages a session has sent, kept so that a ResendRequest can be answered after
 * a reconnect or a restart: an append-only file of {@code [length][MsgSeqNum][message]} records.
 * Every stored message carries its own FIX CheckSum, so on open a torn last record (a gateway
 * killed mid-write) is recognised and cut off.
 */
final class SentMessageLog implements AutoCloseable
{
    private static final int HEADER = 8;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer record;
    private final UnsafeBuffer recordBuffer;
    private long[] positions = new long[1024]; // by MsgSeqNum: file position + 1, 0 = not stored
    private long end;
    private int highestSeq;

    SentMessageLog(final Path file, final int maxMessageLength)
    {
        this.file = file;
        this.record = ByteBuffer.allocateDirect(HEADER + maxMessageLength).order(ByteOrder.LITTLE_ENDIAN);
        this.recordBuffer = new UnsafeBuffer(record);
        try
        {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            recover(new FixFraming(maxMessageLength));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open the sent-message log " + file, ex);
        }
    }

    private void recover(final FixFraming framing) throws IOException
    {
        final long size = channel.size();
        long position = 0;
        while (position + HEADER <= size)
        {
            record.clear().limit(HEADER);
            channel.read(record, position);
            final int length = record.getInt(0);
            final int seq = record.getInt(4);
            if (length <= 0 || length > record.capacity() - HEADER || position + HEADER + length > size || seq <= 0)
            {
                break;
            }
            record.clear().limit(HEADER + length);
            channel.read(record, position);
            if (framing.scan(recordBuffer, HEADER, length) != FixFraming.Status.MESSAGE ||
                framing.messageLength() != length)
            {
                break;
            }
            index(seq, position);
            position += HEADER + length;
        }
        if (position < size)
        {
            channel.truncate(position);
        }
        end = position;
    }

    /** Stores a sent message (its MsgSeqNum is {@code seq}). */
    void append(final int seq, final DirectBuffer message, final int offset, final int length)
    {
        record.clear();
        record.putInt(0, length);
        record.putInt(4, seq);
        message.getBytes(offset, record, HEADER, length);
        record.limit(HEADER + length);
        try
        {
            while (record.hasRemaining())
            {
                channel.write(record, end + record.position());
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the sent-message log " + file + " (disk full?)", ex);
        }
        index(seq, end);
        end += HEADER + length;
    }

    /**
     * Copies the stored message with that MsgSeqNum into {@code destination} at 0.
     *
     * @return its length, or 0 when none is stored (an administrative message, or never sent).
     */
    int read(final int seq, final MutableDirectBuffer destination)
    {
        if (seq <= 0 || seq >= positions.length || positions[seq] == 0)
        {
            return 0;
        }
        final long position = positions[seq] - 1;
        record.clear().limit(HEADER);
        try
        {
            channel.read(record, position);
            final int length = record.getInt(0);
            record.clear().limit(HEADER + length);
            channel.read(record, position);
            destination.putBytes(0, recordBuffer, HEADER, length);
            return length;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the sent-message log " + file, ex);
        }
    }

    /** The highest MsgSeqNum stored. */
    int highestSeq()
    {
        return highestSeq;
    }

    /** Forgets every message: sequence numbers start again. */
    void clear()
    {
        try
        {
            channel.truncate(0);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot clear the sent-message log " + file, ex);
        }
        java.util.Arrays.fill(positions, 0);
        end = 0;
        highestSeq = 0;
    }

    private void index(final int seq, final long position)
    {
        if (seq >= positions.length)
        {
            positions = java.util.Arrays.copyOf(positions, Math.max(seq + 1, positions.length * 2));
        }
        positions[seq] = position + 1;
        highestSeq = Math.max(highestSeq, seq);
    }

    @Override
    public void close()
    {
        try
        {
            channel.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close the sent-message log " + file, ex);
        }
    }
}
