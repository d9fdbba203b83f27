package com.guishen.gscx.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The SHA-256 chain over the entries: each entry's hash covers its canonical encoding, which
 * includes the previous entry's hash, so changing, removing or reordering any entry breaks every
 * hash after it.
 */
public final class HashChain
{
    private final MessageDigest sha256;
    private final EntryEncoder encoder = new EntryEncoder();
    private JournalEntry sealed;

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

    /** The entry with its hash computed; its JSON stays in {@link #sealedJson} until the next call. */
    public JournalEntry seal(final long entryId, final long time, final EntryKind kind, final EntrySource source,
        final List<Posting> postings, final String prevHash)
    {
        encoder.content(entryId, time, kind, source, postings, prevHash);
        sha256.update(encoder.buffer(), 0, encoder.length());
        final String hash = encoder.seal(sha256.digest());
        sealed = new JournalEntry(entryId, time, kind, source, postings, prevHash, hash);
        return sealed;
    }

    /**
     * The JSON ({@link EntryCodec#toJson}) of {@code entry} if it is the one sealed last, encoded
     * once for both the hash and the journal; null for any other entry.
     */
    EntryEncoder sealedJson(final JournalEntry entry)
    {
        return entry == sealed ? encoder : null;
    }

    /** The hash an entry must carry: SHA-256 of its canonical encoding, lower-case hex. */
    public String hashOf(final JournalEntry entry)
    {
        sealed = null;
        encoder.content(entry.entryId(), entry.time(), entry.kind(), entry.source(), entry.postings(), entry.prevHash());
        sha256.update(encoder.buffer(), 0, encoder.length());
        return encoder.seal(sha256.digest());
    }
}
