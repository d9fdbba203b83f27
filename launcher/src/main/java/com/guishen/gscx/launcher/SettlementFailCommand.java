package com.guishen.gscx.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guishen.gscx.config.MarketConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code gscx settlement fail}: publishes one delivery failure to {@code gscx.deliveries}. */
@Command(
    name = "fail",
    mixinStandardHelpOptions = true,
    description = {
        "Fail a delivery: publish a DELIVERY_FAILURE to gscx.deliveries.",
        "",
        "Settlement decides the obligation at once instead of at its deadline: FAILED when",
        "nothing was confirmed, PARTIAL when some was, with the same refund and penalty. It is",
        "rejected with the reason to gscx.deliveries.rejects when the obligation is unknown or",
        "decided already, or the sender is neither its provider nor an operator.",
        "",
        "Example: gscx settlement fail --obligation DO-42 --by operator --reason \"rack power failure\""})
final class SettlementFailCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Mixin
    private KafkaOption kafkaOption;

    @Option(names = "--obligation", required = true, paramLabel = "DO-N|N",
        description = "The obligation (DO-42) or the id of its fill (42).")
    private String obligation;

    @Option(names = "--by", required = true, paramLabel = "ID",
        description = "Who reports it: an operator (settlement.operators), or the provider.")
    private String reportedBy;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it failed, for people.")
    private String reason;

    @Option(names = "--time", paramLabel = "TIME",
        description = "When it was reported: 2026-12-01T20:00+08:00, ...Z or epoch ns (default: now).")
    private String time;

    @Override
    public Integer call() throws Exception
    {
        final long tradeId;
        final long at;
        try
        {
            tradeId = SettlementConfirmCommand.tradeId(obligation);
            at = time == null ? SettlementConfirmCommand.nowNanos() : LedgerCommand.epochNanos("--time", time);
            if (reason.isBlank() || reportedBy.isBlank())
            {
                throw new IllegalArgumentException("--by and --reason must not be empty");
            }
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("gscx settlement fail: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final ObjectNode json = DeliveryRecords.failure(tradeId, reportedBy, at, reason);
        return DeliveryRecords.publish("gscx settlement fail", dataDirectory.path, kafkaOption.bootstrapServers, market, json);
    }
}
