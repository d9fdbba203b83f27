package com.guishen.gscx.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CSV of a closed cycle, {@code cycle-<cycleId>.csv}: one row per instruction
 * ({@code instructionId,cycleId,payer,payee,amount,currency}, RFC 4180, CRLF). Written beside its
 * final name and moved into place, so a reader never sees half of one; rewriting it gives the same bytes.
 */
public final class CycleReport
{
    public static final String HEADER = "instructionId,cycleId,payer,payee,amount,currency";

    private CycleReport()
    {
    }

    public static Path file(final Path directory, final long cycleId)
    {
        return directory.resolve("cycle-" + cycleId + ".csv");
    }

    public static String csv(final SettlementCycle cycle)
    {
        final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (final SettlementInstruction instruction : cycle.instructions())
        {
            csv.append(instruction.instructionId()).append(',').append(instruction.cycleId()).append(',')
                .append(instruction.payer()).append(',').append(instruction.payee()).append(',')
                .append(SettlementJson.amount(instruction.amount())).append(',').append(instruction.currency())
                .append("\r\n");
        }
        return csv.toString();
    }

    /** Writes the cycle's CSV unless a file of that name holds it already. */
    public static void write(final Path directory, final SettlementCycle cycle)
    {
        final Path file = file(directory, cycle.cycleId());
        final byte[] bytes = csv(cycle).getBytes(StandardCharsets.UTF_8);
        try
        {
            if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes))
            {
                return;
            }
            Files.createDirectories(directory);
            final Path temporary = directory.resolve(file.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }
}
