package com.guishen.gscx.engine.journal;

import java.util.zip.CRC32C;

/** The CRC-32C every journal entry carries, so a flipped byte on disk is found, not replayed. */
final class JournalEntryChecksum
{
    private final CRC32C crc = new CRC32C();

    int of(final byte[] bytes, final int offset, final int length)
    {
        crc.reset();
        crc.update(bytes, offset, length);
        return (int)crc.getValue();
    }
}
