package com.guishen.gscx.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the engine from writing into a full disk: a memory-mapped journal that cannot grow
 * would lose writes or crash the process, so the engine stops with a clear error while a
 * reserve of free space is left.
 */
final class DiskSpaceGuard
{
    private final Path directory;
    private final FileStore store;
    private final long reserveBytes;

    DiskSpaceGuard(final Path directory, final long reserveBytes)
    {
        this.directory = directory;
        this.reserveBytes = reserveBytes;
        try
        {
            this.store = Files.getFileStore(directory);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot check the free space of " + directory + ": " + ex.getMessage(), ex);
        }
    }

    /** @throws IllegalStateException naming the free space and the reserve when too little is left. */
    void check()
    {
        final long free;
        try
        {
            free = store.getUsableSpace();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot check the free space of " + directory + ": " + ex.getMessage(), ex);
        }
        if (free < reserveBytes)
        {
            throw new IllegalStateException("disk almost full: " + (free >> 20) + " MiB free for " + directory +
                ", below the " + (reserveBytes >> 20) + " MiB reserve; the engine stops rather than risk a lost " +
                "journal write. Free some space and start it again");
        }
    }
}
