package com.guishen.gscx.engine.replay;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps names (symbols, participant ids) to engine indices, looked up straight from the bytes
 * of a line so that parsing a command allocates nothing. Open addressing, linear probing.
 */
final class NameIndex
{
    private byte[][] keys = new byte[64][];
    private int[] values = new int[64];
    private int size;

    /** The index of the name, or {@code missing} if it has none. */
    int get(final byte[] text, final int offset, final int length, final int missing)
    {
        final int mask = keys.length - 1;
        int slot = hash(text, offset, length) & mask;
        while (keys[slot] != null)
        {
            final byte[] key = keys[slot];
            if (key.length == length && Arrays.equals(key, 0, length, text, offset, offset + length))
            {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    /** Maps the name to {@code value}, replacing any earlier mapping. */
    void put(final String name, final int value)
    {
        final byte[] key = name.getBytes(StandardCharsets.US_ASCII);
        final int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null)
        {
            if (Arrays.equals(keys[slot], key))
            {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length)
        {
            grow();
        }
    }

    private void grow()
    {
        final byte[][] oldKeys = keys;
        final int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        final int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++)
        {
            if (oldKeys[i] != null)
            {
                int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
                while (keys[slot] != null)
                {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** Eight bytes at a time: a name is looked up for every command, byte-at-a-time hashing showed up. */
    private static int hash(final byte[] text, final int offset, final int length)
    {
        final int end = offset + length;
        long h = length;
        int i = offset;
        for (; i + Long.BYTES <= end; i += Long.BYTES)
        {
            h = (h ^ (long)LONGS.get(text, i)) * MIX;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += Byte.SIZE)
        {
            tail |= (text[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * MIX;
        return (int)(h ^ (h >>> 32));
    }

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
}
