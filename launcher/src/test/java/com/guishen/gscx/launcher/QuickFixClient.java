package com.guishen.gscx.launcher;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

/**
 * A participant's FIX engine in tests: QuickFIX/J as an initiator, with its FIX 4.4 data dictionary
 * validating everything the gateway sends. Application messages received are queued in order.
 */
final class QuickFixClient implements Application, AutoCloseable
{
    private final String senderCompId;
    private final String password;
    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final SocketInitiator initiator;
    private volatile SessionID sessionId;
    private volatile boolean loggedOn;

    QuickFixClient(final String senderCompId, final String password, final String targetCompId, final int port)
        throws Exception
    {
        this(senderCompId, password, targetCompId, port, null);
    }

    /**
     * @param store where QuickFIX/J keeps its sequence numbers and sent messages across restarts of the client;
     *              null for a client that starts every logon at 1 (ResetOnLogon).
     */
    QuickFixClient(final String senderCompId, final String password, final String targetCompId, final int port,
        final java.nio.file.Path store) throws Exception
    {
        this.senderCompId = senderCompId;
        this.password = password;
        final SessionSettings settings = new SessionSettings();
        final SessionID id = new SessionID("FIX.4.4", senderCompId, targetCompId);
        settings.setString(id, "ConnectionType", "initiator");
        settings.setString(id, "SocketConnectHost", "127.0.0.1");
        settings.setLong(id, "SocketConnectPort", port);
        settings.setLong(id, "HeartBtInt", 30);
        settings.setLong(id, "ReconnectInterval", 1);
        settings.setString(id, "StartTime", "00:00:00");
        settings.setString(id, "EndTime", "00:00:00");
        settings.setString(id, "NonStopSession", "Y");
        settings.setString(id, "UseDataDictionary", "Y");
        settings.setString(id, "DataDictionary", "FIX44.xml");
        // FIX 4.4 defines TrdMatchID (880), but QuickFIX/J's FIX44.xml does not list it for the ExecutionReport
        settings.setString(id, "AllowUnknownMsgFields", "Y");
        settings.setString(id, "ResetOnLogon", store == null ? "Y" : "N");
        if (store != null)
        {
            settings.setString(id, "FileStorePath", store.toString());
        }
        initiator = new SocketInitiator(this, store == null ? new MemoryStoreFactory() : new quickfix.FileStoreFactory(settings),
            settings, new DefaultMessageFactory());
    }

    /** Connects and waits for the gateway's Logon. */
    QuickFixClient logOn() throws Exception
    {
        initiator.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> loggedOn);
        return this;
    }

    void send(final Message message)
    {
        if (!Session.lookupSession(sessionId).send(message))
        {
            throw new IllegalStateException(senderCompId + " could not send " + message);
        }
    }

    /** The next application message, which must be of that type. */
    Message next(final String msgType) throws Exception
    {
        final Message message = received.poll(20, TimeUnit.SECONDS);
        if (message == null)
        {
            throw new AssertionError(senderCompId + ": no message within 20 s, expected MsgType " + msgType);
        }
        final String type = message.getHeader().getString(MsgType.FIELD);
        if (!type.equals(msgType))
        {
            throw new AssertionError(senderCompId + ": expected MsgType " + msgType + ", got " + message);
        }
        return message;
    }

    /** Whether nothing more arrived within a short wait (used after the last expected message). */
    Message poll(final long millis) throws InterruptedException
    {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    void logOut()
    {
        final Session session = Session.lookupSession(sessionId);
        session.logout("done");
        await().atMost(Duration.ofSeconds(20)).until(() -> !loggedOn);
    }

    /** The QuickFIX/J session (its sequence numbers). */
    Session session()
    {
        return Session.lookupSession(sessionId);
    }

    boolean isLoggedOn()
    {
        return loggedOn;
    }

    @Override
    public void close()
    {
        initiator.stop(true);
    }

    @Override
    public void onCreate(final SessionID id)
    {
        this.sessionId = id;
    }

    @Override
    public void onLogon(final SessionID id)
    {
        loggedOn = true;
    }

    @Override
    public void onLogout(final SessionID id)
    {
        loggedOn = false;
    }

    @Override
    public void toAdmin(final Message message, final SessionID id)
    {
        try
        {
            if (message.getHeader().getString(MsgType.FIELD).equals(MsgType.LOGON))
            {
                message.setString(Username.FIELD, senderCompId);
                message.setString(Password.FIELD, password);
            }
        }
        catch (final FieldNotFound ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void fromAdmin(final Message message, final SessionID id)
    {
    }

    @Override
    public void toApp(final Message message, final SessionID id)
    {
    }

    @Override
    public void fromApp(final Message message, final SessionID id)
    {
        received.add(message);
    }
}
