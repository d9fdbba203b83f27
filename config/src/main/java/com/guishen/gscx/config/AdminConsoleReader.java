package com.guishen.gscx.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads the optional {@code adminConsole} section; every setting but the users has a default. */
final class AdminConsoleReader
{
    private AdminConsoleReader()
    {
    }

    static AdminConsoleSettings adminConsole(final ConfigNode section)
    {
        final ConfigNode fields = section.mapping(false, "users", "maxFailedLogins", "loginLockout", "sessionTimeout");
        final List<AdminConsoleSettings.User> users = new ArrayList<>();
        final DuplicateCheck<String> ids = new DuplicateCheck<>();
        for (final ConfigNode item : fields.get("users").list(false))
        {
            final ConfigNode user = item.mapping(true, "id", "role", "credentials");
            final ConfigNode idNode = user.get("id");
            String id = idNode.text();
            if (id != null && !ParticipantReader.PARTICIPANT_ID.matcher(id).matches())
            {
                idNode.error("must match [A-Za-z0-9_-]{1,16}, got " + idNode.got());
                id = null;
            }
            final AdminConsoleSettings.ConsoleRole role = user.get("role").choice(AdminConsoleSettings.ConsoleRole.class);
            final FixCredentials credentials = ParticipantReader.credentials(user.get("credentials"));
            if (id != null && ids.claim(idNode, id) && role != null)
            {
                users.add(new AdminConsoleSettings.User(id, role, credentials));
            }
        }
        final Long maxFailed = fields.get("maxFailedLogins")
            .wholeBetween(1, 1_000, (long)AdminConsoleSettings.DEFAULT_MAX_FAILED_LOGINS);
        final Duration lockout = positive(fields.get("loginLockout"), AdminConsoleSettings.DEFAULT_LOGIN_LOCKOUT);
        final Duration timeout = positive(fields.get("sessionTimeout"), AdminConsoleSettings.DEFAULT_SESSION_TIMEOUT);
        return new AdminConsoleSettings(users, maxFailed == null ? 0 : maxFailed.intValue(), lockout, timeout);
    }

    private static Duration positive(final ConfigNode node, final String defaultValue)
    {
        final Duration duration = node.duration(Duration.parse(defaultValue));
        if (duration != null && (duration.isNegative() || duration.isZero()))
        {
            node.error("must be > 0, got " + node.got());
            return null;
        }
        return duration;
    }
}
