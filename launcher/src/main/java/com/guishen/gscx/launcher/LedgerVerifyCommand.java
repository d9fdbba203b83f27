package com.guishen.gscx.launcher;

import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.Verification;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gscx ledger verify FILE|--journal}: recomputes the hash chain and the trial balance. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Recompute the hash chain and the trial balance of an export (CSV or JSON Lines) or of",
        "the journal itself.",
        "",
        "Prints 'OK <n> entries, trial balance 0' (exit code 0), or 'FAILED entry <id>: <why>'",
        "naming the first bad entry (exit code 2)."})
final class LedgerVerifyCommand implements Callable<Integer>
{
    @ArgGroup(multiplicity = "1")
    private Target target;

    static final class Target
    {
        @Parameters(paramLabel = "FILE", description = "An export written by gscx ledger export.")
        Path file;

        @Option(names = "--journal", description = "The ledger's journal in --data-dir instead of an export.")
        boolean journal;
    }

    @Option(names = "--filtered", description = "The export was filtered by --participant or --exchange: entries " +
        "in between are expected to be missing; each entry's hash is checked, and the chain where entries follow " +
        "each other.")
    private boolean filtered;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Override
    public Integer call() throws IOException
    {
        final Verification verification;
        if (target.journal)
        {
            final Path journal = LedgerCommand.journal(dataDirectory.path);
            try
            {
                verification = ExportVerifier.verifyJournal(journal);
            }
            catch (final IllegalArgumentException ex)
            {
                System.err.println("gscx ledger verify: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        else
        {
            if (!Files.isRegularFile(target.file))
            {
                System.err.println("gscx ledger verify: no file " + target.file);
                return ExitCodes.BAD_INPUT;
            }
            verification = ExportVerifier.verifyExport(target.file, filtered);
        }
        System.out.println(verification.message());
        return verification.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
