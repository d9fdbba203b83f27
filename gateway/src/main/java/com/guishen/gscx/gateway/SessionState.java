package com.guishen.gscx.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A session's counters in a small memory-mapped file, so that they survive a killed gateway (the
 * page cache keeps what was written): the next MsgSeqNum to send and to expect, the last engine
 * event turned into a message for this session, and the FIX day the numbers belong to.
 */
final class SessionState implements AutoCloseable
{
    private static final int MAGIC = 0x46495853; // "FIXS"
    private static final int MAGIC_OFFSET = 0;
    private static final int NEXT_SENDER_SEQ = 4;
    private static final int NEXT_TARGET_SEQ = 8;
    private static final int LAST_ENGINE_SEQ = 16;
    private static final int DAY = 24;
    private static final int LENGTH = 64;

    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;

    private SessionState(final MappedByteBuffer mapped)
    {
        this.mapped = mapped;
        this.buffer = new UnsafeBuffer(mapped);
        if (buffer.getInt(MAGIC_OFFSET) != MAGIC)
        {
            buffer.putLong(LAST_ENGINE_SEQ, 0);
            buffer.putLong(DAY, Long.MIN_VALUE);
            buffer.putInt(NEXT_SENDER_SEQ, 1);
            buffer.putInt(NEXT_TARGET_SEQ, 1);
            buffer.putIntOrdered(MAGIC_OFFSET, MAGIC);
        }
    }

    static SessionState open(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file,
            StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE))
        {
            return new SessionState(channel.map(FileChannel.MapMode.READ_WRITE, 0, LENGTH));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open FIX session state " + file, ex);
        }
    }

    int nextSenderSeq()
    {
        return buffer.getInt(NEXT_SENDER_SEQ);
    }

    void nextSenderSeq(final int seq)
    {
        buffer.putIntOrdered(NEXT_SENDER_SEQ, seq);
    }

    int nextTargetSeq()
    {
        return buffer.getInt(NEXT_TARGET_SEQ);
    }

    void nextTargetSeq(final int seq)
    {
        buffer.putIntOrdered(NEXT_TARGET_SEQ, seq);
    }

    long lastEngineSeq()
    {
        return buffer.getLong(LAST_ENGINE_SEQ);
    }

    void lastEngineSeq(final long engineSeq)
    {
        buffer.putLongOrdered(LAST_ENGINE_SEQ, engineSeq);
    }

    long day()
    {
        return buffer.getLong(DAY);
    }

    void day(final long day)
    {
        buffer.putLongOrdered(DAY, day);
    }

    @Override
    public void close()
    {
        IoUtil.unmap(mapped);
    }
}
