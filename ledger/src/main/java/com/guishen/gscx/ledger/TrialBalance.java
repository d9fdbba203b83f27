package com.guishen.gscx.ledger;

import com.guishen.gscx.config.ExchangeId;

import java.util.Map;

/**
 * The sum of all balances, in total and per exchange (an exchange's own accounts and its
 * members'): 0 everywhere as long as every entry balanced and no money crossed between exchanges
 * outside their clearing accounts.
 *
 * @param total      the sum of every balance, fixed-point CNY.
 * @param byExchange the sum of the balances of each exchange's accounts.
 */
public record TrialBalance(long total, Map<ExchangeId, Long> byExchange)
{
    public TrialBalance
    {
        byExchange = Map.copyOf(byExchange);
    }

    public static TrialBalance of(final Balances balances, final ChartOfAccounts chart)
    {
        final Map<ExchangeId, Long> byExchange = new java.util.EnumMap<>(ExchangeId.class);
        for (final ExchangeId exchange : ExchangeId.values())
        {
            long sum = 0;
            for (final String account : chart.accountsOf(exchange))
            {
                sum = Math.addExact(sum, balances.balance(account));
            }
            byExchange.put(exchange, sum);
        }
        return new TrialBalance(balances.trialBalance(), byExchange);
    }
}
