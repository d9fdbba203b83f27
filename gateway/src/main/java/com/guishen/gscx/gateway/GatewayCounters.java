package com.guishen.gscx.gateway;

/**
 * What the gateway has done so far, for progress lines, the admin console and metrics. Written by
 * the gateway thread only; other threads read recent values.
 */
public final class GatewayCounters
{
    private volatile long connectionsOpened;
    private volatile long connectionsClosed;
    private volatile long acceptFailures;
    private volatile long messagesReceived;
    private volatile long garbledMessages;
    private volatile long bytesReceived;
    private volatile long executionReports;
    private volatile long commandsAppended;

    void connectionOpened()
    {
        connectionsOpened++;
    }

    void connectionClosed()
    {
        connectionsClosed++;
    }

    void acceptFailed()
    {
        acceptFailures++;
    }

    void messageReceived()
    {
        messagesReceived++;
    }

    void garbled()
    {
        garbledMessages++;
    }

    void bytesReceived(final int bytes)
    {
        bytesReceived += bytes;
    }

    void executionReportSent()
    {
        executionReports++;
    }

    void commandAppended()
    {
        commandsAppended++;
    }

    /** Connections open now. */
    public long openConnections()
    {
        return connectionsOpened - connectionsClosed;
    }

    public long connectionsOpened()
    {
        return connectionsOpened;
    }

    public long acceptFailures()
    {
        return acceptFailures;
    }

    public long messagesReceived()
    {
        return messagesReceived;
    }

    public long garbledMessages()
    {
        return garbledMessages;
    }

    public long bytesReceived()
    {
        return bytesReceived;
    }

    public long executionReports()
    {
        return executionReports;
    }

    public long commandsAppended()
    {
        return commandsAppended;
    }
}
