package com.guishen.gscx.gateway;

import com.guishen.gscx.config.GatewaySettings;
import com.guishen.gscx.gateway.fix.FixDictionary;
import com.guishen.gscx.gateway.fix.FixFieldProblem;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMessageEncoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import com.guishen.gscx.gateway.fix.UtcTimestamp;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The FIX 4.4 session layer (FIX Transport, volume 2): Logon, sequence numbers, heartbeats and
 * test requests, resend requests with gap fills, sequence resets, session-level Rejects and
 * Logout. What passes is handed to the {@link SessionApplication}.
 */
final class SessionLayer
{
    /** How long a Logout we sent waits for the counterparty's before the connection is closed. */
    static final long LOGOUT_REPLY_TIMEOUT_MS = 2_000;
    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
    /** MsgSeqNums stop below this, so that the next expected one always fits an int. */
    static final int MAX_SEQ_NUM = Integer.MAX_VALUE;

    // SessionRejectReason (373)
    private static final int INVALID_TAG_NUMBER = 0;
    private static final int REQUIRED_TAG_MISSING = 1;
    private static final int TAG_NOT_DEFINED_FOR_MESSAGE_TYPE = 2;
    private static final int TAG_WITHOUT_VALUE = 4;
    private static final int VALUE_OUT_OF_RANGE = 5;
    private static final int INCORRECT_DATA_FORMAT = 6;
    private static final int COMP_ID_PROBLEM = 9;
    private static final int SENDING_TIME_ACCURACY = 10;
    private static final int INVALID_MSG_TYPE = 11;
    private static final int TAG_APPEARS_MORE_THAN_ONCE = 13;
    private static final int OTHER = 99;

    /** Tags that may repeat: the Parties group of order entry messages. */
    private static final int[] GROUP_TAGS = {448, 447, 452, 802, 523, 803};
    private static final int[] NUMERIC_TAGS = {FixTags.BEGIN_SEQ_NO, FixTags.END_SEQ_NO, FixTags.NEW_SEQ_NO,
        FixTags.REF_SEQ_NUM, FixTags.HEART_BT_INT};
    private static final int[] FLAG_TAGS = {FixTags.POSS_DUP_FLAG, FixTags.POSS_RESEND, FixTags.GAP_FILL_FLAG,
        FixTags.RESET_SEQ_NUM_FLAG};
    private static final byte[] TEST_REQ_ID = "TEST".getBytes(StandardCharsets.US_ASCII);

    private final List<FixSession> sessions;
    private final byte[] exchangeCompId;
    private final GatewaySettings settings;
    private final SessionApplication application;
    private final CredentialCheck credentialCheck;
    private final FixMessageDecoder decoder;
    private final FixMessageDecoder resendDecoder;
    private final FixMessageEncoder encoder = new FixMessageEncoder();
    private final UnsafeBuffer scratch;
    private final long sendingTimeToleranceNanos;

    SessionLayer(final List<FixSession> sessions, final GatewaySettings settings, final SessionApplication application,
        final CredentialCheck credentialCheck, final int maxMessageLength)
    {
        this.sessions = sessions;
        this.exchangeCompId = settings.compId().getBytes(StandardCharsets.US_ASCII);
        this.settings = settings;
        this.application = application;
        this.credentialCheck = credentialCheck;
        this.decoder = new FixMessageDecoder(512);
        this.resendDecoder = new FixMessageDecoder(512);
        this.scratch = new UnsafeBuffer(ByteBuffer.allocateDirect(maxMessageLength + 256));
        this.sendingTimeToleranceNanos = settings.sendingTimeTolerance().toNanos();
    }

    /** A message whose BeginString is not FIX.4.4. */
    void onIncorrectBeginString(final FixConnection connection, final long nowMs)
    {
        final FixSession session = connection.session();
        if (session == null)
        {
            connection.startClosing("first message has an incorrect BeginString", nowMs);
            return;
        }
        logoutAndClose(session, "Incorrect BeginString", nowMs);
    }

    /** Garbled input (bad BodyLength or CheckSum): ignored on a session, the end of a connection that has not logged on. */
    void onGarbled(final FixConnection connection, final String reason, final long nowMs)
    {
        if (connection.session() == null)
        {
            connection.startClosing("garbled input before Logon: " + reason, nowMs);
        }
    }

