package com.guishen.gscx.launcher;

import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.ledger.Bookkeeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an auditor does from the command line: export, verify, look at balances. */
class LedgerCommandTest
{
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @TempDir
    Path root;

    private Path data;

    @BeforeEach
    void bookSomeFills()
    {
        data = root.resolve("data");
        try (Bookkeeper bookkeeper = Bookkeeper.open(LedgerCommand.journal(data), MarketConfigLoader.loadDefault()))
        {
            book(bookkeeper, 0, LedgerFills.json(1, "szai-lab", "guian-dc", "15.50", 3, "B"));
            book(bookkeeper, 1, LedgerFills.json(2, "qianyun", "gy-hpc", "16.00", 10, "S"));
            book(bookkeeper, 2, LedgerFills.json(3, "sz-render", "guian-dc", "15.25", 8, "S"));
        }
    }

    @Test
    void anExportVerifiesFromTheCommandLineAndATamperedOneIsNamed() throws IOException
    {
        final Path csv = root.resolve("ledger.csv");
        assertEquals(0, gscx("ledger", "export", "--format", "csv", "--out", csv.toString(), "--data-dir", data.toString()));
        assertEquals("gscx ledger export: 7 entries written to " + csv + "\n", streams.err());
        assertEquals(0, gscx("ledger", "verify", csv.toString()));
        assertEquals("OK 7 entries, trial balance 0\n", streams.out());

        final List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(10, lines.get(10).replace("1116.0000", "1116.5000"));   // entry 5: the escrow line
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        assertEquals(ExitCodes.BAD_INPUT, gscx("ledger", "verify", csv.toString()));
        assertTrue(streams.out().endsWith("FAILED entry 5: does not balance: debits 1116.8125, credits 1116.3125\n"),
            streams.out());
    }

    @Test
    void theJournalAndAFilteredJsonLinesExportVerify() throws IOException
    {
        assertEquals(0, gscx("ledger", "verify", "--journal", "--data-dir", data.toString()));
        final Path jsonl = root.resolve("szde.jsonl");
        assertEquals(0, gscx("ledger", "export", "--format", "jsonl", "--exchange", "SZDE", "--from",
            "2025-11-28T11:20:00+08:00", "--out", jsonl.toString(), "--data-dir", data.toString()));
        assertEquals(2, Files.readAllLines(jsonl, StandardCharsets.UTF_8).size(), "the fills of SZDE's members");
        assertEquals(0, gscx("ledger", "verify", "--filtered", jsonl.toString()));
        assertEquals("OK 7 entries, trial balance 0\nOK 2 entries, trial balance 0\n", streams.out());
    }

    @Test
    void balancesOfAParticipantAndTheTrialBalancePerExchange()
    {
        assertEquals(0, gscx("ledger", "balances", "--participant", "szai-lab", "--data-dir", data.toString()));
        assertEquals(
            String.format("%-24s %-6s %20s%n", "szai-lab.cash", "SZDE", "4998884.0000") +
            String.format("%-24s %-6s %20s%n", "szai-lab.escrow", "SZDE", "1116.0000") +
            String.format("%-24s %-6s %20s%n", "szai-lab.fees", "SZDE", "-0.2232"), streams.out());
        assertEquals(0, gscx("ledger", "balances", "--data-dir", data.toString()));
        assertTrue(streams.out().endsWith(
            String.format("trial balance %-6s %20s%n", "SZDE", "0.0000") +
            String.format("trial balance %-6s %20s%n", "GYBDE", "0.0000") +
            String.format("trial balance total  %20s%n", "0.0000")), streams.out());
    }

    @Test
    void badOptionsAreNamed()
    {
        assertEquals(ExitCodes.BAD_INPUT, gscx("ledger", "export", "--format", "csv", "--out", root.resolve("x").toString(),
            "--from", "yesterday", "--data-dir", data.toString()));
        assertTrue(streams.err().contains("--from must be an ISO-8601 time with offset"), streams.err());
        assertEquals(ExitCodes.BAD_INPUT, gscx("ledger", "verify", "--journal", "--data-dir", root.resolve("none").toString()));
        assertTrue(streams.err().contains("no ledger journal in"), streams.err());
    }

    private static int gscx(final String... arguments)
    {
        return Gscx.commandLine().execute(arguments);
    }

    private static void book(final Bookkeeper bookkeeper, final long offset, final String json)
    {
        bookkeeper.bookFill("gscx.fills", 0, offset, json.getBytes(StandardCharsets.UTF_8));
    }
}
