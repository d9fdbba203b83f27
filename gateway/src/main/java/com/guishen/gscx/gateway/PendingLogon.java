package com.guishen.gscx.gateway;

import java.util.concurrent.Future;

/**
 * A Logon whose password is being checked: what the session layer needs to finish it when the
 * check answers (the Logon's own bytes are gone by then).
 */
record PendingLogon(FixSession session, Future<Boolean> passwordMatches, int heartbeatSeconds, boolean resetSeqNum,
    int msgSeqNum)
{
}
