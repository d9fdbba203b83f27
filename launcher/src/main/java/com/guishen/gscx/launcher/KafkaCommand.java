package com.guishen.gscx.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gscx kafka ...}: the embedded broker and what is in Kafka. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    description = "Run a data directory's embedded Kafka broker, or print a topic's records.",
    subcommands = {KafkaBrokerCommand.class, KafkaDumpCommand.class})
final class KafkaCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
