package com.guishen.gscx.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentMessageLogTest
{
    private static final byte[] GSCX = "GSCX".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAB = "szlab".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private final UnsafeBuffer message = new UnsafeBuffer(new byte[1024]);
    private final UnsafeBuffer read = new UnsafeBuffer(new byte[1024]);

    @Test
    void storedMessagesAreFoundBySequenceNumberAfterAReopen()
    {
        try (SentMessageLog log = new SentMessageLog(dir.resolve("sent.log"), 1024))
        {
            log.append(2, message, 0, report(2, "first"));
            log.append(5, message, 0, report(5, "second"));
        }
        try (SentMessageLog log = new SentMessageLog(dir.resolve("sent.log"), 1024))
        {
            assertEquals(5, log.highestSeq());
            assertEquals(report(2, "first"), log.read(2, read));
            assertEquals(text(message, report(2, "first")), text(read, report(2, "first")));
            assertEquals(0, log.read(3, read), "an administrative message is not stored");
            assertEquals(report(5, "second"), log.read(5, read));
        }
    }

    @Test
    void aRecordTornByAKilledGatewayIsCutOff() throws IOException
    {
        final Path file = dir.resolve("sent.log");
        try (SentMessageLog log = new SentMessageLog(file, 1024))
        {
            log.append(1, message, 0, report(1, "whole"));
            log.append(2, message, 0, report(2, "torn"));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE))
        {
            channel.truncate(channel.size() - 5); // the second record lost its CheckSum's end
        }
        try (SentMessageLog log = new SentMessageLog(file, 1024))
        {
            assertEquals(1, log.highestSeq());
            assertEquals(0, log.read(2, read));
            log.append(2, message, 0, report(2, "again"));
        }
        try (SentMessageLog log = new SentMessageLog(file, 1024))
        {
            assertEquals(report(2, "again"), log.read(2, read), "the next append replaced the torn record");
        }
    }

    private int report(final int seq, final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return new FixMessageEncoder().begin(message, 0, FixMsgType.EXECUTION_REPORT).header(GSCX, LAB, seq, 0)
            .putBytes(FixTags.TEXT, bytes, 0, bytes.length).finish();
    }

    private static String text(final UnsafeBuffer buffer, final int length)
    {
        final ByteBuffer bytes = ByteBuffer.allocate(length);
        buffer.getBytes(0, bytes, length);
        return new String(bytes.array(), StandardCharsets.US_ASCII);
    }
}
