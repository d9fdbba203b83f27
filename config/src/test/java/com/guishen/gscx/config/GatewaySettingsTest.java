package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewaySettingsTest
{
    @TempDir
    Path dir;

    @Test
    void leftOutGatewaySettingsTakeTheirDefaults()
    {
        assertEquals(GatewaySettings.defaults(), load(dir, MarketYaml.VALID).gateway());
    }

    @Test
    void everyGatewaySettingIsRead()
    {
        final MarketConfig config = load(dir, MarketYaml.VALID + """
            gateway:
              compId: ISLD
              bindAddress: 0.0.0.0
              logonTimeout: PT3S
              sendingTimeTolerance: PT30S
              maxMessageSize: 4096
              resetOnDisconnect: true
              sequenceResetTime: NEVER
              cancelOnDisconnect: [lab]
              dropCopy:
                - id: audit
                  fixCredentials: { iterations: 600000, salt: duZnw9ZtyRHXtK5BhsJvaA==, hash: L4RC2v0mZKA36ToaPXwIToUGDoujtuA73puNPVnLaOw= }
            """);

        final GatewaySettings gateway = config.gateway();
        assertEquals("ISLD", gateway.compId());
        assertEquals("0.0.0.0", gateway.bindAddress());
        assertEquals(Duration.ofSeconds(3), gateway.logonTimeout());
        assertEquals(Duration.ofSeconds(30), gateway.sendingTimeTolerance());
        assertEquals(4096, gateway.maxMessageSize());
        assertTrue(gateway.resetOnDisconnect());
        assertNull(gateway.sequenceResetTime());
        assertEquals(Set.of("lab"), gateway.cancelOnDisconnect());
        assertEquals("audit", gateway.dropCopy().get(0).id());
        assertEquals(LocalTime.MIDNIGHT, GatewaySettings.defaults().sequenceResetTime());
    }

    @Test
    void badGatewaySettingsAreNamed()
    {
        assertEquals(List.of(
                "gscx.yaml: gateway.compId: must be 1-16 letters, digits, '_', '.' or '-', got IS LD",
                "gscx.yaml: gateway.logonTimeout: must be > 0, got PT0S",
                "gscx.yaml: gateway.maxMessageSize: must be >= 256 and <= 1048576, got 10",
                "gscx.yaml: gateway.resetOnDisconnect: must be true or false, got yes please",
                "gscx.yaml: gateway.sequenceResetTime: must be a time of day HH:mm (China Standard Time) or NEVER, got 25:00",
                "gscx.yaml: gateway.cancelOnDisconnect[0]: unknown participant (defined: lab, dc), got nobody",
                "gscx.yaml: gateway.dropCopy[0].id: must differ from every participant id, got lab"),
            errors(dir, MarketYaml.VALID + """
                gateway:
                  compId: IS LD
                  logonTimeout: PT0S
                  maxMessageSize: 10
                  resetOnDisconnect: yes please
                  sequenceResetTime: "25:00"
                  cancelOnDisconnect: [nobody]
                  dropCopy:
                    - id: lab
                      fixCredentials: { iterations: 600000, salt: duZnw9ZtyRHXtK5BhsJvaA==, hash: L4RC2v0mZKA36ToaPXwIToUGDoujtuA73puNPVnLaOw= }
                """));
    }
}
