package com.guishen.gscx.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Makes and checks FIX credentials: PBKDF2WithHmacSHA256 over the password with a random
 * salt, so that config files and logs never hold a password. Verification compares in
 * constant time.
 */
public final class PasswordHasher
{
    /** The only algorithm gscx accepts. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Iterations of new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (about 0.2 s). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewest iterations a config may use. */
    public static final int MIN_ITERATIONS = 10_000;
    /** Salt length of new hashes; the fewest bytes a config's salt may have. */
    public static final int SALT_BYTES = 16;
    /** Length of the derived key: one HMAC-SHA256 block. */
    public static final int HASH_BYTES = 32;

    private final int iterations;
    private final SecureRandom random;

    /** A hasher with {@link #DEFAULT_ITERATIONS}. */
    public PasswordHasher()
    {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher with the given iterations, at least {@link #MIN_ITERATIONS}. */
    public PasswordHasher(final int iterations)
    {
        if (iterations < MIN_ITERATIONS)
        {
            throw new IllegalArgumentException("iterations must be >= " + MIN_ITERATIONS + ", got " + iterations);
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    /** Credentials for a new password, with a fresh random salt. */
    public FixCredentials hash(final char[] password)
    {
        if (password.length == 0)
        {
            throw new IllegalArgumentException("password must not be empty");
        }
        final byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        final byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        final Base64.Encoder base64 = Base64.getEncoder();
        return new FixCredentials(ALGORITHM, iterations, base64.encodeToString(salt), base64.encodeToString(hash));
    }

    /**
     * Whether the password matches the credentials. Malformed credentials (which a loaded
     * config never has) and empty passwords never match.
     */
    public static boolean verify(final char[] password, final FixCredentials credentials)
    {
        if (password.length == 0 || !ALGORITHM.equals(credentials.algorithm()) || credentials.iterations() < MIN_ITERATIONS)
        {
            return false;
        }
        final byte[] salt;
        final byte[] expected;
        try
        {
            salt = Base64.getDecoder().decode(credentials.salt());
            expected = Base64.getDecoder().decode(credentials.hash());
        }
        catch (final IllegalArgumentException notBase64)
        {
            return false;
        }
        if (expected.length == 0)
        {
            return false;
        }
        return MessageDigest.isEqual(expected, derive(password, salt, credentials.iterations(), expected.length));
    }

    private static byte[] derive(final char[] password, final byte[] salt, final int iterations, final int bytes)
    {
        final PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try
        {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        }
        catch (final GeneralSecurityException e)
        {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
        finally
        {
            spec.clearPassword();
        }
    }
}
