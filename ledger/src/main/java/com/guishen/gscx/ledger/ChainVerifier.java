package com.guishen.gscx.ledger;

/**
 * Checks entries one after the other, as an auditor would: each entry balances, its hash is the
 * SHA-256 of its content, its prevHash is the hash of the entry before it, and no entry is
 * missing. The first entry's prevHash is taken as it is (an export may start anywhere). For an
 * export filtered by participant or exchange, gaps are expected: the link is then checked only
 * between entries that follow each other.
 */
public final class ChainVerifier
{
    private final boolean gapsExpected;
    private final HashChain chain = new HashChain();
    private final Balances balances = new Balances();
    private JournalEntry previous;
    private long entries;
    private String problem;

    public ChainVerifier(final boolean gapsExpected)
    {
        this.gapsExpected = gapsExpected;
    }

    /** Checks the next entry; returns false (and keeps the problem) from the first bad one on. */
    public boolean check(final JournalEntry entry)
    {
        if (problem != null)
        {
            return false;
        }
        final String why = problemOf(entry);
        if (why != null)
        {
            problem = "entry " + entry.entryId() + ": " + why;
            return false;
        }
        balances.apply(entry);
        previous = entry;
        entries++;
        return true;
    }

    private String problemOf(final JournalEntry entry)
    {
        if (previous != null && entry.entryId() <= previous.entryId())
        {
            return "comes after entry " + previous.entryId() + " (entries must ascend)";
        }
        if (previous != null && entry.entryId() != previous.entryId() + 1 && !gapsExpected)
        {
            final long missing = previous.entryId() + 1;
            return "entr" + (entry.entryId() - missing == 1 ? "y " + missing + " is" :
                "ies " + missing + " to " + (entry.entryId() - 1) + " are") + " missing before it (it follows entry " +
                previous.entryId() + ")";
        }
        if (entry.postings().size() < 2)
        {
            return "has " + entry.postings().size() + " posting(s), an entry needs at least two";
        }
        if (entry.debits() != entry.credits())
        {
            return "does not balance: debits " + EntryCodec.amountText(entry.debits()) + ", credits " +
                EntryCodec.amountText(entry.credits());
        }
        if (!entry.hash().equals(chain.hashOf(entry)))
        {
            return "its hash does not match its content (the entry was altered)";
        }
        if (previous != null && entry.entryId() == previous.entryId() + 1 && !entry.prevHash().equals(previous.hash()))
        {
            return "its prevHash is not the hash of entry " + previous.entryId() + " (the chain is broken)";
        }
        if (previous == null && entry.entryId() == 1 && !entry.prevHash().equals(JournalEntry.GENESIS_HASH))
        {
            return "the first entry's prevHash must be " + JournalEntry.GENESIS_HASH;
        }
        return null;
    }

    /** Reports a problem found before an entry could be read (a malformed line). */
    public void fail(final String problem)
    {
        if (this.problem == null)
        {
            this.problem = problem;
        }
    }

    /** The id of the last good entry, 0 before the first. */
    public long lastEntryId()
    {
        return previous == null ? 0 : previous.entryId();
    }

    public Verification result()
    {
        return new Verification(entries, balances.trialBalance(), problem);
    }
}
