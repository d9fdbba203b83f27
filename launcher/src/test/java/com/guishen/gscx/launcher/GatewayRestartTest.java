package com.guishen.gscx.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecType;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.PossDupFlag;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;

/**
 * The gateway (with its engine) killed with SIGKILL in the middle of a session: QuickFIX/J clients
 * come back with the sequence numbers they had, and one that was away gets the ExecutionReports it
 * missed, once each, by asking for them (ResendRequest).
 */
class GatewayRestartTest
{
    private static final Pattern LISTENING = Pattern.compile("FIX gateway listening on [^:]+:(\\d+)");
    private static final String SYMBOL = "H100.GUIAN.Y2099";

    @TempDir
    Path dir;

    @Test
    void aKilledGatewayResumesItsSessionsAndResendsWhatWasMissed() throws Exception
    {
        final Path config = Path.of("src/test/resources/fix-interop.yaml").toAbsolutePath();
        final Path data = dir.resolve("data");
        final Path log = dir.resolve("gateway.log");
        EngineProcess gateway = start(config, data, log, 0);
        final int port = port(log, 1);
        try (QuickFixClient provider = new QuickFixClient("gydc", "gydc-secret", "GSCX", port, dir.resolve("provider"))
            .logOn())
        {
            try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", port, dir.resolve("buyer"))
                .logOn())
            {
                buyer.send(order("B-1", Side.BUY, 10));
                assertEquals(ExecType.NEW, buyer.next(MsgType.EXECUTION_REPORT).getChar(ExecType.FIELD));
            } // the buyer logs out; its bid rests

            provider.send(order("S-1", Side.SELL, 4));
            assertEquals(ExecType.NEW, provider.next(MsgType.EXECUTION_REPORT).getChar(ExecType.FIELD));
            assertEquals(ExecType.TRADE, provider.next(MsgType.EXECUTION_REPORT).getChar(ExecType.FIELD));
            final int providerSent = provider.session().getExpectedSenderNum();

            gateway.kill(); // mid-session: the provider is logged on
            gateway = start(config, data, log, port);
            port(log, 2);

            // the provider's QuickFIX/J reconnects by itself and goes on where it was
            await().atMost(Duration.ofSeconds(60)).until(provider::isLoggedOn);
            assertEquals(providerSent + 1, provider.session().getExpectedSenderNum(), "only its Logon was sent");
            provider.send(order("S-2", Side.SELL, 3));
            assertEquals(ExecType.NEW, provider.next(MsgType.EXECUTION_REPORT).getChar(ExecType.FIELD));
            final Message secondSell = provider.next(MsgType.EXECUTION_REPORT);
            assertEquals(ExecType.TRADE, secondSell.getChar(ExecType.FIELD));
            assertEquals(3, secondSell.getInt(CumQty.FIELD));

            // the buyer comes back: its Logon answer shows the gap, it asks, it gets both fills once
            try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", port, dir.resolve("buyer"))
                .logOn())
            {
                final Message firstFill = buyer.next(MsgType.EXECUTION_REPORT);
                assertEquals("B-1", firstFill.getString(ClOrdID.FIELD));
                assertEquals(ExecType.TRADE, firstFill.getChar(ExecType.FIELD));
                assertEquals(4, firstFill.getInt(CumQty.FIELD));
                assertEquals(6, firstFill.getInt(LeavesQty.FIELD));
                assertTrue(firstFill.getHeader().getBoolean(PossDupFlag.FIELD), "a resent message is a possible duplicate");
                final Message secondFill = buyer.next(MsgType.EXECUTION_REPORT);
                assertEquals(ExecType.TRADE, secondFill.getChar(ExecType.FIELD));
                assertEquals(7, secondFill.getInt(CumQty.FIELD));
                assertEquals(3, secondFill.getInt(LeavesQty.FIELD));
                assertNull(buyer.poll(500), "nothing twice");
            }
            assertTrue(provider.isLoggedOn());
            assertEquals(0, EngineProcess.logLines(log, "MsgSeqNum too low"), "no session was refused for its numbers");
        }
        finally
        {
            gateway.close();
        }
    }

    private static EngineProcess start(final Path config, final Path data, final Path log, final int port)
        throws Exception
    {
        return EngineProcess.start(log, "gateway", "--with-engine", "--no-publisher", "--config", config.toString(),
            "--data-dir", data.toString(), "--fix-port", Integer.toString(port));
    }

    /** Waits for the {@code times}-th "listening" line of the log and returns its port. */
    private static int port(final Path log, final int times)
    {
        await().atMost(Duration.ofSeconds(120)).until(() -> EngineProcess.logLines(log, "FIX gateway listening on") >= times);
        try
        {
            int port = -1;
            for (final String line : Files.readAllLines(log))
            {
                final Matcher matcher = LISTENING.matcher(line);
                if (matcher.find())
                {
                    port = Integer.parseInt(matcher.group(1));
                }
            }
            return port;
        }
        catch (final java.io.IOException ex)
        {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static NewOrderSingle order(final String clOrdId, final char side, final long quantity)
    {
        final NewOrderSingle order = new NewOrderSingle(new ClOrdID(clOrdId), new Side(side),
            new TransactTime(LocalDateTime.now(ZoneOffset.UTC)), new OrdType(OrdType.LIMIT));
        order.set(new Symbol(SYMBOL));
        order.set(new OrderQty(quantity));
        order.setDecimal(Price.FIELD, new BigDecimal("16.00"));
        order.set(new TimeInForce(TimeInForce.GOOD_TILL_CANCEL));
        return order;
    }
}
