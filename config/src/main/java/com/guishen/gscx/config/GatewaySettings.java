package com.guishen.gscx.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * How the FIX 4.4 gateway runs its sessions (section {@code gateway}; the port is
 * {@link PortSettings#fixGateway()}). A participant's session is identified by SenderCompID =
 * its id; drop-copy sessions are read-only sessions of operators and auditors that receive every
 * ExecutionReport.
 *
 * @param compId                 the exchange's CompID (SenderCompID of everything the gateway sends). Default {@value #DEFAULT_COMP_ID}.
 * @param bindAddress            the address the acceptor listens on. Default {@value #DEFAULT_BIND_ADDRESS}.
 * @param logonTimeout           how long a new connection may take to log on before it is closed. Default {@value #DEFAULT_LOGON_TIMEOUT}.
 * @param sendingTimeTolerance   how far SendingTime (52) may be from the gateway's clock. Default {@value #DEFAULT_SENDING_TIME_TOLERANCE}.
 * @param maxMessageSize         the largest FIX message accepted, in bytes. Default {@value #DEFAULT_MAX_MESSAGE_SIZE}.
 * @param resetOnDisconnect      whether sequence numbers restart at 1 when a session disconnects (test venues; production
 *                               sessions keep them). Default false.
 * @param sequenceResetTime      the time of day (China Standard Time) at which a new FIX day starts and sequence numbers
 *                               restart at 1; null = never. Default {@value #DEFAULT_SEQUENCE_RESET_TIME}.
 * @param cancelOnDisconnect     participants whose live orders are all cancelled when their session disconnects.
 * @param dropCopy               read-only drop-copy sessions.
 */
public record GatewaySettings(
    String compId,
    String bindAddress,
    Duration logonTimeout,
    Duration sendingTimeTolerance,
    int maxMessageSize,
    boolean resetOnDisconnect,
    LocalTime sequenceResetTime,
    Set<String> cancelOnDisconnect,
    List<DropCopySession> dropCopy)
{
    public static final String DEFAULT_COMP_ID = "GSCX";
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_LOGON_TIMEOUT = "PT10S";
    public static final String DEFAULT_SENDING_TIME_TOLERANCE = "PT2M";
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 8192;
    public static final String DEFAULT_SEQUENCE_RESET_TIME = "00:00";

    public GatewaySettings
    {
        cancelOnDisconnect = Set.copyOf(cancelOnDisconnect);
        dropCopy = List.copyOf(dropCopy);
    }

    /** Every setting at its default. */
    public static GatewaySettings defaults()
    {
        return new GatewaySettings(DEFAULT_COMP_ID, DEFAULT_BIND_ADDRESS, Duration.parse(DEFAULT_LOGON_TIMEOUT),
            Duration.parse(DEFAULT_SENDING_TIME_TOLERANCE), DEFAULT_MAX_MESSAGE_SIZE, false,
            LocalTime.parse(DEFAULT_SEQUENCE_RESET_TIME), Set.of(), List.of());
    }

    /**
     * A read-only session that receives a copy of every ExecutionReport.
     *
     * @param id             its SenderCompID and Username (553); must differ from every participant id.
     * @param fixCredentials salted hash of its password.
     */
    public record DropCopySession(String id, FixCredentials fixCredentials)
    {
    }
}
