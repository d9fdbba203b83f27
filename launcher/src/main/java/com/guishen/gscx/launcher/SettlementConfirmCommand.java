package com.guishen.gscx.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.events.FixedPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gscx settlement confirm}: publishes one delivery confirmation to {@code gscx.deliveries}. */
@Command(
    name = "confirm",
    mixinStandardHelpOptions = true,
    description = {
        "Confirm a delivery: publish a DELIVERY_CONFIRMATION to gscx.deliveries.",
        "",
        "As a scheduler would. Settlement applies it, or rejects it with the reason to",
        "gscx.deliveries.rejects (unknown obligation, not the provider or an operator, more than",
        "obligated, after the decision, a confirmation id used before).",
        "",
        "Example: gscx settlement confirm --obligation DO-42 --unit-hours 192 --by guian-dc --evidence slurm:881"})
final class SettlementConfirmCommand implements Callable<Integer>
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

    @Option(names = "--unit-hours", required = true, paramLabel = "DECIMAL",
        description = "Unit-hours delivered (GPUs x hours), > 0, at most 4 decimals; they add up over confirmations.")
    private String unitHours;

    @Option(names = "--by", required = true, paramLabel = "ID", description = "Who confirms: the provider, or an operator.")
    private String confirmedBy;

    @Option(names = "--evidence", split = ",", paramLabel = "TEXT", description = "Evidence, e.g. scheduler job ids (comma-separated).")
    private List<String> evidence = List.of();

    @Option(names = "--time", paramLabel = "TIME",
        description = "When it was delivered: 2026-12-01T20:00+08:00, ...Z or epoch ns (default: now).")
    private String time;

    @Option(names = "--id", paramLabel = "ID", description = "The confirmation id (default: cli-<obligation>-<time>).")
    private String confirmationId;

    @Override
    public Integer call() throws Exception
    {
        final long tradeId;
        final long delivered;
        final long at;
        try
        {
            tradeId = tradeId(obligation);
            delivered = unitHours(unitHours);
            at = time == null ? nowNanos() : LedgerCommand.epochNanos("--time", time);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("gscx settlement confirm: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        final MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final ObjectNode json = DeliveryRecords.confirmation(
            confirmationId != null ? confirmationId : "cli-DO-" + tradeId + "-" + at, tradeId, delivered, confirmedBy, at,
            evidence);
        return DeliveryRecords.publish("gscx settlement confirm", dataDirectory.path, kafkaOption.bootstrapServers, market, json);
    }

    static long tradeId(final String text)
    {
        final String digits = text.startsWith("DO-") ? text.substring(3) : text;
        if (!digits.matches("[1-9][0-9]{0,17}"))
        {
            throw new IllegalArgumentException("--obligation must be DO-<n> or <n> (a fill's trade id), got '" + text + "'");
        }
        return Long.parseLong(digits);
    }

    private static long unitHours(final String text)
    {
        final long value;
        try
        {
            value = FixedPoint.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("--unit-hours must be a decimal > 0 with at most 4 decimals, got '" + text + "'");
        }
        if (value <= 0)
        {
            throw new IllegalArgumentException("--unit-hours must be > 0, got '" + text + "'");
        }
        return value;
    }

    static long nowNanos()
    {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
