package com.guishen.gscx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest
{
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot()
    {
        final FixCredentials credentials = hasher.hash("lab-demo".toCharArray());

        assertTrue(credentials.verify("lab-demo".toCharArray()));
        assertFalse(credentials.verify("lab-dem0".toCharArray()));
        assertFalse(credentials.verify(new char[0]));
    }

    @Test
    void credentialsCarryTheAlgorithmIterationsAndA16ByteSaltAnd32ByteHash()
    {
        final FixCredentials credentials = hasher.hash("lab-demo".toCharArray());

        assertEquals("PBKDF2WithHmacSHA256", credentials.algorithm());
        assertEquals(10_000, credentials.iterations());
        assertEquals(16, Base64.getDecoder().decode(credentials.salt()).length);
        assertEquals(32, Base64.getDecoder().decode(credentials.hash()).length);
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime()
    {
        final FixCredentials first = hasher.hash("lab-demo".toCharArray());
        final FixCredentials second = hasher.hash("lab-demo".toCharArray());

        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void changingTheIterationsBreaksVerification()
    {
        final FixCredentials credentials = hasher.hash("lab-demo".toCharArray());
        final FixCredentials tampered = new FixCredentials(
            credentials.algorithm(), credentials.iterations() + 1, credentials.salt(), credentials.hash());

        assertFalse(tampered.verify("lab-demo".toCharArray()));
    }

    @Test
    void credentialsNeverPrintTheirSaltOrHash()
    {
        final FixCredentials credentials = hasher.hash("lab-demo".toCharArray());

        assertEquals("FixCredentials[PBKDF2WithHmacSHA256, iterations=10000]", credentials.toString());
    }

    @Test
    void tooFewIterationsAreRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(9_999));
    }
}
