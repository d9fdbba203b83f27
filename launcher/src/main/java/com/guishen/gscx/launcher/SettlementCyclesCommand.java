package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementCycle;
import com.guishen.gscx.settlement.SettlementInstruction;
import com.guishen.gscx.settlement.SettlementJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gscx settlement cycles}: the closed settlement cycles, or one of them in full. */
@Command(
    name = "cycles",
    mixinStandardHelpOptions = true,
    description = {
        "List the closed settlement cycles, or show one in full.",
        "",
        "Cycle id = its start in CST, yyyyMMddHHmm. The list shows each cycle's events,",
        "instructions and the net inter-exchange amount; --cycle N shows one in full: each",
        "participant's net, each exchange's clearing net, instructions, providers' reliability."})
final class SettlementCyclesCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--cycle", paramLabel = "N", description = "One cycle, by id (e.g. 202612011400).")
    private Long cycle;

    @Override
    public Integer call()
    {
        final Settlement settlement = SettlementCommand.stateOrReport(dataDirectory.path, config, "gscx settlement cycles");
        if (settlement == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final List<SettlementCycle> cycles = selected(settlement, cycle, "cycles");
        if (cycles == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        if (cycle == null)
        {
            System.out.printf("%-12s  %-22s  %-22s  %-3s  %6s  %12s  %s%n", "cycle", "start", "end", "eod", "events",
                "instructions", "inter-exchange");
            for (final SettlementCycle closed : cycles)
            {
                System.out.printf("%-12d  %-22s  %-22s  %-3s  %6d  %12d  %s%n", closed.cycleId(),
                    SettlementCommand.time(closed.start()), SettlementCommand.time(closed.end()),
                    closed.endOfDay() ? "yes" : "no", closed.events().size(), closed.instructions().size(),
                    interExchange(closed));
            }
            System.out.println(cycles.size() + " cycles closed; " + settlement.openCycleEvents().size() +
                " events in the open cycle");
            return ExitCodes.OK;
        }
        final SettlementCycle closed = cycles.get(0);
        System.out.println("cycle " + closed.cycleId() + ": " + SettlementCommand.time(closed.start()) + " to " +
            SettlementCommand.time(closed.end()) + (closed.endOfDay() ? " (end of day)" : "") + ", " +
            closed.events().size() + " events");
        System.out.println("participant nets (+ owed by its exchange, - owes it):");
        closed.participantNets().forEach((participant, net) ->
            System.out.printf("  %-16s %s%n", participant, SettlementJson.amount(net)));
        System.out.println("clearing nets (+ holds money for the other exchange):");
        for (final Map.Entry<ExchangeId, Long> net : closed.clearingNets().entrySet())
        {
            System.out.printf("  %-16s %s%n", net.getKey(), SettlementJson.amount(net.getValue()));
        }
        System.out.println("instructions:");
        for (final SettlementInstruction instruction : closed.instructions())
        {
            System.out.printf("  %s  %-16s -> %-16s %14s %s%n", instruction.instructionId(), instruction.payer(),
                instruction.payee(), SettlementJson.amount(instruction.amount()), instruction.currency());
        }
        System.out.println("provider reliability (delivered / obligated unit-hours):");
        closed.reliability().forEach((provider, score) ->
            System.out.printf("  %-16s %s%n", provider, SettlementJson.amount(score)));
        return ExitCodes.OK;
    }

    private static String interExchange(final SettlementCycle cycle)
    {
        for (final SettlementInstruction instruction : cycle.instructions())
        {
            if (isExchange(instruction.payer()) && isExchange(instruction.payee()))
            {
                return instruction.payer() + " -> " + instruction.payee() + " " + SettlementJson.amount(instruction.amount());
            }
        }
        return "-";
    }

    private static boolean isExchange(final String party)
    {
        for (final ExchangeId exchange : ExchangeId.values())
        {
            if (exchange.name().equals(party))
            {
                return true;
            }
        }
        return false;
    }

    /** Every closed cycle, or the one asked for; null (after saying why) when there is no such cycle. */
    static List<SettlementCycle> selected(final Settlement settlement, final Long cycleId, final String command)
    {
        if (cycleId == null)
        {
            return settlement.cycles();
        }
        for (final SettlementCycle closed : settlement.cycles())
        {
            if (closed.cycleId() == cycleId)
            {
                return List.of(closed);
            }
        }
        System.err.println("gscx settlement " + command + ": no closed cycle " + cycleId + " (" +
            (settlement.cycles().isEmpty() ? "none has closed yet" : "closed: " +
                settlement.cycles().stream().map(c -> Long.toString(c.cycleId())).toList()) + ")");
        return null;
    }
}
