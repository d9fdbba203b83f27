package com.guishen.gscx.ledger;

/**
 * The result of checking a chain of entries (an export or the journal).
 *
 * @param entries      entries checked (up to the first bad one).
 * @param trialBalance sum of the balances of the entries checked, fixed-point CNY.
 * @param problem      the first bad entry and why, or null when all is well.
 */
public record Verification(long entries, long trialBalance, String problem)
{
    public boolean ok()
    {
        return problem == null && trialBalance == 0;
    }

    /** {@code OK 1234 entries, trial balance 0}, or {@code FAILED entry 42: ...}. */
    public String message()
    {
        if (problem != null)
        {
            return "FAILED " + problem;
        }
        if (trialBalance != 0)
        {
            return "FAILED trial balance " + EntryCodec.amountText(trialBalance) + " over " + entries + " entries";
        }
        return "OK " + entries + " entries, trial balance 0";
    }
}
