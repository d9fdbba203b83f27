package com.guishen.gscx.launcher;

import com.guishen.gscx.config.KafkaSettings;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.launcher.kafka.KafkaConnection;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.settlement.kafka.SettlementService;
import com.guishen.gscx.settlement.kafka.SettlementServiceSettings;
import org.apache.kafka.clients.admin.NewTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gscx settlement run}: the settlement service. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Track every fill's delivery and settle it, until Ctrl-C (journal D/settlement).",
        "",
        "Consumes gscx.fills (each fill a delivery obligation) and gscx.deliveries (confirmations),",
        "in the order of the times they carry. Publishes escrow releases, refunds, penalties,",
        "delivery decisions, closed cycles and settlement instructions to gscx.settlement, and",
        "every record it cannot apply to gscx.deliveries.rejects with the reason. Each closed",
        "cycle's instructions are also written to D/settlement-cycles/cycle-<id>.csv. Exactly",
        "once, whenever it is killed: the journal holds the offsets applied."})
final class SettlementRunCommand implements Callable<Integer>
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
        final MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final KafkaConnection kafka;
        final SettlementService service;
        final SettlementServiceSettings settings;
        try
        {
            kafka = KafkaConnection.open(dataDirectory.path, kafkaOption.bootstrapServers);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx settlement run: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        try
        {
            settings = SettlementServiceSettings.of(dataDirectory.path, kafka.bootstrapServers(), market.kafka().topics());
            createTopics(kafka.bootstrapServers(), market.kafka(), settings);
            service = SettlementService.start(settings, market);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx settlement run: " + ex.getMessage());
            kafka.close();
            return ExitCodes.FAILURE;
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
        {
            service.stop();
            try
            {
                stopped.await();
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }, "gscx-settlement-shutdown"));
        System.err.println("gscx settlement run: running on " + settings.journal() + " after " + service.book().records() +
            " records, Kafka at " + kafka.bootstrapServers() + " (Ctrl-C to stop)");
        try
        {
            service.run();
        }
        finally
        {
            service.close();
            kafka.close();
            System.err.println("gscx settlement run: stopped after " + service.book().records() + " records");
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    static void createTopics(final String servers, final KafkaSettings kafka, final SettlementServiceSettings settings)
    {
        final short replication = (short)kafka.replicationFactor();
        KafkaTopics.create(servers, List.of(
            new NewTopic(settings.fillsTopic(), kafka.partitions(), replication),
            new NewTopic(settings.deliveriesTopic(), kafka.partitions(), replication),
            new NewTopic(settings.settlementTopic(), kafka.partitions(), replication),
            new NewTopic(settings.rejectsTopic(), kafka.partitions(), replication)), Duration.ofSeconds(30));
    }
}
