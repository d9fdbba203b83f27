package com.guishen.gscx.gateway;

/**
 * One FIX session as the admin console shows it: a copy the gateway thread refreshes every timer
 * tick (50 ms), so other threads read it without touching session state.
 *
 * @param id             the session's CompID (participant id or drop-copy id).
 * @param dropCopy       whether it is a read-only drop-copy session.
 * @param loggedOn       whether a connection is logged on now.
 * @param nextSenderSeq  the MsgSeqNum of the next message the gateway sends.
 * @param nextTargetSeq  the MsgSeqNum expected next from the counterparty.
 */
public record FixSessionStatus(String id, boolean dropCopy, boolean loggedOn, int nextSenderSeq, int nextTargetSeq)
{
}
