package com.guishen.gscx.ledger;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auditors' exports verify on their own, and any change to one is found and named. */
class ExportVerificationTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();

    @TempDir
    Path root;

    private JournalLedgerView view;

    @BeforeEach
    void bookSomeFills()
    {
        final Path journal = root.resolve("ledger");
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, MARKET))
        {
            BookkeeperTest.book(bookkeeper, 0, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B"));
            BookkeeperTest.book(bookkeeper, 1, FillJson.of(2, "qianyun", "gy-hpc", "16.00", 10, "S"));
            BookkeeperTest.book(bookkeeper, 2, FillJson.of(3, "sz-render", "guian-dc", "15.25", 8, "S"));
        }
        view = new JournalLedgerView(journal, new ChartOfAccounts(MARKET));
    }

    @Test
    void aCsvExportHasAHeaderAndOneRowPerPostingWithTheChain() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.CSV);
        final List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", CsvExport.HEADER), lines.get(0));
        assertEquals(1 + 4 * 2 + 3 * 6, lines.size(), "header, 4 deposits of 2 postings, 3 fills of 6");
        assertTrue(Files.readString(file).contains("\r\n"), "RFC 4180 line ends");
        final JournalEntry fill = view.entries(EntryFilter.ALL).get(4);
        assertEquals("5,1764300000000001000,FILL,gscx.fills,0,0,FILL/1,szai-lab.cash,CREDIT,1116.0000," +
            fill.prevHash() + "," + fill.hash(), lines.get(9));
        assertEquals("OK 7 entries, trial balance 0", ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void aJsonLinesExportVerifies() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.JSONL);
        assertEquals(7, Files.readAllLines(file).size());
        assertEquals("OK 7 entries, trial balance 0", ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void changingOneAmountIsFoundAndTheEntryNamed() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.CSV);
        final List<String> lines = new ArrayList<>(Files.readAllLines(file));
        // entry 6: qianyun's fee, 0.3072, paid to GYBDE.fees: change the revenue line only
        final int line = indexOf(lines, "6,", "GYBDE.fees,DEBIT,0.3072");
        lines.set(line, lines.get(line).replace("0.3072", "0.3172"));
        write(file, lines);

        assertEquals("FAILED entry 6: does not balance: debits 3841.0852, credits 3841.0752",
            ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void changingBothSidesOfAnAmountStillBreaksTheHash() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.CSV);
        final List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith("5,") && lines.get(i).contains(",1116.0000,"))
            {
                lines.set(i, lines.get(i).replace(",1116.0000,", ",1106.0000,"));
            }
        }
        write(file, lines);

        assertEquals("FAILED entry 5: its hash does not match its content (the entry was altered)",
            ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void deletingOneLineIsFoundAndTheEntryNamed() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.CSV);
        final List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(indexOf(lines, "7,", "guian-dc.fees,CREDIT"));
        write(file, lines);

        assertEquals("FAILED entry 7: does not balance: debits 2928.8784, credits 2928.2928",
            ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void deletingOneEntryOfAJsonLinesExportNamesTheMissingEntry() throws IOException
    {
        final Path file = export(EntryFilter.ALL, ExportFormat.JSONL);
        final List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(5);
        write(file, lines);

        assertEquals("FAILED entry 7: entry 6 is missing before it (it follows entry 5)",
            ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void aRewrittenChainIsFoundWhereItNoLongerLinks() throws IOException
    {
        // a forger who recomputes entry 5's hash after changing it still breaks entry 6's link
        final Path file = export(EntryFilter.ALL, ExportFormat.JSONL);
        final List<String> lines = new ArrayList<>(Files.readAllLines(file));
        final JournalEntry original = EntryCodec.fromJson(lines.get(4).getBytes(StandardCharsets.UTF_8));
        final JournalEntry forged = new HashChain().seal(original.entryId(), original.time() + 1, original.kind(),
            original.source(), original.postings(), original.prevHash());
        lines.set(4, new String(EntryCodec.toJson(forged), StandardCharsets.UTF_8));
        write(file, lines);

        assertEquals("FAILED entry 6: its prevHash is not the hash of entry 5 (the chain is broken)",
            ExportVerifier.verifyExport(file, false).message());
    }

    @Test
    void exportsOfOneParticipantOrExchangeOrTimeRangeSelectWholeEntries() throws IOException
    {
        assertEquals(List.of(2L, 7L), ids(new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, "sz-render", null)));
        assertEquals(List.of(4L, 6L), ids(new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, "qianyun", null)));
        assertEquals(List.of(4L, 5L, 6L, 7L), ids(new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, null, ExchangeId.GYBDE)));
        assertEquals(List.of(6L, 7L), ids(new EntryFilter(1_764_300_000_000_002_000L, Long.MAX_VALUE, null, null)));

        final Path byParticipant = export(new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, "sz-render", null), ExportFormat.CSV);
        assertEquals("OK 2 entries, trial balance 0", ExportVerifier.verifyExport(byParticipant, true).message());
        assertEquals("FAILED entry 7: entries 3 to 6 are missing before it (it follows entry 2)",
            ExportVerifier.verifyExport(byParticipant, false).message());
        final Path range = export(new EntryFilter(1_764_300_000_000_002_000L, Long.MAX_VALUE, null, null), ExportFormat.CSV);
        assertEquals("OK 2 entries, trial balance 0", ExportVerifier.verifyExport(range, false).message(),
            "a time range is a contiguous piece of the chain");
    }

    private List<Long> ids(final EntryFilter filter)
    {
        return view.entries(filter).stream().map(JournalEntry::entryId).toList();
    }

    private Path export(final EntryFilter filter, final ExportFormat format) throws IOException
    {
        final Path file = root.resolve("export." + format.name().toLowerCase());
        try (OutputStream out = Files.newOutputStream(file))
        {
            EntryExporter.export(view, filter, format, out);
        }
        return file;
    }

    private static int indexOf(final List<String> lines, final String prefix, final String text)
    {
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith(prefix) && lines.get(i).contains(text))
            {
                return i;
            }
        }
        throw new AssertionError("no line " + prefix + "..." + text);
    }

    private static void write(final Path file, final List<String> lines) throws IOException
    {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    }
}
