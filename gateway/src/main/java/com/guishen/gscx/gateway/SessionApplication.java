package com.guishen.gscx.gateway;

import com.guishen.gscx.gateway.fix.FixMessageDecoder;

/** What the session layer hands on: application messages that passed session-level checks, and session ends. */
interface SessionApplication
{
    /** An application message (in sequence, validated) from a participant's session. */
    void onApplicationMessage(FixSession session, byte msgType, FixMessageDecoder message, long nowMs);

    /** The session's connection ended (Logout, error, timeout or the peer closed). */
    void onDisconnect(FixSession session);
}
