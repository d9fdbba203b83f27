package com.guishen.gscx.ledger;

import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an entry's JSON ({@link EntryCodec}) into a buffer it reuses: first the canonical
 * encoding, which the hash is computed over, then, in place of its closing brace, the hash. So the
 * booking path encodes each entry once, and the journal stores the very bytes that were hashed.
 * The bytes are exactly those of {@link EntryCodec#content} and {@link EntryCodec#toJson}.
 * Not thread-safe: one per writer.
 */
final class EntryEncoder
{
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE_TO_ENTRY_ID = ascii("{\"type\":\"" + EntryCodec.TYPE + "\",\"schemaVersion\":" +
        EventJson.SCHEMA_VERSION + ",\"entryId\":");
    private static final byte[] TIME = ascii(",\"time\":");
    private static final byte[] KIND = ascii(",\"kind\":\"");
    private static final byte[] SOURCE_TOPIC = ascii("\",\"source\":{\"topic\":");
    private static final byte[] PARTITION = ascii(",\"partition\":");
    private static final byte[] OFFSET = ascii(",\"offset\":");
    private static final byte[] EVENT_ID = ascii(",\"eventId\":");
    private static final byte[] POSTINGS = ascii("},\"postings\":[");
    private static final byte[] FIRST_ACCOUNT = ascii("{\"account\":");
    private static final byte[] NEXT_ACCOUNT = ascii(",{\"account\":");
    private static final byte[] SIDE = ascii(",\"side\":\"");
    private static final byte[] AMOUNT = ascii("\",\"amount\":\"");
    private static final byte[] POSTING_END = ascii("\"}");
    private static final byte[] PREV_HASH = ascii("],\"prevHash\":");
    private static final byte[] HASH_FIELD = ascii(",\"hash\":");
    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];
    private static final byte[][] KINDS = names(EntryKind.values());
    private static final byte[][] SIDES = names(Side.values());

    static
    {
        for (int i = 0; i < 100; i++)
        {
            DIGIT_TENS[i] = (byte)('0' + i / 10);
            DIGIT_ONES[i] = (byte)('0' + i % 10);
        }
    }

    private byte[] buffer = new byte[1024];
    private int length;

    /** Writes the canonical encoding (the entry without its hash); returns its length. */
    int content(final long entryId, final long time, final EntryKind kind, final EntrySource source,
        final List<Posting> postings, final String prevHash)
    {
        length = 0;
        put(TYPE_TO_ENTRY_ID);
        number(entryId);
        put(TIME);
        number(time);
        put(KIND);
        put(KINDS[kind.ordinal()]);
        put(SOURCE_TOPIC);
        string(source.topic());
        put(PARTITION);
        number(source.partition());
        put(OFFSET);
        number(source.offset());
        put(EVENT_ID);
        string(source.eventId());
        put(POSTINGS);
        for (int i = 0, size = postings.size(); i < size; i++)
        {
            final Posting posting = postings.get(i);
            put(i == 0 ? FIRST_ACCOUNT : NEXT_ACCOUNT);
            string(posting.account());
            put(SIDE);
            put(SIDES[posting.side().ordinal()]);
            put(AMOUNT);
            amount(posting.amount());
            put(POSTING_END);
        }
        put(PREV_HASH);
        string(prevHash);
        ensure(1);
        buffer[length++] = '}';
        return length;
    }

    /**
     * Turns the canonical encoding just written into the entry's JSON: the 32-byte digest, in
     * lower-case hex, goes in as the {@code hash} field before the closing brace.
     *
     * @return the hash as text.
     */
    String seal(final byte[] digest)
    {
        length--; // the closing brace
        put(HASH_FIELD);
        ensure(2 * digest.length + 3);
        buffer[length++] = '"';
        final int hashStart = length;
        for (final byte b : digest)
        {
            buffer[length++] = LOWER_HEX[(b >> 4) & 0xF];
            buffer[length++] = LOWER_HEX[b & 0xF];
        }
        final String hash = new String(buffer, hashStart, length - hashStart, StandardCharsets.US_ASCII);
        buffer[length++] = '"';
        buffer[length++] = '}';
        return hash;
    }

    /** Turns the canonical encoding just written into the JSON of an entry that carries {@code hash}, whatever it holds. */
    void hash(final String hash)
    {
        length--; // the closing brace
        put(HASH_FIELD);
        string(hash);
        ensure(1);
        buffer[length++] = '}';
    }

    /** The buffer the JSON is in, from index 0; valid until the next {@link #content}. */
    byte[] buffer()
    {
        return buffer;
    }

    /** How many bytes of {@link #buffer} it fills. */
    int length()
    {
        return length;
    }

    byte[] toBytes()
    {
        return Arrays.copyOf(buffer, length);
    }

    private void number(final long value)
    {
        ensure(20);
        if (value == Long.MIN_VALUE)
        {
            put(ascii(Long.toString(value)));
            return;
        }
        if (value < 0)
        {
            buffer[length++] = '-';
        }
        digits(Math.abs(value));
    }

    /** A fixed-point amount with {@link FixedPoint#SCALE} decimals, as {@link FixedPoint#format} writes it. */
    private void amount(final long amount)
    {
        ensure(24);
        if (amount < 0)
        {
            length += FixedPoint.format(amount, FixedPoint.SCALE, buffer, length);
            return;
        }
        digits(amount / FixedPoint.ONE);
        final int fraction = (int)(amount % FixedPoint.ONE);
        buffer[length] = '.';
        buffer[length + 1] = DIGIT_TENS[fraction / 100];
        buffer[length + 2] = DIGIT_ONES[fraction / 100];
        buffer[length + 3] = DIGIT_TENS[fraction % 100];
        buffer[length + 4] = DIGIT_ONES[fraction % 100];
        length += 5;
    }

    /**
     * A non-negative number in decimal, two digits per step from a table: the encoder writes a
     * dozen numbers per entry, and digit-by-digit division showed in the profile.
     */
    private void digits(final long value)
    {
        int count = 1;
        for (long bound = 10; count < 19 && value >= bound; bound *= 10)
        {
            count++;
        }
        long rest = value;
        int position = length + count;
        while (rest >= 100)
        {
            final int pair = (int)(rest % 100);
            rest /= 100;
            buffer[--position] = DIGIT_ONES[pair];
            buffer[--position] = DIGIT_TENS[pair];
        }
        if (rest >= 10)
        {
            buffer[--position] = DIGIT_ONES[(int)rest];
            buffer[--position] = DIGIT_TENS[(int)rest];
        }
        else
        {
            buffer[--position] = (byte)('0' + rest);
        }
        length += count;
    }

    /** A JSON string, escaped as Jackson escapes it, in UTF-8. */
    private void string(final String text)
    {
        final int size = text.length();
        ensure(size + 2);
        final int start = length;
        buffer[length++] = '"';
        for (int i = 0; i < size; i++)
        {
            final char c = text.charAt(i);
            if (c >= 0x80)
            {
                length = start;
                nonAscii(text);
                return;
            }
            if (c < 0x20 || c == '"' || c == '\\')
            {
                ensure(6 + size - i);
                escape(c);
            }
            else
            {
                buffer[length++] = (byte)c;
            }
        }
        buffer[length++] = '"';
    }

    private void escape(final char c)
    {
        switch (c)
        {
            case '"' -> put2('\\', '"');
            case '\\' -> put2('\\', '\\');
            case '\n' -> put2('\\', 'n');
            case '\r' -> put2('\\', 'r');
            case '\t' -> put2('\\', 't');
            case '\b' -> put2('\\', 'b');
            case '\f' -> put2('\\', 'f');
            default ->
            {
                put2('\\', 'u');
                put2('0', '0');
                put2(HEX[c >> 4], HEX[c & 0xF]);
            }
        }
    }

    /** The rare string with non-ASCII characters: escaped as text, then encoded as the JDK encodes it (cold). */
    private void nonAscii(final String text)
    {
        final StringBuilder escaped = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\')
            {
                final int mark = length;
                escape(c);
                escaped.append(new String(buffer, mark, length - mark, StandardCharsets.US_ASCII));
                length = mark;
            }
            else
            {
                escaped.append(c);
            }
        }
        put(escaped.append('"').toString().getBytes(StandardCharsets.UTF_8));
    }

    private void put2(final int a, final int b)
    {
        ensure(2);
        buffer[length++] = (byte)a;
        buffer[length++] = (byte)b;
    }

    private void put(final byte[] bytes)
    {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(final int more)
    {
        if (length + more > buffer.length)
        {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
        }
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] names(final Enum<?>[] values)
    {
        final byte[][] names = new byte[values.length][];
        for (final Enum<?> value : values)
        {
            names[value.ordinal()] = ascii(value.name());
        }
        return names;
    }
}
