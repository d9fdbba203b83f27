package com.guishen.gscx.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who may use the admin console and how logins are guarded (section {@code adminConsole}; the port
 * is {@link PortSettings#adminHttp()}). Users log on with a password checked against a salted PBKDF2
 * hash, exactly like a participant's FIX credentials.
 *
 * @param users            the console's users.
 * @param maxFailedLogins  failed logins allowed per user and per address within {@code loginLockout};
 *                         the next is refused (HTTP 429) until the window passes. Default {@value #DEFAULT_MAX_FAILED_LOGINS}.
 * @param loginLockout     the window failed logins are counted in. Default {@value #DEFAULT_LOGIN_LOCKOUT}.
 * @param sessionTimeout   a session unused this long must log in again. Default {@value #DEFAULT_SESSION_TIMEOUT}.
 */
public record AdminConsoleSettings(List<User> users, int maxFailedLogins, Duration loginLockout, Duration sessionTimeout)
{
    public static final int DEFAULT_MAX_FAILED_LOGINS = 5;
    public static final String DEFAULT_LOGIN_LOCKOUT = "PT1M";
    public static final String DEFAULT_SESSION_TIMEOUT = "PT8H";

    public AdminConsoleSettings
    {
        users = List.copyOf(users);
    }

    /** No users (nobody can log in), every other setting at its default. */
    public static AdminConsoleSettings defaults()
    {
        return new AdminConsoleSettings(List.of(), DEFAULT_MAX_FAILED_LOGINS, Duration.parse(DEFAULT_LOGIN_LOCKOUT),
            Duration.parse(DEFAULT_SESSION_TIMEOUT));
    }

    /** The user with that id. */
    public Optional<User> user(final String id)
    {
        return users.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    /** What a console user may do. */
    public enum ConsoleRole
    {
        /** Sees everything and acts: halts, resumes, mass cancels, delivery confirmations. */
        OPERATOR,
        /** Sees everything and downloads ledger exports; changes nothing. */
        AUDITOR
    }

    /**
     * One console user.
     *
     * @param id          the login name.
     * @param role        OPERATOR or AUDITOR.
     * @param credentials salted PBKDF2 hash of the password (made by {@link PasswordHasher}).
     */
    public record User(String id, ConsoleRole role, FixCredentials credentials)
    {
    }
}
