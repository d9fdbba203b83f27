package com.guishen.gscx.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gscx config ...}: work with the market configuration. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Check and inspect the market configuration (YAML).",
    subcommands = {ConfigCheckCommand.class})
final class ConfigCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
