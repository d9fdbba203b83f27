package com.guishen.gscx.launcher;

import com.guishen.gscx.settlement.CycleReport;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementCycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code gscx settlement instructions}: the settlement instructions, as the cycles' CSV files hold them. */
@Command(
    name = "instructions",
    mixinStandardHelpOptions = true,
    description = {
        "Print the settlement instructions of every closed cycle, or of one, as CSV.",
        "",
        CycleReport.HEADER})
final class SettlementInstructionsCommand implements Callable<Integer>
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
        final Settlement settlement = SettlementCommand.stateOrReport(dataDirectory.path, config, "gscx settlement instructions");
        if (settlement == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final List<SettlementCycle> cycles = SettlementCyclesCommand.selected(settlement, cycle, "instructions");
        if (cycles == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        final StringBuilder out = new StringBuilder(CycleReport.HEADER).append('\n');
        for (final SettlementCycle closed : cycles)
        {
            final String csv = CycleReport.csv(closed).replace("\r\n", "\n");
            out.append(csv, csv.indexOf('\n') + 1, csv.length());
        }
        System.out.print(out);
        return ExitCodes.OK;
    }
}
