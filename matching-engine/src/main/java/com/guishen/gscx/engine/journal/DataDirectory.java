package com.guishen.gscx.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an engine keeps its state: the inbound and outbound journals and its snapshots. */
public record DataDirectory(Path root)
{
    public Path inbound()
    {
        return root.resolve("inbound");
    }

    public Path outbound()
    {
        return root.resolve("outbound");
    }

    public Path snapshots()
    {
        return root.resolve("snapshots");
    }

    /** The lock file that makes one engine process at a time the owner of this directory. */
    public Path engineLock()
    {
        return root.resolve("engine.lock");
    }

    /** Creates the directories that do not exist yet. */
    public DataDirectory create()
    {
        try
        {
            Files.createDirectories(inbound());
            Files.createDirectories(outbound());
            Files.createDirectories(snapshots());
            return this;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create the data directory " + root + ": " + ex.getMessage(), ex);
        }
    }
}