    /** One framed message. */
    void onMessage(final FixConnection connection, final DirectBuffer buffer, final int offset, final int length,
        final long nowMs)
    {
        decoder.wrap(buffer, offset, length);
        if (!decoder.headerInOrder())
        {
            onGarbled(connection, "BeginString, BodyLength, MsgType are not the first three fields", nowMs);
            return; // garbled: ignored, MsgSeqNum not consumed
        }
        final int typeField = decoder.indexOf(FixTags.MSG_TYPE);
        final byte msgType = decoder.valueLengthAt(typeField) == 1 ? decoder.charAt(typeField) : 0;
        final FixSession session = connection.session();
        if (session == null)
        {
            onFirstMessage(connection, msgType, nowMs);
            return;
        }
        session.received(nowMs);
        if (!compIdsMatch(session))
        {
            reject(session, msgType, decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM)), COMP_ID_PROBLEM,
                FixTags.SENDER_COMP_ID, "CompID problem");
            logoutAndClose(session, "CompID problem", nowMs);
            return;
        }
        final int seq = decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM));
        if (seq == FixMessageDecoder.MALFORMED_INT || decoder.indexOf(FixTags.MSG_SEQ_NUM) < 0)
        {
            logoutAndClose(session, "MsgSeqNum (34) is missing or not a number", nowMs);
            return;
        }
        if (seq >= MAX_SEQ_NUM)
        {
            logoutAndClose(session, "MsgSeqNum (34) out of range: " + seq, nowMs);
            return;
        }
        final boolean possDup = decoder.charAt(decoder.indexOf(FixTags.POSS_DUP_FLAG)) == 'Y';
        if (msgType == FixMsgType.LOGON && decoder.charAt(decoder.indexOf(FixTags.RESET_SEQ_NUM_FLAG)) == 'Y')
        {
            onResetLogon(session, seq, nowMs);
            return;
        }
        if (msgType == FixMsgType.SEQUENCE_RESET && decoder.charAt(decoder.indexOf(FixTags.GAP_FILL_FLAG)) != 'Y')
        {
            onSequenceReset(session, seq);
            return;
        }
        final int expected = session.nextTargetSeq();
        if (msgType == FixMsgType.LOGOUT && seq != expected)
        {
            // a Logout ends the session whatever its MsgSeqNum: a gap cannot be filled any more
            onLogout(session, nowMs);
            return;
        }
        if (seq < expected)
        {
            if (!possDup)
            {
                logoutAndClose(session, "MsgSeqNum too low, expecting " + expected + " but received " + seq, nowMs);
            }
            return; // a possible duplicate already processed
        }
        if (seq > expected)
        {
            if (msgType == FixMsgType.RESEND_REQUEST && validate(session, FixDictionary.typeIndex(msgType), seq, nowMs))
            {
                onResendRequest(session);
            }
            if (session.resendRequestedUpTo() != expected)
            {
                sendResendRequest(session, expected);
            }
            return; // the counterparty resends it with everything after the gap
        }
        session.nextTargetSeq(seq + 1);
        final int typeIndex = FixDictionary.typeIndex(msgType);
        if (!validate(session, typeIndex, seq, nowMs))
        {
            return;
        }
        switch (msgType)
        {
            case FixMsgType.HEARTBEAT, FixMsgType.REJECT ->
            {
                // nothing to do: receiving it already counts as a sign of life
            }
            case FixMsgType.TEST_REQUEST -> sendHeartbeat(session, decoder.indexOf(FixTags.TEST_REQ_ID));
            case FixMsgType.RESEND_REQUEST -> onResendRequest(session);
            case FixMsgType.SEQUENCE_RESET -> onGapFill(session, seq);
            case FixMsgType.LOGOUT -> onLogout(session, nowMs);
            case FixMsgType.LOGON -> logoutAndClose(session, "Logon received on a session already logged on", nowMs);
            default -> application.onApplicationMessage(session, msgType, decoder, nowMs);
        }
    }

    private boolean compIdsMatch(final FixSession session)
    {
        return decoder.valueEquals(decoder.indexOf(FixTags.SENDER_COMP_ID), session.compId()) &&
            decoder.valueEquals(decoder.indexOf(FixTags.TARGET_COMP_ID), exchangeCompId);
    }

    // ---------------------------------------------------------------- Logon

    private void onFirstMessage(final FixConnection connection, final byte msgType, final long nowMs)
    {
        if (msgType != FixMsgType.LOGON)
        {
            refuse(connection, null, "First message is not a Logon", nowMs);
            return;
        }
        final FixSession session = sessionNamed(decoder.indexOf(FixTags.SENDER_COMP_ID));
        if (session == null)
        {
            refuse(connection, null, "Unknown SenderCompID", nowMs);
            return;
        }
        if (!decoder.valueEquals(decoder.indexOf(FixTags.TARGET_COMP_ID), exchangeCompId))
        {
            refuse(connection, session, "Invalid Logon message: TargetCompID must be " + settings.compId(), nowMs);
            return;
        }
        if (session.isLoggedOn())
        {
            refuse(connection, null, "Session " + session.id() + " is already logged on", nowMs);
            return;
        }
        final int heartbeatField = decoder.indexOf(FixTags.HEART_BT_INT);
        final int heartbeat = decoder.intAt(heartbeatField);
        final int seq = decoder.intAt(decoder.indexOf(FixTags.MSG_SEQ_NUM));
        final String problem;
        if (heartbeatField < 0)
        {
            problem = "Invalid Logon message: HeartBtInt (108) is required";
        }
        else if (heartbeat == FixMessageDecoder.MALFORMED_INT)
        {
            problem = "Invalid Logon message: HeartBtInt (108) is not a number";
        }
        else if (heartbeat < 0)
        {
            problem = "HeartBtInt must not be negative";
        }
        else if (!sendingTimeAccurate(nowMs))
        {
            problem = "Invalid Logon message: SendingTime accuracy problem, field=52";
        }
        else if (seq == FixMessageDecoder.MALFORMED_INT || seq < 1 || seq >= MAX_SEQ_NUM)
        {
            problem = "Invalid Logon message: MsgSeqNum (34) is missing or not a positive number";
        }
        else if (decoder.indexOf(FixTags.ENCRYPT_METHOD) >= 0 && decoder.intAt(decoder.indexOf(FixTags.ENCRYPT_METHOD)) != 0)
        {
            problem = "Invalid Logon message: EncryptMethod (98) must be 0, gscx does not encrypt";
        }
        else if (decoder.indexOf(FixTags.PASSWORD) < 0)
        {
            problem = "Invalid Logon message: Username (553) and Password (554) are required";
        }
        else if (decoder.indexOf(FixTags.USERNAME) >= 0 &&
            !decoder.valueEquals(decoder.indexOf(FixTags.USERNAME), session.compId()))
        {
            problem = "Invalid username or password";
        }
        else
        {
            problem = null;
        }
        if (problem != null)
        {
            refuse(connection, session, problem, nowMs);
            return;
        }
        final int passwordField = decoder.indexOf(FixTags.PASSWORD);
        final byte[] password = new byte[decoder.valueLengthAt(passwordField)];
        decoder.copyValue(passwordField, password, 0);
        connection.pendingLogon(new PendingLogon(session,
            credentialCheck.check(session.id(), session.credentials(), password), heartbeat,
            decoder.charAt(decoder.indexOf(FixTags.RESET_SEQ_NUM_FLAG)) == 'Y', seq));
    }

    /** Finishes a Logon whose password check has answered; false while it has not. */
    boolean completeLogon(final FixConnection connection, final long nowMs)
    {
        final PendingLogon logon = connection.pendingLogon();
        if (!logon.passwordMatches().isDone())
        {
            return false;
        }
        connection.pendingLogon(null);
        final FixSession session = logon.session();
        boolean matches;
        try
        {
            matches = logon.passwordMatches().get();
        }
        catch (final InterruptedException | ExecutionException ex)
        {
            matches = false;
        }
        if (!matches)
        {
            refuse(connection, session, "Invalid username or password", nowMs);
            return true;
        }
        if (session.isLoggedOn())
        {
            refuse(connection, null, "Session " + session.id() + " is already logged on", nowMs);
            return true;
        }
        startNewDayIfDue(session, nowMs);
        if (logon.resetSeqNum())
        {
            session.resetSequenceNumbers();
        }
        final int expected = session.nextTargetSeq();
        if (logon.msgSeqNum() < expected)
        {
            refuse(connection, session, "MsgSeqNum too low, expecting " + expected + " but received " + logon.msgSeqNum(),
                nowMs);
            return true;
        }
        session.logOn(connection, logon.heartbeatSeconds() * 1000L, nowMs);
        final FixMessageEncoder reply = session.begin(FixMsgType.LOGON)
            .putInt(FixTags.ENCRYPT_METHOD, 0)
            .putInt(FixTags.HEART_BT_INT, logon.heartbeatSeconds());
        if (logon.resetSeqNum())
        {
            reply.putChar(FixTags.RESET_SEQ_NUM_FLAG, (byte)'Y');
        }
        session.send(false, 0);
        if (logon.msgSeqNum() > expected)
        {
            sendResendRequest(session, expected);
        }
        else
        {
            session.nextTargetSeq(expected + 1);
        }
        return true;
    }

    /** A Logon with ResetSeqNumFlag=Y on a session already logged on: both sides start again at 1. */
    private void onResetLogon(final FixSession session, final int seq, final long nowMs)
    {
        if (seq != 1)
        {
            logoutAndClose(session, "Logon with ResetSeqNumFlag must have MsgSeqNum 1, received " + seq, nowMs);
            return;
        }
        session.resetSequenceNumbers();
        session.nextTargetSeq(2);
        final int heartbeat = decoder.intAt(decoder.indexOf(FixTags.HEART_BT_INT));
        session.begin(FixMsgType.LOGON)
            .putInt(FixTags.ENCRYPT_METHOD, 0)
            .putInt(FixTags.HEART_BT_INT, Math.max(heartbeat, 0))
            .putChar(FixTags.RESET_SEQ_NUM_FLAG, (byte)'Y');
        session.send(false, 0);
    }

    private void startNewDayIfDue(final FixSession session, final long nowMs)
    {
        if (settings.sequenceResetTime() == null)
        {
            return;
        }
        // The FIX day starts at sequenceResetTime (China Standard Time): count days from that instant.
        final long shifted = Instant.ofEpochMilli(nowMs).atOffset(CHINA_STANDARD_TIME)
            .minusNanos(settings.sequenceResetTime().toNanoOfDay()).toLocalDate().toEpochDay();
        final long day = session.state().day();
        if (day != shifted)
        {
            if (day != Long.MIN_VALUE)
            {
                session.resetSequenceNumbers();
            }
            session.state().day(shifted);
        }
    }

    /** Refuses a connection: a Logout with the reason (numbered by the session if there is one), then close. */
    private void refuse(final FixConnection connection, final FixSession session, final String reason, final long nowMs)
    {
        final byte[] text = reason.getBytes(StandardCharsets.US_ASCII);
        if (session != null)
        {
            session.begin(FixMsgType.LOGOUT).putBytes(FixTags.TEXT, text, 0, text.length);
            session.sendUnnumberedTo(connection);
        }
        else
        {
            final int senderField = decoder.indexOf(FixTags.SENDER_COMP_ID);
            encoder.begin(scratch, 0, FixMsgType.LOGOUT).putBytes(FixTags.SENDER_COMP_ID, exchangeCompId, 0,
                exchangeCompId.length);
            if (senderField >= 0 && decoder.valueLengthAt(senderField) > 0)
            {
                encoder.putBytes(FixTags.TARGET_COMP_ID, decoder.buffer(), decoder.valueOffsetAt(senderField),
                    Math.min(decoder.valueLengthAt(senderField), 64));
            }
            encoder.putInt(FixTags.MSG_SEQ_NUM, 1).putTimestampNanos(FixTags.SENDING_TIME, nowMs * 1_000_000L)
                .putBytes(FixTags.TEXT, text, 0, text.length);
            connection.send(scratch, 0, encoder.finish());
        }
        connection.startClosing(reason, nowMs);
    }

    private FixSession sessionNamed(final int senderField)
    {
        if (senderField < 0)
        {
            return null;
        }
        for (int i = 0; i < sessions.size(); i++)
        {
            final FixSession session = sessions.get(i);
            if (decoder.valueEquals(senderField, session.compId()))
            {
                return session;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- validation

    /** Session-level checks of a message in sequence; false after a Reject (or Logout) was sent. */
    private boolean validate(final FixSession session, final int typeIndex, final int seq, final long nowMs)
    {
        final byte msgType = decoder.valueLengthAt(decoder.indexOf(FixTags.MSG_TYPE)) == 1 ?
            decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE)) : 0;
        for (int i = 0; i < decoder.fieldCount(); i++)
        {
            final int tag = decoder.tagAt(i);
            if (tag == FixMessageDecoder.TAG_NOT_NUMERIC || !FixDictionary.isValidTag(tag))
            {
                rejectField(session, seq, i, INVALID_TAG_NUMBER, "Invalid tag number");
                return false;
            }
            if (typeIndex >= 0 && !FixDictionary.isAllowed(typeIndex, tag))
            {
                rejectField(session, seq, i, TAG_NOT_DEFINED_FOR_MESSAGE_TYPE, "Tag not defined for this message type");
                return false;
            }
            if (decoder.valueLengthAt(i) == 0)
            {
                rejectField(session, seq, i, TAG_WITHOUT_VALUE, "Tag specified without a value");
                return false;
            }
        }
        if (decoder.problem() == FixFieldProblem.DUPLICATE_TAG && !isGroupTag(decoder.tagAt(decoder.problemIndex())))
        {
            rejectField(session, seq, decoder.problemIndex(), TAG_APPEARS_MORE_THAN_ONCE, "Tag appears more than once");
            return false;
        }
        if (decoder.problem() == FixFieldProblem.BAD_DATA_LENGTH || decoder.problem() == FixFieldProblem.TOO_MANY_FIELDS)
        {
            reject(session, msgType, seq, decoder.problem() == FixFieldProblem.BAD_DATA_LENGTH ? INCORRECT_DATA_FORMAT : OTHER,
                decoder.tagAt(decoder.problemIndex()), decoder.problem() == FixFieldProblem.BAD_DATA_LENGTH ?
                    "Incorrect data format for value" : "Too many fields");
            return false;
        }
        if (typeIndex < 0)
        {
            reject(session, msgType, seq, INVALID_MSG_TYPE, FixTags.MSG_TYPE, "Invalid MsgType");
            return false;
        }
        final int sendingTimeField = decoder.indexOf(FixTags.SENDING_TIME);
        if (sendingTimeField < 0)
        {
            reject(session, msgType, seq, REQUIRED_TAG_MISSING, FixTags.SENDING_TIME, "Required tag missing");
            return false;
        }
        if (decoder.timestampNanosAt(sendingTimeField) == UtcTimestamp.MALFORMED)
        {
            reject(session, msgType, seq, INCORRECT_DATA_FORMAT, FixTags.SENDING_TIME, "Incorrect data format for value");
            return false;
        }
        if (!sendingTimeAccurate(nowMs))
        {
            reject(session, msgType, seq, SENDING_TIME_ACCURACY, FixTags.SENDING_TIME, "SendingTime accuracy problem");
            logoutAndClose(session, "SendingTime accuracy problem, field=52", nowMs);
            return false;
        }
        if (decoder.charAt(decoder.indexOf(FixTags.POSS_DUP_FLAG)) == 'Y')
        {
            final int origField = decoder.indexOf(FixTags.ORIG_SENDING_TIME);
            if (origField < 0)
            {
                reject(session, msgType, seq, REQUIRED_TAG_MISSING, FixTags.ORIG_SENDING_TIME, "Required tag missing");
                return false;
            }
            if (decoder.timestampNanosAt(origField) > decoder.timestampNanosAt(sendingTimeField))
            {
                reject(session, msgType, seq, SENDING_TIME_ACCURACY, FixTags.ORIG_SENDING_TIME,
                    "SendingTime accuracy problem");
                return false;
            }
        }
        for (final int tag : FixDictionary.required(typeIndex))
        {
            if (decoder.indexOf(tag) < 0)
            {
                reject(session, msgType, seq, REQUIRED_TAG_MISSING, tag, "Required tag missing");
                return false;
            }
        }
        if (!FixDictionary.isAcceptedType(typeIndex))
        {
            reject(session, msgType, seq, INVALID_MSG_TYPE, FixTags.MSG_TYPE, "Invalid MsgType");
            return false;
        }
        return validateValues(session, msgType, seq);
    }

    /** Data formats and ranges of the session-level fields. */
    private boolean validateValues(final FixSession session, final byte msgType, final int seq)
    {
        for (final int tag : NUMERIC_TAGS)
        {
            final int field = decoder.indexOf(tag);
            if (field >= 0 && decoder.intAt(field) == FixMessageDecoder.MALFORMED_INT)
            {
                reject(session, msgType, seq, INCORRECT_DATA_FORMAT, tag, "Incorrect data format for value");
                return false;
            }
        }
        for (final int tag : FLAG_TAGS)
        {
            final int field = decoder.indexOf(tag);
            if (field >= 0 && (decoder.valueLengthAt(field) != 1 ||
                (decoder.charAt(field) != 'Y' && decoder.charAt(field) != 'N')))
            {
                reject(session, msgType, seq, VALUE_OUT_OF_RANGE, tag, "Value is incorrect (out of range) for this tag");
                return false;
            }
        }
        if (msgType == FixMsgType.RESEND_REQUEST && (decoder.intAt(decoder.indexOf(FixTags.BEGIN_SEQ_NO)) < 1 ||
            decoder.intAt(decoder.indexOf(FixTags.END_SEQ_NO)) < 0))
        {
            reject(session, msgType, seq, VALUE_OUT_OF_RANGE, FixTags.BEGIN_SEQ_NO,
                "Value is incorrect (out of range) for this tag");
            return false;
        }
        return true;
    }

    private static boolean isGroupTag(final int tag)
    {
        for (final int groupTag : GROUP_TAGS)
        {
            if (groupTag == tag)
            {
                return true;
            }
        }
        return false;
    }

    private boolean sendingTimeAccurate(final long nowMs)
    {
        final long sendingTime = decoder.timestampNanosAt(decoder.indexOf(FixTags.SENDING_TIME));
        return sendingTime != UtcTimestamp.MALFORMED &&
            Math.abs(sendingTime - nowMs * 1_000_000L) <= sendingTimeToleranceNanos;
    }

    // ---------------------------------------------------------------- administrative messages

    private void onSequenceReset(final FixSession session, final int seq)
    {
        final int newSeqField = decoder.indexOf(FixTags.NEW_SEQ_NO);
        final int newSeq = decoder.intAt(newSeqField);
        if (newSeqField < 0)
        {
            reject(session, FixMsgType.SEQUENCE_RESET, seq, REQUIRED_TAG_MISSING, FixTags.NEW_SEQ_NO, "Required tag missing");
            return;
        }
        if (newSeq == FixMessageDecoder.MALFORMED_INT)
        {
            reject(session, FixMsgType.SEQUENCE_RESET, seq, INCORRECT_DATA_FORMAT, FixTags.NEW_SEQ_NO,
                "Incorrect data format for value");
            return;
        }
        if (newSeq < session.nextTargetSeq() || newSeq >= MAX_SEQ_NUM)
        {
            reject(session, FixMsgType.SEQUENCE_RESET, seq, VALUE_OUT_OF_RANGE, FixTags.NEW_SEQ_NO,
                "Value is incorrect (out of range) for this tag");
            return;
        }
        session.nextTargetSeq(newSeq);
    }

    private void onGapFill(final FixSession session, final int seq)
    {
        final int newSeq = decoder.intAt(decoder.indexOf(FixTags.NEW_SEQ_NO));
        if (newSeq <= seq || newSeq >= MAX_SEQ_NUM)
        {
            reject(session, FixMsgType.SEQUENCE_RESET, seq, VALUE_OUT_OF_RANGE, FixTags.NEW_SEQ_NO,
                "Value is incorrect (out of range) for this tag");
            return;
        }
        session.nextTargetSeq(newSeq);
    }

    private void onLogout(final FixSession session, final long nowMs)
    {
        final FixConnection connection = session.connection();
        if (session.logoutSentMs() == 0)
        {
            session.sendLogout(null, nowMs);
        }
        connection.startClosing("Logout", nowMs + LOGOUT_REPLY_TIMEOUT_MS);
    }

    /** Sends a Logout with the reason and closes once the counterparty answered or the timeout passed. */
    void logoutAndClose(final FixSession session, final String reason, final long nowMs)
    {
        final FixConnection connection = session.connection();
        if (session.logoutSentMs() == 0)
        {
            session.sendLogout(reason, nowMs);
        }
        connection.startClosing(reason, nowMs + LOGOUT_REPLY_TIMEOUT_MS);
    }

    private void sendHeartbeat(final FixSession session, final int testReqIdField)
    {
        final FixMessageEncoder heartbeat = session.begin(FixMsgType.HEARTBEAT);
        if (testReqIdField >= 0)
        {
            heartbeat.putBytes(FixTags.TEST_REQ_ID, decoder.buffer(), decoder.valueOffsetAt(testReqIdField),
                decoder.valueLengthAt(testReqIdField));
        }
        session.send(false, 0);
    }

    private void sendResendRequest(final FixSession session, final int from)
    {
        session.begin(FixMsgType.RESEND_REQUEST).putInt(FixTags.BEGIN_SEQ_NO, from).putInt(FixTags.END_SEQ_NO, 0);
        session.send(false, 0);
        session.resendRequestedUpTo(from);
    }

    /** Resends stored application messages of the requested range; administrative ones become gap fills. */
    private void onResendRequest(final FixSession session)
    {
        final int lastSent = session.nextSenderSeq() - 1;
        final int begin = decoder.intAt(decoder.indexOf(FixTags.BEGIN_SEQ_NO));
        final int requestedEnd = decoder.intAt(decoder.indexOf(FixTags.END_SEQ_NO));
        final int end = requestedEnd == 0 || requestedEnd > lastSent ? lastSent : requestedEnd;
        final SentMessageLog sent = session.sentMessages();
        int gapStart = 0;
        for (int seq = begin; seq <= end; seq++)
        {
            final int length = sent.read(seq, session.resendScratch());
            if (length == 0)
            {
                if (gapStart == 0)
                {
                    gapStart = seq;
                }
                continue;
            }
            if (gapStart != 0)
            {
                sendGapFill(session, gapStart, seq);
                gapStart = 0;
            }
            resend(session, length);
        }
        if (gapStart != 0)
        {
            sendGapFill(session, gapStart, end + 1);
        }
    }

    private void sendGapFill(final FixSession session, final int seq, final int newSeq)
    {
        final long now = System.currentTimeMillis() * 1_000_000L;
        encoder.begin(scratch, 0, FixMsgType.SEQUENCE_RESET)
            .putBytes(FixTags.SENDER_COMP_ID, exchangeCompId, 0, exchangeCompId.length)
            .putBytes(FixTags.TARGET_COMP_ID, session.compId(), 0, session.compId().length)
            .putInt(FixTags.MSG_SEQ_NUM, seq)
            .putChar(FixTags.POSS_DUP_FLAG, (byte)'Y')
            .putTimestampNanos(FixTags.SENDING_TIME, now)
            .putTimestampNanos(FixTags.ORIG_SENDING_TIME, now)
            .putChar(FixTags.GAP_FILL_FLAG, (byte)'Y')
            .putInt(FixTags.NEW_SEQ_NO, newSeq);
        session.write(scratch, encoder.finish());
    }

    /** Writes a stored message again with PossDupFlag=Y, OrigSendingTime and a new SendingTime. */
    private void resend(final FixSession session, final int length)
    {
        final UnsafeBuffer stored = session.resendScratch();
        resendDecoder.wrap(stored, 0, length);
        final int typeField = resendDecoder.indexOf(FixTags.MSG_TYPE);
        final int sendingTimeField = resendDecoder.indexOf(FixTags.SENDING_TIME);
        final int bodyStart = sendingTimeField + 1;
        final int checkSumField = resendDecoder.indexOf(FixTags.CHECK_SUM);
        encoder.begin(scratch, 0, resendDecoder.charAt(typeField))
            .putBytes(FixTags.SENDER_COMP_ID, exchangeCompId, 0, exchangeCompId.length)
            .putBytes(FixTags.TARGET_COMP_ID, session.compId(), 0, session.compId().length)
            .putInt(FixTags.MSG_SEQ_NUM, resendDecoder.intAt(resendDecoder.indexOf(FixTags.MSG_SEQ_NUM)))
            .putChar(FixTags.POSS_DUP_FLAG, (byte)'Y')
            .putTimestampNanos(FixTags.SENDING_TIME, System.currentTimeMillis() * 1_000_000L)
            .putBytes(FixTags.ORIG_SENDING_TIME, stored, resendDecoder.valueOffsetAt(sendingTimeField),
                resendDecoder.valueLengthAt(sendingTimeField));
        if (bodyStart < checkSumField)
        {
            final int from = resendDecoder.fieldOffsetAt(bodyStart);
            encoder.putRaw(stored, from, resendDecoder.fieldOffsetAt(checkSumField) - from);
        }
        session.write(scratch, encoder.finish());
    }

    private void rejectField(final FixSession session, final int seq, final int fieldIndex, final int reason,
        final String text)
    {
        final byte msgType = decoder.charAt(decoder.indexOf(FixTags.MSG_TYPE));
        final FixMessageEncoder reject = beginReject(session, msgType, seq);
        final int tagStart = decoder.fieldOffsetAt(fieldIndex);
        final int tagLength = Math.max(0, decoder.valueOffsetAt(fieldIndex) - 1 - tagStart);
        if (tagLength > 0)
        {
            reject.putBytes(FixTags.REF_TAG_ID, decoder.buffer(), tagStart, Math.min(tagLength, 16));
        }
        finishReject(session, reject, reason, text);
    }

    private void reject(final FixSession session, final byte msgType, final int seq, final int reason, final int refTag,
        final String text)
    {
        final FixMessageEncoder reject = beginReject(session, msgType, seq);
        if (refTag > 0)
        {
            reject.putInt(FixTags.REF_TAG_ID, refTag);
        }
        finishReject(session, reject, reason, text);
    }

    private FixMessageEncoder beginReject(final FixSession session, final byte msgType, final int seq)
    {
        final FixMessageEncoder reject = session.begin(FixMsgType.REJECT);
        if (seq > 0)
        {
            reject.putInt(FixTags.REF_SEQ_NUM, seq);
        }
        if (msgType != 0)
        {
            reject.putChar(FixTags.REF_MSG_TYPE, msgType);
        }
        return reject;
    }

    private static void finishReject(final FixSession session, final FixMessageEncoder reject, final int reason,
        final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        reject.putInt(FixTags.SESSION_REJECT_REASON, reason).putBytes(FixTags.TEXT, bytes, 0, bytes.length);
        session.send(false, 0);
    }

    /** The session's connection is gone: cancel-on-disconnect, and new numbers if the session resets on disconnect. */
    void onDisconnect(final FixSession session)
    {
        session.disconnected();
        if (settings.resetOnDisconnect())
        {
            session.resetSequenceNumbers();
        }
        application.onDisconnect(session);
    }

    // ---------------------------------------------------------------- timers

    /** Heartbeats, test requests, and the end of sessions that stopped answering. */
    void onTimer(final FixSession session, final long nowMs)
    {
        final FixConnection connection = session.connection();
        if (connection == null || connection.isClosing())
        {
            return;
        }
        final long interval = session.heartbeatIntervalMs();
        if (interval <= 0)
        {
            return;
        }
        final long grace = interval + interval / 5; // HeartBtInt plus a "reasonable transmission time" of 20%
        if (session.testRequestSentMs() != 0 && nowMs - session.testRequestSentMs() >= grace)
        {
            logoutAndClose(session, "No answer to TestRequest within " + grace + " ms", nowMs);
            return;
        }
        if (nowMs - session.lastSentMs() >= interval)
        {
            session.begin(FixMsgType.HEARTBEAT);
            session.send(false, 0);
        }
        if (session.testRequestSentMs() == 0 && nowMs - session.lastReceivedMs() >= grace)
        {
            session.begin(FixMsgType.TEST_REQUEST).putBytes(FixTags.TEST_REQ_ID, TEST_REQ_ID, 0, TEST_REQ_ID.length);
            session.send(false, 0);
            session.testRequestSent(nowMs);
        }
    }
}
