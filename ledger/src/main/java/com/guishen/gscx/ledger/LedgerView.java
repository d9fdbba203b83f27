package com.guishen.gscx.ledger;

import java.util.List;
import java.util.Map;

/**
 * What the ledger shows to operators and auditors (the admin console, {@code gscx ledger
 * balances}): balances, entries and the trial balance. Money is fixed-point CNY; format it with
 * {@link EntryCodec#amountText}.
 */
public interface LedgerView
{
    /** Every account's balance after the entries up to {@code time} (exclusive, epoch ns); {@link Long#MAX_VALUE} for now. */
    Map<String, Long> balancesAt(long time);

    /** The entries that match, in chain order. */
    List<JournalEntry> entries(EntryFilter filter);

    /** The trial balance after every entry. */
    TrialBalance trialBalance();

    /** The chart the balances are kept in. */
    ChartOfAccounts chart();
}
