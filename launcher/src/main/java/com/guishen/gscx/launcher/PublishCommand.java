package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ConfigException;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.publisher.KafkaEventPublisher;
import com.guishen.gscx.launcher.kafka.KafkaConnection;
import org.agrona.CloseHelper;
import org.agrona.concurrent.AgentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code gscx publish}: the Kafka publisher of a data directory, in a process of its own. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
        "Publish a data directory's outbound journal to Kafka, in a process of its own.",
        "",
        "For an engine started with --no-publisher. Every event goes out exactly once: on",
        "start the publisher reads back what each partition holds and resumes after it."})
final class PublishCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Mixin
    private KafkaOption kafkaOption;

    @Override
    public Integer call() throws InterruptedException
    {
        final DataDirectory directory = dataDirectory.directory();
        if (!Files.isDirectory(directory.outbound()))
        {
            System.err.println("gscx publish: no outbound journal in " + directory.root());
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig market;
        try
        {
            market = config.load();
        }
        catch (final ConfigException ex)
        {
            System.err.println(ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        final KafkaConnection kafka;
        try
        {
            kafka = KafkaConnection.open(directory.root(), kafkaOption.bootstrapServers);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx publish: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        final OutboundJournal outbound = OutboundJournal.open(directory.outbound());
        final KafkaEventPublisher publisher = Publishing.publisher(market, kafka.bootstrapServers(), directory, outbound);
        final AgentRunner publishing = Publishing.start(publisher);
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            CloseHelper.closeAll(error -> System.err.println("gscx publish: while stopping: " + error),
                publishing, outbound, kafka);
            stopped.countDown();
        }, "gscx-publish-shutdown"));
        System.err.println("gscx publish: publishing " + directory.outbound() + " to Kafka at " +
            kafka.bootstrapServers() + " (Ctrl-C to stop)");
        long reported = -1;
        while (!stopped.await(10, TimeUnit.SECONDS))
        {
            final long records = publisher.published();
            if (records != reported)
            {
                System.err.printf("gscx publish: %,d Kafka records published, up to engineSeq %,d%n", records,
                    publisher.lastSeenEngineSeq());
                reported = records;
            }
        }
        return ExitCodes.OK;
    }
}
