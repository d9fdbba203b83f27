package com.guishen.gscx.events;

import java.nio.charset.StandardCharsets;

/**
 * A client order id (FIX ClOrdID) of 1 to {@link #MAX_LENGTH} printable ASCII characters, packed
 * into two longs so the engine can key, compare and store it without objects: the first eight
 * characters big-endian in {@code high}, the rest in {@code low}, zero-padded (zero is never
 * a printable character, so the packing is one-to-one).
 */
public final class ClOrdId
{
    /** The longest client order id the exchange accepts. */
    public static final int MAX_LENGTH = 16;

    private ClOrdId()
    {
    }

    /** True if the bytes are a valid client order id: 1..16 characters in {@code '!'..'~'}. */
    public static boolean isValid(final byte[] text, final int offset, final int length)
    {
        if (length < 1 || length > MAX_LENGTH)
        {
            return false;
        }
        for (int i = offset, end = offset + length; i < end; i++)
        {
            if (text[i] < '!' || text[i] > '~')
            {
                return false;
            }
        }
        return true;
    }

    /** The high word of a valid id. */
    public static long high(final byte[] text, final int offset, final int length)
    {
        return pack(text, offset, Math.min(length, 8));
    }

    /** The low word of a valid id. */
    public static long low(final byte[] text, final int offset, final int length)
    {
        return length <= 8 ? 0 : pack(text, offset + 8, length - 8);
    }

    private static long pack(final byte[] text, final int offset, final int length)
    {
        long word = 0;
        for (int i = 0; i < 8; i++)
        {
            word <<= 8;
            if (i < length)
            {
                word |= text[offset + i] & 0xFF;
            }
        }
        return word;
    }

    /**
     * Writes the id's characters at {@code offset}.
     *
     * @return the number of bytes written.
     */
    public static int unpack(final long high, final long low, final byte[] buffer, final int offset)
    {
        int position = offset;
        position = unpackWord(high, buffer, position);
        position = unpackWord(low, buffer, position);
        return position - offset;
    }

    private static int unpackWord(final long word, final byte[] buffer, final int offset)
    {
        int position = offset;
        for (int shift = 56; shift >= 0; shift -= 8)
        {
            final byte b = (byte)(word >>> shift);
            if (b == 0)
            {
                break;
            }
            buffer[position++] = b;
        }
        return position;
    }

    /** The id as a String (cold path). */
    public static String toString(final long high, final long low)
    {
        final byte[] buffer = new byte[MAX_LENGTH];
        return new String(buffer, 0, unpack(high, low, buffer, 0), StandardCharsets.US_ASCII);
    }

    /** Packs a String id (cold path); throws {@link IllegalArgumentException} naming it when invalid. */
    public static long[] fromString(final String id)
    {
        final byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
        if (!isValid(bytes, 0, bytes.length))
        {
            throw new IllegalArgumentException(
                "clOrdId must be 1.." + MAX_LENGTH + " printable ASCII characters, got '" + id + "'");
        }
        return new long[]{high(bytes, 0, bytes.length), low(bytes, 0, bytes.length)};
    }
}
