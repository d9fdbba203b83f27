package com.guishen.gscx.config;

/**
 * What the gateway needs to check a FIX logon (Username 553 = participant id, Password 554)
 * without ever storing the password: a salted PBKDF2 hash made by {@link PasswordHasher}.
 *
 * @param algorithm  always {@link PasswordHasher#ALGORITHM} ({@code PBKDF2WithHmacSHA256}).
 * @param iterations PBKDF2 iteration count, at least {@link PasswordHasher#MIN_ITERATIONS}.
 * @param salt       base64 salt, at least 16 bytes.
 * @param hash       base64 derived key, 32 bytes.
 */
public record FixCredentials(String algorithm, int iterations, String salt, String hash)
{
    /** Whether the password is the one these credentials were made from (constant time). */
    public boolean verify(final char[] password)
    {
        return PasswordHasher.verify(password, this);
    }

    /** Leaves the salt and hash out, so that credentials never end up in a log. */
    @Override
    public String toString()
    {
        return "FixCredentials[" + algorithm + ", iterations=" + iterations + "]";
    }
}
