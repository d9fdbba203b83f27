package com.guishen.gscx.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator audit trail: one JSON line per operator action (who, when, what, on what, the
 * result), appended to {@code <data-dir>/admin-audit.jsonl} and synced before the action is
 * answered. Append-only: nothing here rewrites or deletes a line.
 */
final class OperatorAudit
{
    /** One action: time (ISO-8601 UTC), user, action, target, details, result ("OK" or the error). */
    record Record(String time, String user, String action, String target, String details, String result)
    {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    OperatorAudit(final Path file)
    {
        this.file = file;
    }

    Path file()
    {
        return file;
    }

    synchronized void append(final Record record)
    {
        final ObjectNode line = JSON.createObjectNode();
        line.put("time", record.time()).put("user", record.user()).put("action", record.action())
            .put("target", record.target()).put("details", record.details()).put("result", record.result());
        try
        {
            Files.write(file, (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot append to the operator audit trail " + file, ex);
        }
    }

    static Record record(final String user, final String action, final String target, final String details,
        final String result)
    {
        return new Record(Instant.now().toString(), user, action, target, details, result);
    }

    /** The last {@code limit} records, newest first. */
    synchronized List<Record> recent(final int limit)
    {
        final List<Record> records = new ArrayList<>();
        if (!Files.exists(file))
        {
            return records;
        }
        try
        {
            final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && records.size() < limit; i--)
            {
                if (!lines.get(i).isBlank())
                {
                    records.add(JSON.readValue(lines.get(i), Record.class));
                }
            }
            return records;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the operator audit trail " + file, ex);
        }
    }
}
