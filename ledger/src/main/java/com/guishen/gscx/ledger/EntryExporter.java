package com.guishen.gscx.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** {@code gscx ledger export}: writes the entries a filter selects, in chain order, as CSV or JSON Lines. */
public final class EntryExporter
{
    private EntryExporter()
    {
    }

    /** Writes the export; returns how many entries it holds. */
    public static long export(final LedgerView view, final EntryFilter filter, final ExportFormat format,
        final OutputStream out) throws IOException
    {
        final BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == ExportFormat.CSV)
        {
            CsvExport.writeHeader(writer);
        }
        long count = 0;
        for (final JournalEntry entry : view.entries(filter))
        {
            if (format == ExportFormat.CSV)
            {
                CsvExport.write(entry, writer);
            }
            else
            {
                writer.write(new String(EntryCodec.toJson(entry), StandardCharsets.UTF_8));
                writer.write('\n');
            }
            count++;
        }
        writer.flush();
        return count;
    }
}
