package com.guishen.gscx.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gscx journal ...}: the engine's inbound and outbound journals. */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "Append to, print and verify the engine's journals.",
    subcommands = {JournalAppendCommand.class, JournalDumpCommand.class, JournalVerifyCommand.class})
final class JournalCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
