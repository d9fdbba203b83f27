package com.guishen.gscx.launcher;

import picocli.CommandLine.Option;

/** The {@code --bootstrap-servers} option of every command that talks to Kafka. */
final class KafkaOption
{
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT...]",
        description = "An external Kafka cluster (default: the data directory's embedded broker).")
    String bootstrapServers;
}
