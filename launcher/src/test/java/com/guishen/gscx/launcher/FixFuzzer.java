package com.guishen.gscx.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * One fuzzing client of the FIX gateway: connection after connection of random and mutated FIX frames
 * (bit flips, truncation, bad BodyLength and CheckSum, missing SOH, duplicate and unknown tags, numbers
 * out of range, non-ASCII bytes, oversized frames), before a Logon, after a refused one, and inside a
 * session it logs on to as its own fuzzing participant. Every choice comes from a seeded {@link Random},
 * so a failing run sends the same bytes again when given the same seed (only where a session gives up
 * early after the gateway's Logout depends on timing).
 *
 * <p>Each connection ends either with a half-close and a read to the end of the stream, which the
 * gateway must answer by closing (a connection it keeps open is counted in {@link Tally#notClosed}),
 * or with an abortive close (RST).
 */
final class FixFuzzer implements Callable<FixFuzzer.Tally>
{
    /** What one fuzzer did. */
    record Tally(long frames, int connections, int loggedOn, int notClosed)
    {
        Tally plus(final Tally other)
        {
            return new Tally(frames + other.frames, connections + other.connections, loggedOn + other.loggedOn,
                notClosed + other.notClosed);
        }
    }

    static final String SYMBOL = "A800.GUIAN.Y2099";
    private static final byte SOH = 1;
    private static final DateTimeFormatter SENDING_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS");
    private static final String[] EXTREME_NUMBERS = {"0", "-1", "99999999999", "2147483647", "2147483648",
        "-2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "00000000000000000001",
        "1e9", "abc", "", " 1", "1 ", "+1", "--1", "0x10", "١٢", "1.5", "-0"};
    private static final String[] STRANGE_TAGS = {"9999", "5001", "0", "-1", "99999999999", "abc", "", "10000",
        "956", "957", "00035", "-35", "2147483648", "中"};
    private static final String[] STRANGE_TIMES = {"20990101-00:00:00", "19700101-00:00:00", "20250230-25:61:61",
        "garbage", "20250101-00:00:00.1234567891", "20250101", "", "2025-01-01T00:00:00Z", "20251301-00:00:60"};
    private static final String[] STRANGE_SYMBOLS = {"A800.GUIAN.Y2099,X", "*", "A800.GUIAN.Y2099\nHALT,1,A800.GUIAN.Y2099",
        "中文", "", ",", "A800.GUIAN.Y2099\r\n", "x".repeat(200), "H100.GUIAN.Y2099\u0000"};

    private final Random random;
    private final int port;
    private final String compId;
    private final int connections;
    private final String[] otherCompIds;

    private long frames;
    private int loggedOn;
    private int notClosed;
    private int nextSeq;
    private int orders;
    /** Whether the next mutation must leave a session standing (inside a session, one in 300 may end it). */
    private boolean survivable;

    /**
     * @param compId       the fuzzing participant this client logs on as (password {@code <compId>-secret}).
     * @param otherCompIds CompIDs it tries to log on as with a wrong password (real ones and unknown ones).
     */
    FixFuzzer(final long seed, final int port, final String compId, final int connections, final String... otherCompIds)
    {
        this.random = new Random(seed);
        this.port = port;
        this.compId = compId;
        this.connections = connections;
        this.otherCompIds = otherCompIds;
    }

    @Override
    public Tally call() throws IOException
    {
        for (int i = 0; i < connections; i++)
        {
            fuzzOneConnection();
        }
        return new Tally(frames, connections, loggedOn, notClosed);
    }

    private void fuzzOneConnection() throws IOException
    {
        try (Socket socket = new Socket())
        {
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(20_000);
            final int kind = random.nextInt(100);
            boolean session = false;
            try
            {
                final OutputStream out = socket.getOutputStream();
                if (kind < 8)
                {
                    // connect and close at once
                }
                else if (kind < 20)
                {
                    sendGarbage(out, socket.getInputStream(), 1 + random.nextInt(20), "nobody");
                }
                else if (kind < 32)
                {
                    out.write(refusedLogon());
                    frames++;
                    sendGarbage(out, socket.getInputStream(), random.nextInt(30), compId);
                }
                else
                {
                    session = true;
                    fuzzSession(out, socket.getInputStream());
                }
                out.flush();
            }
            catch (final IOException closedByTheGateway)
            {
                // the gateway may close (and reset) a connection while it is still being written to
            }
            // a session ends gracefully, so that the next one for the same CompID is not refused as a second logon
            close(socket, !session && random.nextInt(4) == 0);
        }
    }

    /** Half-closes and reads to the end of the stream (the gateway must close), or resets the connection. */
    private void close(final Socket socket, final boolean reset)
    {
        try
        {
            if (reset)
            {
                socket.setSoLinger(true, 0);
                return; // closed by try-with-resources: an abortive close
            }
            socket.shutdownOutput();
            final InputStream in = socket.getInputStream();
            final byte[] sink = new byte[8192];
            while (in.read(sink) >= 0)
            {
                // what the gateway still sends: Logouts, Rejects, ExecutionReports
            }
        }
        catch (final SocketTimeoutException ex)
        {
            notClosed++;
        }
        catch (final IOException resetByTheGateway)
        {
            // closed
        }
    }

    // ------------------------------------------------------------------ sessions

    private void fuzzSession(final OutputStream out, final InputStream in) throws IOException
    {
        final boolean asDropCopy = random.nextInt(10) == 0;
        final String sender = asDropCopy ? "audit" : compId;
        out.write(frame(fields(sender, 'A', 1, "98=0", "108=" + (random.nextInt(4) == 0 ? 1 : 30), "141=Y",
            "553=" + sender, "554=" + sender + "-secret")));
        frames++;
        loggedOn++;
        nextSeq = 2;
        final int count = 50 + random.nextInt(550);
        for (int i = 0; i < count; i++)
        {
            if (random.nextInt(100) < 45)
            {
                out.write(frame(validMessage(sender, nextSeq++)));
            }
            else
            {
                survivable = random.nextInt(300) != 0;
                out.write(mutated(validMessage(sender, nextSeq++)));
                survivable = false;
                frames++;
                // whatever became of that one, the gateway expects nextSeq from here on
                out.write(frame(fields(sender, '4', nextSeq, "36=" + nextSeq)));
            }
            frames++;
            if (random.nextInt(16) == 0)
            {
                out.flush();
                if (loggedOut(in))
                {
                    return;
                }
            }
        }
    }

    /** Drains what the gateway sent so far; true if it includes a Logout (the session is over). */
    private static boolean loggedOut(final InputStream in) throws IOException
    {
        final int available = in.available();
        if (available == 0)
        {
            return false;
        }
        final byte[] bytes = in.readNBytes(available);
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("\u000135=5\u0001");
    }

    private void sendGarbage(final OutputStream out, final InputStream in, final int count, final String sender)
        throws IOException
    {
        for (int i = 0; i < count; i++)
        {
            final byte[] frame = random.nextInt(4) == 0 ? junk() : mutated(validMessage(sender, 1 + random.nextInt(5)));
            if (random.nextInt(10) == 0 && frame.length > 1)
            {
                // split across TCP writes: the gateway must wait for the rest
                final int split = 1 + random.nextInt(frame.length - 1);
                out.write(frame, 0, split);
                out.flush();
                out.write(frame, split, frame.length - split);
            }
            else
            {
                out.write(frame);
            }
            frames++;
        }
        out.flush();
        loggedOut(in);
    }

    /** A Logon the gateway must refuse: unknown or wrong CompIDs, a wrong password, or fields out of range. */
    private byte[] refusedLogon()
    {
        final String other = otherCompIds[random.nextInt(otherCompIds.length)];
        return switch (random.nextInt(10))
        {
            case 0 -> frame(fields(other, 'A', 1, "98=0", "108=30", "553=" + other, "554=wrong"));
            case 1 -> frame(fields(compId, 'A', 1, "98=0", "108=30", "553=" + compId, "554=not-" + compId + "-secret"));
            case 2 -> frame(fields(compId, 'A', 1, "98=0", "108=" + pick(EXTREME_NUMBERS), "553=" + compId, "554=x"));
            case 3 -> frame(fields(compId, 'A', 1, "98=0", "108=-30", "553=" + compId, "554=" + compId + "-secret"));
            case 4 -> frame(fields(compId, 'A', 1, "98=1", "108=30", "553=" + compId, "554=" + compId + "-secret"));
            case 5 -> frame(fields(compId, 'A', 1, "98=0", "108=30", "553=" + other, "554=" + compId + "-secret"));
            case 6 -> frame(fields(compId, 'A', 1, "98=0", "108=30"));
            case 7 -> frame(replace(fields(compId, 'A', 1, "98=0", "108=30", "553=" + compId, "554=" + compId + "-secret"),
                "34=", pick(new String[] {"0", "-1", "99999999999", "abc", ""})));
            case 8 -> frame(replace(fields(compId, 'A', 1, "98=0", "108=30", "553=" + compId, "554=" + compId + "-secret"),
                "52=", pick(STRANGE_TIMES)));
            default -> frame(replace(fields(compId, 'A', 1, "98=0", "108=30", "553=" + compId, "554=" + compId + "-secret"),
                "56=", pick(new String[] {"GSCY", "", "gscx", "GSCX ", "中"})));
        };
    }

    /** A message the gateway accepts from a logged-on fuzzing participant (or answers with a business reject). */
    private List<byte[]> validMessage(final String sender, final int seq)
    {
        final String clOrdId = "F" + (orders++);
        final String side = random.nextInt(8) == 0 ? "2" : "1";
        final String price = (5 + random.nextInt(2)) + "." + random.nextInt(10) + random.nextInt(10);
        return switch (random.nextInt(14))
        {
            case 0, 1, 2, 3, 4 -> fields(sender, 'D', seq, "11=" + clOrdId, "55=" + SYMBOL, "54=" + side, "60=" + now(),
                "38=" + (1 + random.nextInt(20)), "40=2", "44=" + price, "59=" + (random.nextInt(4) == 0 ? "1" : "3"));
            case 5 -> fields(sender, 'F', seq, "41=F" + random.nextInt(Math.max(orders, 1)), "11=" + clOrdId,
                "55=" + SYMBOL, "54=1", "60=" + now());
            case 6 -> fields(sender, 'G', seq, "41=F" + random.nextInt(Math.max(orders, 1)), "11=" + clOrdId,
                "55=" + SYMBOL, "54=1", "60=" + now(), "38=" + (1 + random.nextInt(20)), "40=2", "44=" + price);
            case 7 -> random.nextBoolean() ? fields(sender, 'q', seq, "11=" + clOrdId, "530=7", "60=" + now()) :
                fields(sender, 'q', seq, "11=" + clOrdId, "530=1", "55=" + SYMBOL, "60=" + now());
            case 8 -> fields(sender, 'x', seq, "320=" + clOrdId, "559=" + (random.nextBoolean() ? "4" : "0"),
                "55=" + SYMBOL);
            case 9 -> fields(sender, '0', seq);
            case 10 -> fields(sender, '1', seq, "112=" + clOrdId);
            case 11 -> fields(sender, '2', seq, "7=" + (1 + random.nextInt(seq)), "16=" + (random.nextBoolean() ? 0 : seq));
            case 12 -> fields(sender, '4', seq, "123=Y", "36=" + (seq + 1));
            default -> fields(sender, '3', seq, "45=" + Math.max(1, seq - 1), "58=fuzz");
        };
    }

    // ------------------------------------------------------------------ mutations

    /** The message framed, then damaged: through its fields (framed correctly again) or its bytes. */
    private byte[] mutated(final List<byte[]> message)
    {
        if (random.nextBoolean())
        {
            final int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++)
            {
                mutateFields(message);
            }
            return frame(message);
        }
        return mutateBytes(frame(message));
    }

    private void mutateFields(final List<byte[]> fields)
    {
        final int at = random.nextInt(fields.size() + 1);
        switch (random.nextInt(14))
        {
            case 0 -> fields.add(at, fields.get(random.nextInt(fields.size()))); // a duplicate tag
            case 1 -> fields.add(at, ascii(pick(STRANGE_TAGS) + "=" + random.nextInt(100)));
            case 2 ->
            {
                final int field = random.nextInt(fields.size());
                if (!survivable || !isSessionTag(tagOf(fields.get(field))))
                {
                    fields.remove(field);
                }
            }
            case 3 ->
            {
                final int field = random.nextInt(fields.size());
                if (!survivable || !isSessionTag(tagOf(fields.get(field))))
                {
                    fields.set(field, ascii(tagOf(fields.get(field)) + "="));
                }
            }
            case 4 -> fields.add(at, ascii(pick(new String[] {"9", "108", "38", "44", "7", "16", "36", "45", "530", "559",
                "95", "212", "354", "90", "93", "123", "43", "141"}) + "=" + pick(EXTREME_NUMBERS)));
            case 5 -> replaceValue(fields, pick(new String[] {survivable ? "38" : "34", "108", "38", "44", "36", "7", "16", "530", "59", "54",
                "40"}), pick(EXTREME_NUMBERS));
            case 6 -> fields.add(at, nonAscii());
            case 7 -> Collections.swap(fields, random.nextInt(fields.size()), random.nextInt(fields.size()));
            case 8 -> replaceValue(fields, survivable ? "60" : "52", pick(STRANGE_TIMES));
            case 9 -> replaceValue(fields, "55", pick(STRANGE_SYMBOLS));
            case 10 -> fields.add(at, dataField());
            case 11 ->
            {
                // more fields than the gateway indexes (512): inside a session, after the header it must read
                final int many = 100 + random.nextInt(600);
                final int where = survivable ? Math.min(Math.max(at, 5), fields.size()) : at;
                for (int i = 0; i < many; i++)
                {
                    fields.add(where, ascii(random.nextBoolean() ? "448=P" + i : "58=x"));
                }
            }
            case 12 -> fields.add(at, ascii("58=" + "t".repeat(random.nextInt(10_000))));
            default -> replaceValue(fields, pick(survivable ? new String[] {"11", "41", "35", "43", "97", "122", "112"} :
                    new String[] {"49", "56", "11", "41", "35", "43", "97", "122"}),
                pick(new String[] {"", "Y", "N", "szlab", "gydc", "GSCX", "audit", "x".repeat(70), "8", "AE", "U1",
                    "20250101-00:00:00"}));
        }
    }

    private byte[] mutateBytes(final byte[] frame)
    {
        // a damaged BeginString, CompID or MsgSeqNum ends a session: inside one, mostly damage what follows them
        final int from = survivable ? afterHeader(frame) : 0;
        final int at = from + random.nextInt(frame.length - from);
        switch (random.nextInt(11))
        {
            case 0 ->
            {
                final int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++)
                {
                    frame[from + random.nextInt(frame.length - from)] ^= (byte)(1 << random.nextInt(8));
                }
                return frame;
            }
            case 1 ->
            {
                return java.util.Arrays.copyOf(frame, at); // truncated: the next frame follows straight on
            }
            case 2 ->
            {
                return replaceBodyLength(frame, pick(new String[] {"99999999999", "-5", "abc", "", "0", "8192", "8175",
                    "2147483648", "-2147483648", "1e3", "۱۲"}));
            }
            case 3 ->
            {
                final int soh = indexOf(frame, SOH, at);
                return soh < 0 ? frame : remove(frame, soh, random.nextBoolean() ? (byte)'|' : -1);
            }
            case 4 ->
            {
                if (survivable)
                {
                    return concat(frame, junk()); // a message, then junk before the next
                }
                final String begin = pick(new String[] {"8=FIX.4.2", "8=FIXT.1.1", "8=fix.4.4", "8=FIX.4.44", "8=", "9=FIX.4.4",
                    "8=FIX.4.4 "});
                return concat(ascii(begin), java.util.Arrays.copyOfRange(frame, 9, frame.length));
            }
            case 5 ->
            {
                final byte[] checksum = ascii(pick(new String[] {"10=000", "10=abc", "10=1234", "10=", "11=000", "10=99"}));
                return concat(java.util.Arrays.copyOf(frame, frame.length - 7), checksum, new byte[] {SOH});
            }
            case 6 ->
            {
                return concat(java.util.Arrays.copyOf(frame, at), nonAscii(), java.util.Arrays.copyOfRange(frame, at,
                    frame.length));
            }
            case 7 ->
            {
                return concat(frame, java.util.Arrays.copyOf(frame, at)); // a frame and the start of itself
            }
            case 8 ->
            {
                // larger than the gateway accepts (8 KiB), or right at the limit
                final int size = pick(new int[] {8192 - 60, 8192 - 41, 8192, 8193, 9000, 20_000, 40_000});
                final List<byte[]> fields = fields(compId, 'D', nextSeq, "11=BIG");
                fields.add(ascii("58=" + "o".repeat(size)));
                return frame(fields);
            }
            case 9 ->
            {
                // a BodyLength promising more than ever comes: what follows is taken for its body
                final int promised = 1 + random.nextInt(random.nextInt(10) == 0 ? 8000 : 300);
                return replaceBodyLength(java.util.Arrays.copyOf(frame, at), String.valueOf(promised));
            }
            default ->
            {
                return junk();
            }
        }
    }

    private byte[] junk()
    {
        final byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        if (random.nextBoolean())
        {
            // junk that starts like a message
            final byte[] begin = ascii("8=FIX.4.4\u00019=");
            System.arraycopy(begin, 0, bytes, 0, Math.min(begin.length, bytes.length));
        }
        return bytes;
    }

    private byte[] nonAscii()
    {
        if (random.nextBoolean())
        {
            return ("58=深圳数据交易所" + (char)(0x80 + random.nextInt(0x7F))).getBytes(StandardCharsets.UTF_8);
        }
        final byte[] bytes = new byte[1 + random.nextInt(40)];
        for (int i = 0; i < bytes.length; i++)
        {
            bytes[i] = (byte)(0x80 + random.nextInt(0x80));
        }
        return random.nextBoolean() ? concat(ascii("58="), bytes) : bytes; // a value, or a whole field of them
    }

    /** A length-prefixed data field whose declared length is right, wrong, negative or huge. */
    private byte[] dataField()
    {
        final String[][] pairs = {{"95", "96"}, {"212", "213"}, {"354", "355"}, {"90", "91"}, {"93", "89"}};
        final String[] pair = pairs[random.nextInt(pairs.length)];
        final byte[] data = ascii("ab\u0001c=d\u0001");
        final String declared = pick(new String[] {String.valueOf(data.length), "0", "-1", "3", "99999", "x", "7"});
        return concat(ascii(pair[0] + "=" + declared + "\u0001" + pair[1] + "="), data);
    }

    // ------------------------------------------------------------------ framing

    private static List<byte[]> fields(final String sender, final char msgType, final int seq, final String... body)
    {
        final List<byte[]> fields = new ArrayList<>();
        fields.add(ascii("35=" + msgType));
        fields.add(ascii("49=" + sender));
        fields.add(ascii("56=GSCX"));
        fields.add(ascii("34=" + seq));
        fields.add(ascii("52=" + now()));
        for (final String field : body)
        {
            fields.add(ascii(field));
        }
        return fields;
    }

    /** {@code 8=FIX.4.4|9=<body length>|<fields>|10=<checksum>|}. */
    static byte[] frame(final List<byte[]> fields)
    {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (final byte[] field : fields)
        {
            body.writeBytes(field);
            body.write(SOH);
        }
        final ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(ascii("8=FIX.4.4\u00019=" + body.size() + "\u0001"));
        message.writeBytes(body.toByteArray());
        int sum = 0;
        for (final byte b : message.toByteArray())
        {
            sum += b;
        }
        message.writeBytes(ascii(String.format("10=%03d\u0001", sum & 0xFF)));
        return message.toByteArray();
    }

    private static List<byte[]> replace(final List<byte[]> fields, final String prefix, final String value)
    {
        replaceValue(fields, prefix.substring(0, prefix.length() - 1), value);
        return fields;
    }

    private static void replaceValue(final List<byte[]> fields, final String tag, final String value)
    {
        for (int i = 0; i < fields.size(); i++)
        {
            if (tagOf(fields.get(i)).equals(tag))
            {
                fields.set(i, (tag + "=" + value).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        fields.add((tag + "=" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** Tags whose loss or damage ends a session (a Logout), not just one message (a Reject). */
    private static boolean isSessionTag(final String tag)
    {
        return tag.equals("34") || tag.equals("49") || tag.equals("56") || tag.equals("52");
    }

    private static String tagOf(final byte[] field)
    {
        final String text = new String(field, StandardCharsets.ISO_8859_1);
        final int equals = text.indexOf('=');
        return equals < 0 ? text : text.substring(0, equals);
    }

    private static byte[] replaceBodyLength(final byte[] frame, final String bodyLength)
    {
        final int start = 12; // after 8=FIX.4.4|9=
        final int end = indexOf(frame, SOH, start);
        if (frame.length < start || end < 0)
        {
            return frame;
        }
        return concat(java.util.Arrays.copyOf(frame, start), bodyLength.getBytes(StandardCharsets.UTF_8),
            java.util.Arrays.copyOfRange(frame, end, frame.length));
    }

    /** Where the fields after SendingTime start (the header fields come first in every template). */
    private static int afterHeader(final byte[] frame)
    {
        final int sendingTime = new String(frame, StandardCharsets.ISO_8859_1).indexOf("\u000152=");
        final int end = sendingTime < 0 ? -1 : indexOf(frame, SOH, sendingTime + 1);
        return end < 0 || end >= frame.length - 1 ? 12 : end + 1;
    }

    private static int indexOf(final byte[] bytes, final byte b, final int from)
    {
        for (int i = from; i < bytes.length; i++)
        {
            if (bytes[i] == b)
            {
                return i;
            }
        }
        return -1;
    }

    private static byte[] remove(final byte[] bytes, final int at, final int replacement)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        if (replacement >= 0)
        {
            out.write(replacement);
        }
        out.write(bytes, at + 1, bytes.length - at - 1);
        return out.toByteArray();
    }

    private static byte[] concat(final byte[]... parts)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts)
        {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private String pick(final String[] choices)
    {
        return choices[random.nextInt(choices.length)];
    }

    private int pick(final int[] choices)
    {
        return choices[random.nextInt(choices.length)];
    }

    private static String now()
    {
        return LocalDateTime.now(ZoneOffset.UTC).format(SENDING_TIME);
    }

    static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
