package com.guishen.gscx.launcher;

import com.guishen.gscx.settlement.DeliveryObligation;
import com.guishen.gscx.settlement.ObligationState;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code gscx settlement obligations}: every fill's delivery obligation and where it stands. */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    description = {
        "List delivery obligations (one per fill) and where they stand.",
        "",
        "State (PENDING, CONFIRMED, PARTIAL, FAILED),",
        "unit-hours obligated and delivered, notional, and what was released, refunded and charged."})
final class SettlementObligationsCommand implements Callable<Integer>
{
    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Option(names = "--state", paramLabel = "STATE", description = "Only these: ${COMPLETION-CANDIDATES}.")
    private ObligationState state;

    @Option(names = "--participant", paramLabel = "ID", description = "Only those of this buyer or provider.")
    private String participant;

    @Option(names = "--cycle", paramLabel = "N", description = "Only those decided in this cycle.")
    private Long cycle;

    @Override
    public Integer call()
    {
        final Settlement settlement = SettlementCommand.stateOrReport(dataDirectory.path, config, "gscx settlement obligations");
        if (settlement == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        System.out.printf("%-10s  %-9s  %-28s  %-10s  %-10s  %12s  %12s  %14s  %14s  %14s  %12s  %s%n", "obligation",
            "state", "symbol", "buyer", "provider", "unit-hours", "delivered", "notional", "released", "refunded",
            "penalty", "deadline");
        int shown = 0;
        for (final DeliveryObligation obligation : settlement.obligations())
        {
            if ((state != null && obligation.state() != state) ||
                (participant != null && !participant.equals(obligation.buyer()) && !participant.equals(obligation.provider())) ||
                (cycle != null && (obligation.decidedAt() < 0 ||
                    settlement.calendar().cycleId(settlement.calendar().index(obligation.decidedAt())) != cycle)))
            {
                continue;
            }
            System.out.printf("%-10s  %-9s  %-28s  %-10s  %-10s  %12s  %12s  %14s  %14s  %14s  %12s  %s%n",
                obligation.obligationId(), obligation.state(), obligation.symbol(), obligation.buyer(),
                obligation.provider(), SettlementJson.amount(obligation.obligatedUnitHours()),
                SettlementJson.amount(obligation.deliveredUnitHours()), SettlementJson.amount(obligation.notional()),
                SettlementJson.amount(obligation.released()), SettlementJson.amount(obligation.refunded()),
                SettlementJson.amount(obligation.penalty()), SettlementCommand.time(obligation.deadline()));
            shown++;
        }
        System.out.println(shown + " of " + settlement.obligations().size() + " obligations");
        return ExitCodes.OK;
    }
}
