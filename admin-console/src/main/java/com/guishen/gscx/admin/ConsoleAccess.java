package com.guishen.gscx.admin;

import com.guishen.gscx.config.AdminConsoleSettings;
import com.guishen.gscx.config.AdminConsoleSettings.ConsoleRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Logins and sessions of the admin console. A password is checked against the user's PBKDF2 hash
 * (a verified one is remembered by its SHA-256, as the FIX gateway does, so that the iteration count
 * is paid once per user); failed logins are counted per user and per address, and past
 * {@code maxFailedLogins} within {@code loginLockout} further attempts are refused (429) before any
 * hashing. A session is a random token (the HttpOnly cookie) with a CSRF token of its own that every
 * state-changing request must repeat in a header.
 */
final class ConsoleAccess
{
    /** A logged-in user. */
    record Session(String token, String user, ConsoleRole role, String csrfToken)
    {
    }

    private final AdminConsoleSettings settings;
    private final LongSupplier clockMs;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Long> lastUsedMs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    ConsoleAccess(final AdminConsoleSettings settings, final LongSupplier clockMs)
    {
        this.settings = settings;
        this.clockMs = clockMs;
    }

    /**
     * Logs a user in.
     *
     * @throws ApiException 429 while the user or the address is locked out, 401 on a wrong user or password.
     */
    Session login(final String user, final String password, final String address)
    {
        final String userKey = "user:" + user;
        final String addressKey = "address:" + address;
        final long now = clockMs.getAsLong();
        synchronized (failures)
        {
            if (lockedOut(userKey, now) || lockedOut(addressKey, now))
            {
                throw new ApiException(429, "too many failed logins: try again in " +
                    settings.loginLockout().toSeconds() + " s");
            }
        }
        final AdminConsoleSettings.User known = settings.user(user).orElse(null);
        final boolean ok = known != null && matches(known, password);
        if (!ok)
        {
            synchronized (failures)
            {
                failures.computeIfAbsent(userKey, key -> new ArrayDeque<>()).addLast(now);
                failures.computeIfAbsent(addressKey, key -> new ArrayDeque<>()).addLast(now);
            }
            throw new ApiException(401, "wrong user or password");
        }
        synchronized (failures)
        {
            failures.remove(userKey);
        }
        final Session session = new Session(token(), known.id(), known.role(), token());
        sessions.put(session.token(), session);
        lastUsedMs.put(session.token(), now);
        return session;
    }

    private boolean lockedOut(final String key, final long now)
    {
        final Deque<Long> times = failures.get(key);
        if (times == null)
        {
            return false;
        }
        final long windowStart = now - settings.loginLockout().toMillis();
        while (!times.isEmpty() && times.peekFirst() <= windowStart)
        {
            times.removeFirst();
        }
        if (times.isEmpty())
        {
            failures.remove(key);
            return false;
        }
        return times.size() >= settings.maxFailedLogins();
    }

    private boolean matches(final AdminConsoleSettings.User user, final String password)
    {
        if (password.isEmpty())
        {
            return false;
        }
        final byte[] digest = sha256(user.id() + '\0' + password);
        final byte[] known = verified.get(user.id());
        if (known != null && MessageDigest.isEqual(known, digest))
        {
            return true;
        }
        final boolean ok = user.credentials().verify(password.toCharArray());
        if (ok)
        {
            verified.put(user.id(), digest);
        }
        return ok;
    }

    /** The live session of that cookie token, or null (unknown or expired: it is forgotten). */
    Session session(final String token)
    {
        if (token == null)
        {
            return null;
        }
        final Session session = sessions.get(token);
        if (session == null)
        {
            return null;
        }
        final long now = clockMs.getAsLong();
        final Long last = lastUsedMs.get(token);
        if (last == null || now - last > settings.sessionTimeout().toMillis())
        {
            logout(token);
            return null;
        }
        lastUsedMs.put(token, now);
        return session;
    }

    void logout(final String token)
    {
        sessions.remove(token);
        lastUsedMs.remove(token);
    }

    int sessions()
    {
        return sessions.size();
    }

    private String token()
    {
        final byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(final String text)
    {
        try
        {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }
}
