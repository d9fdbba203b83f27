package com.guishen.gscx.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LeavesQty;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.NewOrderSingle;

/**
 * The peer of {@link GatewayBenchmark}: a QuickFIX/J 2.3.2 acceptor, one FIX 4.4 session per
 * participant, that answers each NewOrderSingle with an ExecutionReport (New) carrying the fields
 * gscx's report carries. QuickFIX/J as it is usually run: {@link SocketAcceptor} (one thread
 * processes every session's messages), the FIX 4.4 data dictionary validating what arrives, an
 * in-memory message store, no message log.
 */
final class QuickFixAcceptor implements Application, AutoCloseable
{
    private final SocketAcceptor acceptor;
    private final int port;
    private final AtomicLong nextOrderId = new AtomicLong(1);

    private QuickFixAcceptor(final String compId, final List<String> clients, final int port) throws ConfigError
    {
        this.port = port;
        final SessionSettings settings = new SessionSettings();
        settings.setString("ConnectionType", "acceptor");
        settings.setLong("SocketAcceptPort", port);
        settings.setString("SocketAcceptAddress", "127.0.0.1");
        settings.setString("SocketTcpNoDelay", "Y");
        settings.setString("StartTime", "00:00:00");
        settings.setString("EndTime", "00:00:00");
        settings.setString("NonStopSession", "Y");
        settings.setString("UseDataDictionary", "Y");
        settings.setString("DataDictionary", "FIX44.xml");
        // the initiator's Logon carries Username/Password, its orders nanosecond timestamps
        settings.setString("ValidateUserDefinedFields", "N");
        settings.setString("AllowUnknownMsgFields", "Y");
        for (final String client : clients)
        {
            settings.setString(new SessionID("FIX.4.4", compId, client), "BeginString", "FIX.4.4");
        }
        acceptor = new SocketAcceptor(this, new MemoryStoreFactory(), settings, new DefaultMessageFactory());
        acceptor.start();
    }

    /** Starts an acceptor for {@code clients} (their CompIDs) on a free loopback port. */
    static QuickFixAcceptor start(final String compId, final List<String> clients)
    {
        try (ServerSocket probe = new ServerSocket(0))
        {
            final int port = probe.getLocalPort();
            probe.close();
            return new QuickFixAcceptor(compId, clients, port);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        catch (final ConfigError ex)
        {
            throw new IllegalStateException("QuickFIX/J acceptor: " + ex.getMessage(), ex);
        }
    }

    int port()
    {
        return port;
    }

    @Override
    public void fromApp(final Message message, final SessionID sessionId) throws FieldNotFound
    {
        if (message instanceof NewOrderSingle order)
        {
            final long orderId = nextOrderId.getAndIncrement();
            final double quantity = order.getOrderQty().getValue();
            final ExecutionReport report = new ExecutionReport(new OrderID(Long.toString(orderId)),
                new ExecID(Long.toString(orderId)), new ExecType(ExecType.NEW), new OrdStatus(OrdStatus.NEW),
                new Side(order.getSide().getValue()), new LeavesQty(quantity), new CumQty(0), new AvgPx(0));
            report.set(new ClOrdID(order.getClOrdID().getValue()));
            report.set(new Symbol(order.getSymbol().getValue()));
            report.set(new OrderQty(quantity));
            report.set(new OrdType(order.getOrdType().getValue()));
            if (order.isSetPrice())
            {
                report.set(new Price(order.getPrice().getValue()));
            }
            report.set(new TransactTime(LocalDateTime.now(ZoneOffset.UTC)));
            Session.lookupSession(sessionId).send(report);
        }
    }

    @Override
    public void onCreate(final SessionID sessionId)
    {
    }

    @Override
    public void onLogon(final SessionID sessionId)
    {
    }

    @Override
    public void onLogout(final SessionID sessionId)
    {
    }

    @Override
    public void toAdmin(final Message message, final SessionID sessionId)
    {
    }

    @Override
    public void fromAdmin(final Message message, final SessionID sessionId)
    {
    }

    @Override
    public void toApp(final Message message, final SessionID sessionId)
    {
    }

    @Override
    public void close()
    {
        acceptor.stop(true);
    }
}
