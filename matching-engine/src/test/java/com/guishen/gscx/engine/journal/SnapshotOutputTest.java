package com.guishen.gscx.engine.journal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SnapshotOutputTest
{
    /** Snapshots written before SnapshotOutput (through a DataOutputStream) must read back: same bytes. */
    @Test
    void writesExactlyTheBytesOfADataOutputStream() throws IOException
    {
        final ByteArrayOutputStream expected = new ByteArrayOutputStream();
        final SnapshotOutput actual = new SnapshotOutput(16); // grows many times
        writeMixedFields(new DataOutputStream(expected), 7);
        writeMixedFields(actual, 7);

        assertArrayEquals(expected.toByteArray(), Arrays.copyOf(actual.array(), actual.length()));
    }

    @Test
    void clearStartsOverInTheSameArray() throws IOException
    {
        final SnapshotOutput output = new SnapshotOutput(1024);
        writeMixedFields(output, 1);
        final byte[] array = output.array();
        output.clear().writeLong(42);

        assertEquals(Long.BYTES, output.length());
        assertEquals(array, output.array());
    }

    @Test
    void refusesAStringTooLongForModifiedUtf8AsDataOutputStreamDoes()
    {
        final String tooLong = "\u4e2d".repeat(21_846); // 3 bytes each: 65,538 > 65,535

        assertThrows(UTFDataFormatException.class, () -> new DataOutputStream(new ByteArrayOutputStream()).writeUTF(tooLong));
        assertThrows(UTFDataFormatException.class, () -> new SnapshotOutput(16).writeUTF(tooLong));
    }

    private static void writeMixedFields(final DataOutput out, final long seed) throws IOException
    {
        final Random random = new Random(seed);
        out.writeUTF("H100.GUIAN.D20261201");
        out.writeUTF("\u8d35\u5b89 \u00e9\u0000 end"); // three-byte, two-byte and the two-byte NUL of modified UTF-8
        out.writeUTF("");
        for (int i = 0; i < 5_000; i++)
        {
            out.writeInt(random.nextInt());
            out.writeLong(random.nextLong());
            out.writeByte(random.nextInt());
            out.writeBoolean(random.nextBoolean());
            out.writeShort(random.nextInt());
            out.writeChar(random.nextInt());
        }
        out.writeLong(Long.MIN_VALUE);
        out.writeInt(-1);
        out.write(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        out.write(0x1FF);
        out.writeBytes("ascii");
        out.writeChars("\u8d35");
        out.writeFloat(Float.intBitsToFloat(0x7fc00001));
        out.writeDouble(Double.longBitsToDouble(0x7ff8000000000001L));
    }
}
