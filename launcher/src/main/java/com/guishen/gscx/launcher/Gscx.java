package com.guishen.gscx.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gscx} command line: every component and tool of the exchange behind one entry point. */
@Command(
    name = "gscx",
    mixinStandardHelpOptions = true,
    versionProvider = GscxVersion.class,
    description = "GuiShen Compute Exchange: trade GPU and CPU compute between Shenzhen and Guiyang.",
    subcommands = {ReplayCommand.class, EngineCommand.class, BenchCommand.class, PublishCommand.class, JournalCommand.class,
        KafkaCommand.class, ConfigCommand.class, LedgerCommand.class, SettlementCommand.class, GatewayCommand.class, AdminCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class Gscx implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine()
    {
        final CommandLine commandLine = new CommandLine(new Gscx());
        commandLine.setUsageHelpWidth(100);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) ->
        {
            cmd.getErr().println("gscx: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
