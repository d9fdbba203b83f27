package com.guishen.gscx.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code gscx ledger verify}: recomputes the hash chain and the trial balance of an export (CSV or
 * JSON Lines, told apart by the first character) or of the journal itself.
 */
public final class ExportVerifier
{
    private ExportVerifier()
    {
    }

    /** Verifies an export file. {@code gapsExpected} for an export filtered by participant or exchange. */
    public static Verification verifyExport(final Path file, final boolean gapsExpected) throws IOException
    {
        final ChainVerifier verifier = new ChainVerifier(gapsExpected);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            in.mark(1);
            final int first = in.read();
            in.reset();
            if (first == '{')
            {
                verifyJsonLines(in, verifier);
            }
            else
            {
                CsvExport.verify(in, verifier);
            }
        }
        return verifier.result();
    }

    private static void verifyJsonLines(final BufferedReader in, final ChainVerifier verifier) throws IOException
    {
        long line = 0;
        for (String text = in.readLine(); text != null; text = in.readLine())
        {
            line++;
            if (text.isBlank())
            {
                continue;
            }
            final JournalEntry entry;
            try
            {
                entry = EntryCodec.fromJson(text.getBytes(StandardCharsets.UTF_8));
            }
            catch (final IllegalArgumentException ex)
            {
                verifier.fail("line " + line + " (after entry " + verifier.lastEntryId() + "): " + ex.getMessage());
                return;
            }
            if (!verifier.check(entry))
            {
                return;
            }
        }
    }

    /** Verifies the whole journal: a complete chain from entry 1. */
    public static Verification verifyJournal(final Path journalDirectory)
    {
        final ChainVerifier verifier = new ChainVerifier(false);
        try (LedgerJournal journal = LedgerJournal.openForReading(journalDirectory))
        {
            final LedgerJournal.Reader reader = journal.reader();
            LedgerJournal.Record record;
            while ((record = reader.next()) != null)
            {
                if (record.isEntry() && !verifier.check(record.entry()))
                {
                    break;
                }
            }
        }
        catch (final IllegalStateException ex)
        {
            verifier.fail(ex.getMessage());
        }
        return verifier.result();
    }

}
