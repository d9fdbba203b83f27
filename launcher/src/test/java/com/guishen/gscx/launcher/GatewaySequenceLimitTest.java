package com.guishen.gscx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sequence numbers at the end of their range are refused, never wrapped round to negative ones. */
class GatewaySequenceLimitTest
{
    private static final byte[] CLIENT = "szlab".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GATEWAY = "GSCX".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private final FixMessageEncoder encoder = new FixMessageEncoder();

    @Test
    void aSequenceResetToTheLastIntIsRejected() throws Exception
    {
        final MarketConfig market = MarketConfigLoader.load(Path.of("src/test/resources/fix-interop.yaml"));
        final DataDirectory directory = new DataDirectory(dataDir).create();
        try (EngineService engine = EngineService.start(directory, market, new JournaledEngine.Settings(100_000,
                1 << 16, 1 << 20, false, false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "test");
             JournalGatewayLink link = new JournalGatewayLink(directory);
             FixGateway gateway = FixGateway.start(market, dataDir.resolve("fix-sessions"), 0, link, link, false);
             Socket socket = new Socket("127.0.0.1", gateway.port()))
        {
            socket.setSoTimeout(20_000);
            final OutputStream out = socket.getOutputStream();
            final InputStream in = socket.getInputStream();
            final byte[] password = "szlab-secret".getBytes(StandardCharsets.US_ASCII);
            send(out, encoder.begin(buffer, 0, FixMsgType.LOGON).header(CLIENT, GATEWAY, 1, now())
                .putInt(FixTags.ENCRYPT_METHOD, 0).putInt(FixTags.HEART_BT_INT, 30)
                .putChar(FixTags.RESET_SEQ_NUM_FLAG, (byte)'Y').putBytes(FixTags.USERNAME, CLIENT, 0, CLIENT.length)
                .putBytes(FixTags.PASSWORD, password, 0, password.length).finish());
            assertTrue(read(in).contains("\u000135=A\u0001"));

            send(out, encoder.begin(buffer, 0, FixMsgType.SEQUENCE_RESET).header(CLIENT, GATEWAY, 2, now())
                .putInt(FixTags.NEW_SEQ_NO, Integer.MAX_VALUE).finish());
            final String reject = read(in);
            assertTrue(reject.contains("\u000135=3\u0001"), reject);
            assertTrue(reject.contains("\u0001373=5\u0001"), reject);
            assertTrue(reject.contains("\u0001371=36\u0001"), reject);

            // the session goes on at the numbers it had
            final byte[] id = "still-here".getBytes(StandardCharsets.US_ASCII);
            send(out, encoder.begin(buffer, 0, FixMsgType.TEST_REQUEST).header(CLIENT, GATEWAY, 2, now())
                .putBytes(FixTags.TEST_REQ_ID, id, 0, id.length).finish());
            final String heartbeat = read(in);
            assertTrue(heartbeat.contains("\u000135=0\u0001") && heartbeat.contains("\u0001112=still-here\u0001"),
                heartbeat);
            assertEquals(-1, heartbeat.indexOf("35=5"), "no logout");
        }
    }

    private void send(final OutputStream out, final int length) throws Exception
    {
        out.write(buffer.byteArray(), 0, length);
        out.flush();
    }

    /** One message (the gateway sends one at a time here). */
    private static String read(final InputStream in) throws Exception
    {
        final StringBuilder message = new StringBuilder();
        while (!message.toString().matches("(?s).*\u000110=\\d{3}\u0001"))
        {
            final int b = in.read();
            if (b < 0)
            {
                throw new AssertionError("closed after: " + message);
            }
            message.append((char)b);
        }
        return message.toString();
    }

    private static long now()
    {
        return System.currentTimeMillis() * 1_000_000L;
    }
}
