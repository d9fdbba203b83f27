package com.guishen.gscx.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of an export (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted with doubled quotes; a header row). One row per posting; the entry's
 * fields, hash-chain fields included, are repeated on each of its rows, so that the file can be
 * verified on its own.
 */
public final class CsvExport
{
    public static final List<String> HEADER = List.of("entryId", "time", "kind", "sourceTopic", "sourcePartition",
        "sourceOffset", "eventId", "account", "side", "amount", "prevHash", "hash");

    private CsvExport()
    {
    }

    public static void writeHeader(final Writer out) throws IOException
    {
        writeRow(out, HEADER);
    }

    public static void write(final JournalEntry entry, final Writer out) throws IOException
    {
        for (final Posting posting : entry.postings())
        {
            writeRow(out, List.of(Long.toString(entry.entryId()), Long.toString(entry.time()), entry.kind().name(),
                entry.source().topic(), Integer.toString(entry.source().partition()),
                Long.toString(entry.source().offset()), entry.source().eventId(), posting.account(),
                posting.side().name(), EntryCodec.amountText(posting.amount()), entry.prevHash(), entry.hash()));
        }
    }

    private static void writeRow(final Writer out, final List<String> fields) throws IOException
    {
        for (int i = 0; i < fields.size(); i++)
        {
            if (i > 0)
            {
                out.write(',');
            }
            final String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)
            {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            }
            else
            {
                out.write(field);
            }
        }
        out.write("\r\n");
    }

    /**
     * Reads an export back into entries and checks each with the verifier, in order; stops at the
     * first problem. A row that cannot be read is a problem of the entry it names.
     */
    public static void verify(final BufferedReader in, final ChainVerifier verifier) throws IOException
    {
        final RowReader rows = new RowReader(in);
        final List<String> header = rows.next();
        if (header == null || !header.equals(HEADER))
        {
            verifier.fail("line 1: the header must be " + String.join(",", HEADER) + (header == null ? ", the file is empty" :
                ", got " + String.join(",", header)));
            return;
        }
        List<String> first = null;
        long firstLine = 0;
        final List<Posting> postings = new ArrayList<>();
        while (true)
        {
            final long line = rows.line() + 1;
            final List<String> row = rows.next();
            if (first != null && (row == null || !row.get(0).equals(first.get(0))))
            {
                final JournalEntry entry;
                try
                {
                    entry = entry(first, postings);
                }
                catch (final IllegalArgumentException ex)
                {
                    verifier.fail("entry " + first.get(0) + " (line " + firstLine + "): " + ex.getMessage());
                    return;
                }
                if (!verifier.check(entry))
                {
                    return;
                }
                first = null;
                postings.clear();
            }
            if (row == null)
            {
                return;
            }
            if (row.size() != HEADER.size())
            {
                verifier.fail("entry " + row.get(0) + " (line " + line + "): a row needs " + HEADER.size() + " fields, got " +
                    row.size());
                return;
            }
            if (first == null)
            {
                first = row;
                firstLine = line;
            }
            else
            {
                for (final int column : new int[] {1, 2, 3, 4, 5, 6, 10, 11})
                {
                    if (!row.get(column).equals(first.get(column)))
                    {
                        verifier.fail("entry " + row.get(0) + " (line " + line + "): its rows disagree on " + HEADER.get(column));
                        return;
                    }
                }
            }
            try
            {
                postings.add(new Posting(row.get(7), EntryCodec.side(row.get(8)), EntryCodec.amount(row.get(9))));
            }
            catch (final IllegalArgumentException ex)
            {
                verifier.fail("entry " + row.get(0) + " (line " + line + "): " + ex.getMessage());
                return;
            }
        }
    }

    private static JournalEntry entry(final List<String> row, final List<Posting> postings)
    {
        return new JournalEntry(whole(row, 0), whole(row, 1), EntryCodec.kind(row.get(2)),
            new EntrySource(row.get(3), Math.toIntExact(whole(row, 4)), whole(row, 5), row.get(6)), postings,
            row.get(10), row.get(11));
    }

    private static long whole(final List<String> row, final int column)
    {
        try
        {
            return Long.parseLong(row.get(column));
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(HEADER.get(column) + " must be a whole number, got '" + row.get(column) + "'");
        }
    }

    /** RFC 4180 records, quoted fields with commas, quotes and line breaks included. */
    private static final class RowReader
    {
        private final BufferedReader in;
        private long line;

        RowReader(final BufferedReader in)
        {
            this.in = in;
        }

        long line()
        {
            return line;
        }

        List<String> next() throws IOException
        {
            String text = in.readLine();
            if (text == null)
            {
                return null;
            }
            line++;
            final List<String> fields = new ArrayList<>();
            final StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true)
            {
                if (i == text.length())
                {
                    if (quoted)
                    {
                        final String more = in.readLine();
                        if (more == null)
                        {
                            throw new IOException("line " + line + ": a quoted field is not closed");
                        }
                        line++;
                        field.append("\r\n");
                        text = more;
                        i = 0;
                        continue;
                    }
                    fields.add(field.toString());
                    return fields;
                }
                final char c = text.charAt(i++);
                if (quoted)
                {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"')
                    {
                        field.append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.append(c);
                    }
                }
                else if (c == '"' && field.length() == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.add(field.toString());
                    field.setLength(0);
                }
                else
                {
                    field.append(c);
                }
            }
        }
    }
}
