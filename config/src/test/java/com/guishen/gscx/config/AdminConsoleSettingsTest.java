package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminConsoleSettingsTest
{
    private static final String CREDENTIALS =
        "{ iterations: 600000, salt: jcsAOWZ6PHWmJ1RyeFaaiA==, hash: AjYiLT9m2nAx+MevVDToFdxPWV4LAs5Hj9N3X+ppBVY= }";

    @TempDir
    Path dir;

    @Test
    void withoutTheSectionNobodyCanLogIn()
    {
        assertEquals(AdminConsoleSettings.defaults(), load(dir, MarketYaml.VALID).adminConsole());
        assertTrue(AdminConsoleSettings.defaults().users().isEmpty());
    }

    @Test
    void usersAndGuardsAreRead()
    {
        final AdminConsoleSettings console = load(dir, MarketYaml.VALID + """
            adminConsole:
              users:
                - { id: operator, role: OPERATOR, credentials: %s }
              maxFailedLogins: 3
              loginLockout: PT30S
              sessionTimeout: PT1H
            """.formatted(CREDENTIALS)).adminConsole();

        assertEquals(AdminConsoleSettings.ConsoleRole.OPERATOR, console.user("operator").orElseThrow().role());
        assertTrue(console.user("operator").orElseThrow().credentials().verify("operator-demo".toCharArray()));
        assertFalse(console.user("operator").orElseThrow().credentials().verify("operator".toCharArray()));
        assertEquals(3, console.maxFailedLogins());
        assertEquals(Duration.ofSeconds(30), console.loginLockout());
        assertEquals(Duration.ofHours(1), console.sessionTimeout());
    }

    @Test
    void badUsersAreNamed()
    {
        assertEquals(List.of(
                "gscx.yaml: adminConsole.users[0].role: must be one of OPERATOR, AUDITOR, got ADMIN",
                "gscx.yaml: adminConsole.users[1].credentials.password: passwords are never stored in config:"
                    + " give a PBKDF2 salt and hash (see PasswordHasher)",
                "gscx.yaml: adminConsole.users[1].credentials.iterations: is required",
                "gscx.yaml: adminConsole.users[1].credentials.salt: is required",
                "gscx.yaml: adminConsole.users[1].credentials.hash: is required",
                "gscx.yaml: adminConsole.users[2].id: duplicate of adminConsole.users[0].id, got operator",
                "gscx.yaml: adminConsole.loginLockout: must be > 0, got PT0S"),
            errors(dir, MarketYaml.VALID + """
                adminConsole:
                  users:
                    - { id: operator, role: ADMIN, credentials: %s }
                    - { id: auditor, role: AUDITOR, credentials: { password: secret } }
                    - { id: operator, role: AUDITOR, credentials: %s }
                  loginLockout: PT0S
                """.formatted(CREDENTIALS, CREDENTIALS)));
    }
}
