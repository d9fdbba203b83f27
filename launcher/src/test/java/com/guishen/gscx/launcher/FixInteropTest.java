package com.guishen.gscx.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.gateway.FixInitiator;
import com.guishen.gscx.gateway.FixInitiatorReader;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.Group;
import quickfix.field.SecurityDesc;
import quickfix.field.Account;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MassCancelRequestType;
import quickfix.field.MassCancelResponse;
import quickfix.field.MsgType;
import quickfix.field.NoRelatedSym;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReplaceRequest;
import quickfix.fix44.OrderCancelRequest;
import quickfix.fix44.OrderMassCancelRequest;
import quickfix.fix44.SecurityListRequest;

/**
 * QuickFIX/J, an independent FIX engine, trades through the real gateway and engine: new orders,
 * a replace, a fill between a Shenzhen buyer and a Guiyang provider, cancels, a refused cancel, a
 * rejected order, a mass cancel and the security list, every field of every answer checked.
 */
class FixInteropTest
{
    private static final String SYMBOL = "H100.GUIAN.Y2099";
    private static final int TRD_MATCH_ID = 880;

    @TempDir
    Path dataDir;

    private EngineService engine;
    private JournalGatewayLink link;
    private FixGateway gateway;
    private final Set<String> execIds = new HashSet<>();

    @BeforeEach
    void startExchange() throws Exception
    {
        final MarketConfig market = MarketConfigLoader.load(Path.of("src/test/resources/fix-interop.yaml"));
        final DataDirectory directory = new DataDirectory(dataDir).create();
        engine = EngineService.start(directory, market, new JournaledEngine.Settings(100_000, 1 << 16, 1 << 20, false,
            false, JournaledEngine.Settings.DEFAULT_DISK_RESERVE_BYTES), "test");
        link = new JournalGatewayLink(directory);
        gateway = FixGateway.start(market, dataDir.resolve("fix-sessions"), 0, link, link, false);
    }

    @AfterEach
    void stopExchange()
    {
        gateway.close();
        link.close();
        engine.close();
    }

