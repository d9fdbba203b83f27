package com.guishen.gscx.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The gateway reads the engine's reasons by ordinal from events: its tables must list them in the engine's order. */
class EngineReasonsTest
{
    @Test
    void theGatewayKnowsTheEnginesReasonsInTheirOrder() throws Exception
    {
        assertArrayEquals(Arrays.stream(RejectReason.values()).map(Enum::name).toArray(), table("REJECT_NAMES"));
        assertArrayEquals(Arrays.stream(CancelReason.values()).map(Enum::name).toArray(), table("CANCEL_NAMES"));
    }

    private static Object[] table(final String name) throws Exception
    {
        final Field field = Class.forName("com.guishen.gscx.gateway.EngineReasons").getDeclaredField(name);
        field.setAccessible(true);
        return (Object[])field.get(null);
    }
}
