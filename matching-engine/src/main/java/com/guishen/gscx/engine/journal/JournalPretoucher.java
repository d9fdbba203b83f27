package com.guishen.gscx.engine.journal;

import org.agrona.concurrent.Agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Brings the pages of the journals' current files into the page cache ahead of their writers.
 *
 * <p>Chronicle Queue extends a cycle file sparsely and maps it; the first write to each page then
 * takes a page fault in which the kernel allocates and zeroes the page, on the writer's thread.
 * On this project's virtual machines that is the largest single cost of journaling an event. This
 * agent, on a thread of its own, reads every page of the files' mapped extent once as soon as the
 * file grows (reading a hole fills the page cache with zeroed pages and changes nothing on disk),
 * so that the writer later finds its pages present. Chronicle Queue's own pretoucher is a
 * commercial feature.
 */
public final class JournalPretoucher implements Agent
{
    private static final int CHUNK = 1 << 20;

    private final List<Path> directories;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(CHUNK);
    private final Path[] files;
    private final long[] touched;

    public JournalPretoucher(final List<Path> directories)
    {
        this.directories = directories;
        this.files = new Path[directories.size()];
        this.touched = new long[directories.size()];
    }

    @Override
    public int doWork()
    {
        int work = 0;
        for (int i = 0; i < files.length; i++)
        {
            work += touch(i);
        }
        return work;
    }

    private int touch(final int journal)
    {
        try
        {
            final Path newest = newestCycleFile(directories.get(journal));
            if (newest == null)
            {
                return 0;
            }
            if (!newest.equals(files[journal]))
            {
                files[journal] = newest;
                touched[journal] = 0;
            }
            final long size = Files.size(newest);
            if (size <= touched[journal])
            {
                return 0;
            }
            try (FileChannel channel = FileChannel.open(newest, StandardOpenOption.READ))
            {
                while (touched[journal] < size)
                {
                    scratch.clear();
                    final int read = channel.read(scratch, touched[journal]);
                    if (read <= 0)
                    {
                        break;
                    }
                    touched[journal] += read;
                }
            }
            return 1;
        }
        catch (final java.nio.file.NoSuchFileException ex)
        {
            files[journal] = null;
            return 0;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("pretouching " + directories.get(journal) + ": " + ex.getMessage(), ex);
        }
    }

    private static Path newestCycleFile(final Path directory) throws IOException
    {
        if (!Files.isDirectory(directory))
        {
            return null;
        }
        try (Stream<Path> entries = Files.list(directory))
        {
            return entries.filter(path -> path.getFileName().toString().endsWith(".cq4"))
                .max(Path::compareTo).orElse(null);
        }
    }

    @Override
    public String roleName()
    {
        return "gscx-journal-pretoucher";
    }
}