    @Test
    void aQuickFixParticipantTradesThroughTheGateway() throws Exception
    {
        try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", gateway.port()).logOn();
             QuickFixClient provider = new QuickFixClient("gydc", "gydc-secret", "GSCX", gateway.port()).logOn())
        {
            // a bid rests
            buyer.send(limit("B-1", Side.BUY, 10, "16.00"));
            final Message bidNew = buyer.next(MsgType.EXECUTION_REPORT);
            final String bidOrderId = bidNew.getString(OrderID.FIELD);
            expectReport(bidNew, "B-1", null, ExecType.NEW, OrdStatus.NEW, Side.BUY, 10, "16", 10, 0, "0");

            // replaced: quantity down, same price
            final OrderCancelReplaceRequest replace = new OrderCancelReplaceRequest(new OrigClOrdID("B-1"),
                new ClOrdID("B-2"), new Side(Side.BUY), now(), new OrdType(OrdType.LIMIT));
            replace.set(new Symbol(SYMBOL));
            replace.set(new OrderQty(8));
            replace.setDecimal(Price.FIELD, new BigDecimal("16.00"));
            buyer.send(replace);
            final Message replaced = buyer.next(MsgType.EXECUTION_REPORT);
            expectReport(replaced, "B-2", "B-1", ExecType.REPLACED, OrdStatus.NEW, Side.BUY, 8, "16", 8, 0, "0");
            assertEquals(bidOrderId, replaced.getString(OrderID.FIELD));

            // a Guiyang offer crosses it: both sides hear of the trade
            provider.send(limit("S-1", Side.SELL, 5, "15.50"));
            expectReport(provider.next(MsgType.EXECUTION_REPORT), "S-1", null, ExecType.NEW, OrdStatus.NEW, Side.SELL,
                5, "15.5", 5, 0, "0");
            final Message sellFill = provider.next(MsgType.EXECUTION_REPORT);
            expectReport(sellFill, "S-1", null, ExecType.TRADE, OrdStatus.FILLED, Side.SELL, 5, "15.5", 0, 5, "16");
            final Message buyFill = buyer.next(MsgType.EXECUTION_REPORT);
            expectReport(buyFill, "B-2", null, ExecType.TRADE, OrdStatus.PARTIALLY_FILLED, Side.BUY, 8, "16", 3, 5, "16");
            for (final Message fill : new Message[] {sellFill, buyFill})
            {
                assertEquals(5, fill.getInt(LastQty.FIELD));
                assertEquals(0, new BigDecimal("16").compareTo(fill.getDecimal(LastPx.FIELD)), "trades at the resting price");
            }
            assertEquals(sellFill.getString(TRD_MATCH_ID), buyFill.getString(TRD_MATCH_ID), "one trade, one TrdMatchID");

            // the rest of the bid is cancelled
            final OrderCancelRequest cancel = new OrderCancelRequest(new OrigClOrdID("B-2"), new ClOrdID("B-3"),
                new Side(Side.BUY), now());
            cancel.set(new Symbol(SYMBOL));
            buyer.send(cancel);
            expectReport(buyer.next(MsgType.EXECUTION_REPORT), "B-3", "B-2", ExecType.CANCELED, OrdStatus.CANCELED,
                Side.BUY, 8, "16", 0, 5, "16");

            // cancelling it again: refused, the order is gone
            final OrderCancelRequest again = new OrderCancelRequest(new OrigClOrdID("B-2"), new ClOrdID("B-4"),
                new Side(Side.BUY), now());
            again.set(new Symbol(SYMBOL));
            buyer.send(again);
            final Message refused = buyer.next(MsgType.ORDER_CANCEL_REJECT);
            assertEquals("B-4", refused.getString(ClOrdID.FIELD));
            assertEquals("B-2", refused.getString(OrigClOrdID.FIELD));
            assertEquals(CxlRejResponseTo.ORDER_CANCEL_REQUEST, refused.getChar(CxlRejResponseTo.FIELD));
            assertEquals(CxlRejReason.UNKNOWN_ORDER, refused.getInt(CxlRejReason.FIELD));
            assertTrue(refused.getString(Text.FIELD).startsWith("Unknown order"), refused.getString(Text.FIELD));

            // an order for an instrument that is not listed
            final NewOrderSingle unknown = limit("B-5", Side.BUY, 1, "16.00");
            unknown.set(new Symbol("A100.NOWHERE.D20991231"));
            buyer.send(unknown);
            final Message rejected = buyer.next(MsgType.EXECUTION_REPORT);
            assertEquals(ExecType.REJECTED, rejected.getChar(ExecType.FIELD));
            assertEquals(OrdStatus.REJECTED, rejected.getChar(OrdStatus.FIELD));
            assertEquals(OrdRejReason.UNKNOWN_SYMBOL, rejected.getInt(OrdRejReason.FIELD));
            assertEquals("B-5", rejected.getString(ClOrdID.FIELD));
            assertEquals("Unknown symbol", rejected.getString(Text.FIELD));

            // a provider's resting offers go in one mass cancel
            provider.send(limit("S-2", Side.SELL, 4, "17.00"));
            provider.next(MsgType.EXECUTION_REPORT);
            provider.send(limit("S-3", Side.SELL, 6, "17.50"));
            provider.next(MsgType.EXECUTION_REPORT);
            final OrderMassCancelRequest massCancel = new OrderMassCancelRequest(new ClOrdID("S-4"),
                new MassCancelRequestType(MassCancelRequestType.CANCEL_ALL_ORDERS), now());
            provider.send(massCancel);
            final Message report = provider.next(MsgType.ORDER_MASS_CANCEL_REPORT);
            assertEquals(MassCancelResponse.CANCEL_ALL_ORDERS, report.getChar(MassCancelResponse.FIELD));
            expectReport(provider.next(MsgType.EXECUTION_REPORT), "S-2", null, ExecType.CANCELED, OrdStatus.CANCELED,
                Side.SELL, 4, "17", 0, 0, "0");
            final Message lastCancel = provider.next(MsgType.EXECUTION_REPORT);
            expectReport(lastCancel, "S-3", null, ExecType.CANCELED, OrdStatus.CANCELED, Side.SELL, 6, "17.5", 0, 0, "0");
            assertEquals("Mass cancel", lastCancel.getString(Text.FIELD));

            // what is listed, with its compute attributes
            buyer.send(new SecurityListRequest(new SecurityReqID("L-1"),
                new SecurityListRequestType(SecurityListRequestType.ALL_SECURITIES)));
            final Message list = buyer.next(MsgType.SECURITY_LIST);
            assertEquals(1, list.getInt(NoRelatedSym.FIELD));
            final Group instrument = list.getGroup(1, NoRelatedSym.FIELD);
            assertEquals(SYMBOL, instrument.getString(Symbol.FIELD));
            assertTrue(instrument.getString(SecurityDesc.FIELD).startsWith("NVIDIA H100 SXM5 80GB"));

            assertNull(buyer.poll(200), "nothing else for the buyer");
            assertNull(provider.poll(200), "nothing else for the provider");
            buyer.logOut();
            provider.logOut();
            assertFalse(buyer.isLoggedOn());
        }
    }

    @Test
    void theDropCopySeesEveryParticipantsReportsAndCannotTrade() throws Exception
    {
        try (QuickFixClient audit = new QuickFixClient("audit", "audit-secret", "GSCX", gateway.port()).logOn();
             QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", gateway.port()).logOn();
             QuickFixClient provider = new QuickFixClient("gydc", "gydc-secret", "GSCX", gateway.port()).logOn())
        {
            buyer.send(limit("B-1", Side.BUY, 2, "16.00"));
            buyer.next(MsgType.EXECUTION_REPORT);
            final Message copy = audit.next(MsgType.EXECUTION_REPORT);
            assertEquals("szlab", copy.getString(Account.FIELD), "Account names whose order it is");
            assertEquals("B-1", copy.getString(ClOrdID.FIELD));

            // the provider disconnects: cancel-on-disconnect is configured for it, the drop copy sees the cancel
            provider.send(limit("S-1", Side.SELL, 3, "18.00"));
            provider.next(MsgType.EXECUTION_REPORT);
            assertEquals("gydc", audit.next(MsgType.EXECUTION_REPORT).getString(Account.FIELD));
            provider.logOut();
            final Message cancelled = audit.next(MsgType.EXECUTION_REPORT);
            assertEquals("S-1", cancelled.getString(ClOrdID.FIELD));
            assertEquals(ExecType.CANCELED, cancelled.getChar(ExecType.FIELD));
            assertEquals("Mass cancel", cancelled.getString(Text.FIELD));

            audit.send(limit("A-1", Side.BUY, 1, "16.00"));
            final Message refused = audit.next(MsgType.BUSINESS_MESSAGE_REJECT);
            assertEquals("drop-copy sessions are read-only", refused.getString(Text.FIELD));
            assertNull(buyer.poll(200), "the buyer sees none of it");
        }
    }

    @Test
    void aParticipantCannotTouchAnotherParticipantsOrders() throws Exception
    {
        try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", gateway.port()).logOn();
             QuickFixClient provider = new QuickFixClient("gydc", "gydc-secret", "GSCX", gateway.port()).logOn())
        {
            buyer.send(limit("X-1", Side.BUY, 2, "15.00"));
            assertEquals(ExecType.NEW, buyer.next(MsgType.EXECUTION_REPORT).getChar(ExecType.FIELD));

            // the provider names the buyer's ClOrdID: for it, no such order exists
            final OrderCancelRequest cancel = new OrderCancelRequest(new OrigClOrdID("X-1"), new ClOrdID("P-1"),
                new Side(Side.BUY), now());
            cancel.set(new Symbol(SYMBOL));
            provider.send(cancel);
            final Message refused = provider.next(MsgType.ORDER_CANCEL_REJECT);
            assertEquals(CxlRejReason.UNKNOWN_ORDER, refused.getInt(CxlRejReason.FIELD));
            final OrderMassCancelRequest massCancel = new OrderMassCancelRequest(new ClOrdID("P-2"),
                new MassCancelRequestType(MassCancelRequestType.CANCEL_ALL_ORDERS), now());
            provider.send(massCancel);
            provider.next(MsgType.ORDER_MASS_CANCEL_REPORT);

            assertNull(buyer.poll(500), "the buyer's order is untouched and the buyer hears of nothing");
            assertNull(provider.poll(200), "nothing of the buyer's reaches the provider");
        }
    }

    @Test
    void messagesBeyondTheThrottleAreRejectedNotQueued() throws Exception
    {
        try (QuickFixClient buyer = new QuickFixClient("szlab", "szlab-secret", "GSCX", gateway.port()).logOn())
        {
            final int sent = 80; // the test market allows 50 per second per session
            for (int i = 0; i < sent; i++)
            {
                buyer.send(limit("T-" + i, Side.BUY, 1, "15.00"));
            }
            int accepted = 0;
            int throttled = 0;
            for (int i = 0; i < sent; i++)
            {
                final Message answer = buyer.poll(20_000);
                final String type = answer.getHeader().getString(MsgType.FIELD);
                if (type.equals(MsgType.BUSINESS_MESSAGE_REJECT))
                {
                    assertTrue(answer.getString(Text.FIELD).startsWith("Throttle limit exceeded"));
                    throttled++;
                }
                else
                {
                    assertEquals(ExecType.NEW, answer.getChar(ExecType.FIELD));
                    accepted++;
                }
            }
            assertEquals(sent, accepted + throttled, "every message answered once");
            assertTrue(throttled > 0, "a burst of " + sent + " exceeds 50 per second");
            assertNull(buyer.poll(200));
        }
    }

    @Test
    void gscxsOwnInitiatorTradesAndIsToldWhyALogonIsRefused() throws Exception
    {
        final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        final FixInitiator.Listener listener = (msgType, message) ->
        {
            final byte[] execType = {message.charAt(message.indexOf(150))};
            reports.add((char)msgType + ":" + new String(execType, StandardCharsets.US_ASCII) + ":" +
                message.longAt(message.indexOf(14)));
        };
        final IOException refused = assertThrows(IOException.class,
            () -> FixInitiator.logOn("127.0.0.1", gateway.port(), "szlab", "wrong", "GSCX",
                listener));
        assertTrue(refused.getMessage().endsWith("Invalid username or password"), refused.getMessage());

        try (FixInitiator buyer = FixInitiator.logOn("127.0.0.1",
                gateway.port(), "szlab", "szlab-secret", "GSCX", listener);
             FixInitiator provider = FixInitiator.logOn("127.0.0.1",
                gateway.port(), "gydc", "gydc-secret", "GSCX", listener))
        {
            buyer.newOrder("I-1", SYMBOL, (byte)'1', 160_000, 2, (byte)'1');
            assertEquals("8:0:0", reports.poll(20, TimeUnit.SECONDS));
            provider.newOrder("I-2", SYMBOL, (byte)'2', 160_000, 2, (byte)'3');
            final List<String> fills = List.of(
                reports.poll(20, TimeUnit.SECONDS), reports.poll(20, TimeUnit.SECONDS),
                reports.poll(20, TimeUnit.SECONDS));
            assertEquals(List.of("8:0:0", "8:F:2", "8:F:2"), fills.stream().sorted().toList());
            buyer.logOut();
            await().atMost(Duration.ofSeconds(10)).until(() -> !buyer.isOpen());
        }
    }

    @Test
    void sessionsSharingOneReaderThreadEachGetTheirOwnReportsAndBatchesGoOutTogether() throws Exception
    {
        final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        final List<String> disconnects = new java.util.concurrent.CopyOnWriteArrayList<>();
        final class Recorder implements FixInitiator.Listener
        {
            private final String who;

            Recorder(final String who)
            {
                this.who = who;
            }

            @Override
            public void onMessage(final byte msgType, final FixMessageDecoder message)
            {
                final byte[] clOrdId = new byte[message.valueLengthAt(message.indexOf(11))];
                message.copyValue(message.indexOf(11), clOrdId, 0);
                reports.add(who + ":" + (char)message.charAt(message.indexOf(150)) + ":" +
                    new String(clOrdId, StandardCharsets.US_ASCII) + ":" + Thread.currentThread().getName());
            }

            @Override
            public void onDisconnect(final String reason)
            {
                disconnects.add(who + ": " + reason);
            }
        }
        try (FixInitiatorReader reader = new FixInitiatorReader("shared-fix-reader"))
        {
            final IOException refused = assertThrows(IOException.class, () -> FixInitiator.logOn(reader, "127.0.0.1",
                gateway.port(), "szlab", "wrong", "GSCX", new Recorder("refused")));
            assertTrue(refused.getMessage().endsWith("Invalid username or password"), refused.getMessage());

            try (FixInitiator buyer = FixInitiator.logOn(reader, "127.0.0.1", gateway.port(), "szlab", "szlab-secret",
                    "GSCX", new Recorder("buyer"));
                 FixInitiator provider = FixInitiator.logOn(reader, "127.0.0.1", gateway.port(), "gydc", "gydc-secret",
                    "GSCX", new Recorder("provider")))
            {
                buyer.newOrder("S-1", SYMBOL, (byte)'1', 160_000, 2, (byte)'1');
                assertEquals("buyer:0:S-1:shared-fix-reader", reports.poll(20, TimeUnit.SECONDS));
                provider.newOrder("S-2", SYMBOL, (byte)'2', 160_000, 2, (byte)'3');
                final List<String> fills = List.of(
                    reports.poll(20, TimeUnit.SECONDS), reports.poll(20, TimeUnit.SECONDS),
                    reports.poll(20, TimeUnit.SECONDS));
                assertEquals(List.of("buyer:F:S-1:shared-fix-reader", "provider:0:S-2:shared-fix-reader",
                    "provider:F:S-2:shared-fix-reader"), fills.stream().sorted().toList());

                buyer.logOut();
                await().atMost(Duration.ofSeconds(10)).until(() -> !buyer.isOpen());
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> disconnects.contains("buyer: connection closed by the gateway"));
                assertTrue(provider.isOpen(), "the other session on the same reader goes on");
                provider.newOrder("S-3", SYMBOL, (byte)'2', 170_000, 1, (byte)'1');
                assertEquals("provider:0:S-3:shared-fix-reader", reports.poll(20, TimeUnit.SECONDS));

                provider.beginBatch();
                provider.newOrder("S-4", SYMBOL, (byte)'2', 171_000, 1, (byte)'1');
                provider.newOrder("S-5", SYMBOL, (byte)'2', 172_000, 1, (byte)'1');
                assertNull(reports.poll(200, TimeUnit.MILLISECONDS), "a batch is held until it ends");
                provider.endBatch();
                assertEquals("provider:0:S-4:shared-fix-reader", reports.poll(20, TimeUnit.SECONDS));
                assertEquals("provider:0:S-5:shared-fix-reader", reports.poll(20, TimeUnit.SECONDS));
            }
        }
    }

    private void expectReport(final Message report, final String clOrdId, final String origClOrdId, final char execType,
        final char ordStatus, final char side, final long orderQty, final String price, final long leaves, final long cum,
        final String avgPx) throws Exception
    {
        assertEquals(clOrdId, report.getString(ClOrdID.FIELD), "ClOrdID");
        if (origClOrdId == null)
        {
            assertFalse(report.isSetField(OrigClOrdID.FIELD), "no OrigClOrdID");
        }
        else
        {
            assertEquals(origClOrdId, report.getString(OrigClOrdID.FIELD), "OrigClOrdID");
        }
        assertNotEquals("NONE", report.getString(OrderID.FIELD));
        assertTrue(execIds.add(report.getString(ExecID.FIELD)), "ExecIDs are unique");
        assertEquals(execType, report.getChar(ExecType.FIELD), "ExecType");
        assertEquals(ordStatus, report.getChar(OrdStatus.FIELD), "OrdStatus");
        assertEquals(SYMBOL, report.getString(Symbol.FIELD));
        assertEquals(side, report.getChar(Side.FIELD));
        assertEquals(orderQty, report.getInt(OrderQty.FIELD), "OrderQty");
        assertEquals(0, new BigDecimal(price).compareTo(report.getDecimal(Price.FIELD)), "Price");
        assertEquals(leaves, report.getInt(LeavesQty.FIELD), "LeavesQty");
        assertEquals(cum, report.getInt(CumQty.FIELD), "CumQty");
        assertEquals(0, new BigDecimal(avgPx).compareTo(report.getDecimal(AvgPx.FIELD)), "AvgPx");
        assertTrue(report.isSetField(TransactTime.FIELD), "TransactTime");
        assertEquals(execType == ExecType.TRADE, report.isSetField(TRD_MATCH_ID), "TrdMatchID on trades only");
    }

    private static NewOrderSingle limit(final String clOrdId, final char side, final long quantity, final String price)
    {
        final NewOrderSingle order = new NewOrderSingle(new ClOrdID(clOrdId), new Side(side), now(),
            new OrdType(OrdType.LIMIT));
        order.set(new Symbol(SYMBOL));
        order.set(new OrderQty(quantity));
        order.setDecimal(Price.FIELD, new BigDecimal(price)); // QuickFIX/J's Price(double) would go through a double
        order.set(new TimeInForce(TimeInForce.GOOD_TILL_CANCEL));
        return order;
    }

    private static TransactTime now()
    {
        return new TransactTime(LocalDateTime.now(ZoneOffset.UTC));
    }
}
