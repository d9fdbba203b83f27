package com.guishen.gscx.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 chain over the entries: each entry's hash covers its canonical encoding, which
 * includes the previous entry's hash, so changing, removing or reordering any entry breaks every
 * hash after it.
 */
public final class HashChain
{
    private final MessageDigest sha256;

    public HashChain()
    {
        try
        {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("this JVM has no SHA-256", ex);
        }
    }

    /** The entry with its hash computed (whatever hash it carried before). */
    public JournalEntry seal(final long entryId, final long time, final EntryKind kind, final EntrySource source,
        final List<Posting> postings, final String prevHash)
    {
        final JournalEntry unsealed = new JournalEntry(entryId, time, kind, source, postings, prevHash, "");
        return new JournalEntry(entryId, time, kind, source, unsealed.postings(), prevHash, hashOf(unsealed));
    }

    /** The hash an entry must carry: SHA-256 of its canonical encoding, lower-case hex. */
    public String hashOf(final JournalEntry entry)
    {
        return HexFormat.of().formatHex(sha256.digest(EntryCodec.content(entry)));
    }
}
