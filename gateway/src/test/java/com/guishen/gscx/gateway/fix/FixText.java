package com.guishen.gscx.gateway.fix;

import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/** Test messages written with {@code |} for SOH. */
final class FixText
{
    private FixText()
    {
    }

    /** {@code 8=FIX.4.4|9=<right>|<body>10=<right>|} for a body like {@code 35=0|34=2|}. */
    static String message(final String body)
    {
        final String head = "8=FIX.4.4|9=" + body.length() + "|";
        return withChecksum(head + body);
    }

    /** Appends the right CheckSum to text that ends just before it. */
    static String withChecksum(final String text)
    {
        int sum = 0;
        for (final byte b : soh(text))
        {
            sum += b & 0xFF;
        }
        return text + String.format("10=%03d|", sum & 0xFF);
    }

    static byte[] soh(final String text)
    {
        return text.replace('|', '\u0001').getBytes(StandardCharsets.ISO_8859_1);
    }

    static String bars(final byte[] bytes, final int offset, final int length)
    {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1).replace('\u0001', '|');
    }

    /** A buffer of exactly the text's bytes: reading past them throws (Agrona bounds checks). */
    static UnsafeBuffer buffer(final String text)
    {
        return new UnsafeBuffer(soh(text));
    }
}
