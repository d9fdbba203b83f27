package com.guishen.gscx.gateway.fix;

/**
 * The FIX 4.4 MsgType (35) values the gateway handles, as the byte of a one-character MsgType
 * (every one it handles has one character).
 */
public final class FixMsgType
{
    public static final byte HEARTBEAT = '0';
    public static final byte TEST_REQUEST = '1';
    public static final byte RESEND_REQUEST = '2';
    public static final byte REJECT = '3';
    public static final byte SEQUENCE_RESET = '4';
    public static final byte LOGOUT = '5';
    public static final byte EXECUTION_REPORT = '8';
    public static final byte ORDER_CANCEL_REJECT = '9';
    public static final byte LOGON = 'A';
    public static final byte NEW_ORDER_SINGLE = 'D';
    public static final byte ORDER_CANCEL_REQUEST = 'F';
    public static final byte ORDER_CANCEL_REPLACE_REQUEST = 'G';
    public static final byte BUSINESS_MESSAGE_REJECT = 'j';
    public static final byte ORDER_MASS_CANCEL_REQUEST = 'q';
    public static final byte ORDER_MASS_CANCEL_REPORT = 'r';
    public static final byte SECURITY_LIST_REQUEST = 'x';
    public static final byte SECURITY_LIST = 'y';

    private FixMsgType()
    {
    }

    /** True for the session-level (administrative) message types of FIX 4.4. */
    public static boolean isAdministrative(final byte msgType)
    {
        return msgType == HEARTBEAT || msgType == TEST_REQUEST || msgType == RESEND_REQUEST || msgType == REJECT ||
            msgType == SEQUENCE_RESET || msgType == LOGOUT || msgType == LOGON;
    }
}
