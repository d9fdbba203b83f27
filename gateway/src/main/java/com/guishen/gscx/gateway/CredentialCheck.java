package com.guishen.gscx.gateway;

import com.guishen.gscx.config.FixCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks FIX passwords against their PBKDF2 hashes off the gateway thread: a hash with hundreds of
 * thousands of iterations takes most of a second, and one logon must not stall every other session.
 * A password once verified is remembered by its SHA-256 digest, so reconnects are cheap.
 */
final class CredentialCheck implements AutoCloseable
{
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable ->
    {
        final Thread thread = new Thread(runnable, "gscx-fix-credentials");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    /** Starts checking; the future answers whether the password matches. */
    Future<Boolean> check(final String sessionId, final FixCredentials credentials, final byte[] password)
    {
        return executor.submit(() ->
        {
            final byte[] digest = digest(password);
            final byte[] known = verified.get(sessionId);
            if (known != null && MessageDigest.isEqual(known, digest))
            {
                return true;
            }
            final char[] chars = new String(password, StandardCharsets.ISO_8859_1).toCharArray();
            final boolean ok = credentials != null && credentials.verify(chars);
            Arrays.fill(chars, '\0');
            if (ok)
            {
                verified.put(sessionId, digest);
            }
            return ok;
        });
    }

    private static byte[] digest(final byte[] password)
    {
        try
        {
            return MessageDigest.getInstance("SHA-256").digest(password);
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    @Override
    public void close()
    {
        executor.shutdownNow();
    }
}
