package com.guishen.gscx.launcher;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.ledger.ChartOfAccounts;
import com.guishen.gscx.ledger.EntryCodec;
import com.guishen.gscx.ledger.JournalLedgerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gscx ledger balances}: account balances and the trial balance per exchange. */
@Command(
    name = "balances",
    mixinStandardHelpOptions = true,
    description = {
        "Print every account's balance (debits - credits, CNY), then the trial balance per exchange.",
        "",
        "Read from the journal; safe while the ledger runs."})
final class LedgerBalancesCommand implements Callable<Integer>
{
    @Option(names = "--participant", paramLabel = "P", description = "Only P's accounts.")
    private String participant;

    @Option(names = "--at", paramLabel = "T", description = "Balances after the entries before T (ISO-8601 with " +
        "offset, an instant, or epoch ns; default: now).")
    private String at;

    @Mixin
    private DataDirectoryOption dataDirectory;

    @Mixin
    private MarketConfigOption config;

    @Override
    public Integer call()
    {
        final MarketConfig market = LedgerCommand.market(config);
        if (market == null)
        {
            return ExitCodes.BAD_INPUT;
        }
        if (participant != null && market.participant(participant).isEmpty())
        {
            System.err.println("gscx ledger balances: --participant " + participant + " is not a configured participant");
            return ExitCodes.BAD_INPUT;
        }
        final ChartOfAccounts chart = new ChartOfAccounts(market);
        final JournalLedgerView view = new JournalLedgerView(LedgerCommand.journal(dataDirectory.path), chart);
        final Map<String, Long> balances;
        try
        {
            balances = view.balancesAt(at == null ? Long.MAX_VALUE : LedgerCommand.epochNanos("--at", at));
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("gscx ledger balances: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (final ChartOfAccounts.Account account : chart.accounts())
        {
            if (participant == null || chart.accountsOf(participant).contains(account.id()))
            {
                System.out.printf("%-24s %-6s %20s%n", account.id(), account.exchange(),
                    EntryCodec.amountText(balances.getOrDefault(account.id(), 0L)));
            }
        }
        if (participant == null)
        {
            long total = 0;
            System.out.println();
            for (final ExchangeId exchange : ExchangeId.values())
            {
                long sum = 0;
                for (final String account : chart.accountsOf(exchange))
                {
                    sum += balances.getOrDefault(account, 0L);
                }
                total += sum;
                System.out.printf("trial balance %-6s %20s%n", exchange, EntryCodec.amountText(sum));
            }
            System.out.printf("trial balance total  %20s%n", EntryCodec.amountText(total));
        }
        return ExitCodes.OK;
    }

}
