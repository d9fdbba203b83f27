package com.guishen.gscx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The demo a newcomer runs: the whole exchange traded through FIX, ending with a balanced ledger. */
class DemoCommandTest
{
    private static final Pattern SUMMARY = Pattern.compile("summary: ([\\d,]+) orders.*, ([\\d,]+) fills");

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @TempDir
    Path dir;

    @Test
    void aShortDemoGoesFromOrdersToSettlementInstructionsWithATrialBalanceOfZero()
    {
        final int exit = Gscx.commandLine().execute("demo", "--duration", "8", "--rate", "150", "--participants", "9",
            "--seed", "7", "--admin-port", "0", "--data-dir", dir.resolve("demo").toString());

        final String out = streams.out();
        assertEquals(ExitCodes.OK, exit, streams.err());
        assertTrue(out.contains("demo   1s:"), "a progress line every second: " + out);
        final Matcher summary = SUMMARY.matcher(out);
        assertTrue(summary.find(), out);
        assertTrue(Long.parseLong(summary.group(2).replace(",", "")) > 0, "the market traded: " + summary.group());
        assertTrue(out.contains("trial balance 0.00"), out);
        assertTrue(out.contains("admin console: http://127.0.0.1:"), out);
        final Matcher settled = Pattern.compile("settlement: (\\d+) cycles closed, (\\d+) settlement instructions").matcher(out);
        assertTrue(settled.find(), out);
        assertTrue(Integer.parseInt(settled.group(2)) > 0, settled.group());
        assertTrue(Pattern.compile("deliveries: [1-9]\\d* confirmed in full").matcher(out).find(), out);
    }

    @Test
    void badOptionsAreNamed()
    {
        assertEquals(ExitCodes.BAD_INPUT, Gscx.commandLine().execute("demo", "--rate", "0"));
        assertTrue(streams.err().contains("--rate must be 1..100000 orders per second, got 0"), streams.err());
    }
}
