package com.guishen.gscx.launcher;

import com.guishen.gscx.config.KafkaSettings;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.launcher.kafka.KafkaConnection;
import com.guishen.gscx.launcher.kafka.KafkaTopics;
import com.guishen.gscx.ledger.kafka.BookingService;
import com.guishen.gscx.ledger.kafka.LedgerSettings;
import org.apache.kafka.clients.admin.NewTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gscx ledger run}: the booking service. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Book every fill from Kafka into the ledger's journal (D/ledger), until Ctrl-C.",
        "",
        "Consumes gscx.fills and gscx.settlement (escrow released, refunds, penalties; each booked",
        "after its fill), posts balanced, hash-chained entries, publishes them to gscx.ledger",
        "and every record it cannot book to gscx.ledger.rejects with the reason. Exactly once,",
        "whenever it is killed: the journal holds the offsets applied. A new journal opens with",
        "the participants' configured opening deposits."})
final class LedgerRunCommand implements Callable<Integer>
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
        final BookingService service;
        final LedgerSettings settings;
        try
        {
            kafka = KafkaConnection.open(dataDirectory.path, kafkaOption.bootstrapServers);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx ledger run: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        try
        {
            settings = LedgerSettings.of(LedgerCommand.journal(dataDirectory.path), kafka.bootstrapServers(),
                market.kafka().topics());
            createTopics(kafka.bootstrapServers(), market.kafka(), settings);
            service = BookingService.start(settings, market);
        }
        catch (final RuntimeException ex)
        {
            System.err.println("gscx ledger run: " + ex.getMessage());
            kafka.close();
            return ExitCodes.FAILURE;
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread booking = Thread.currentThread();
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
        }, "gscx-ledger-shutdown"));
        System.err.println("gscx ledger run: running on " + settings.journal() + " after entry " +
            service.bookkeeper().ledger().lastEntryId() + ", Kafka at " + kafka.bootstrapServers() + " (Ctrl-C to stop)");
        try
        {
            service.run();
        }
        finally
        {
            service.close();
            kafka.close();
            System.err.println("gscx ledger run: stopped " + booking.getName() + " after entry " +
                service.bookkeeper().ledger().lastEntryId());
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    static void createTopics(final String servers, final KafkaSettings kafka, final LedgerSettings settings)
    {
        final short replication = (short)kafka.replicationFactor();
        KafkaTopics.create(servers, List.of(
            new NewTopic(settings.fillsTopic(), kafka.partitions(), replication),
            new NewTopic(settings.settlementTopic(), kafka.partitions(), replication),
            new NewTopic(settings.ledgerTopic(), kafka.partitions(), replication),
            new NewTopic(settings.rejectsTopic(), kafka.partitions(), replication)), Duration.ofSeconds(30));
    }
}
