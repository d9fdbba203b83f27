package com.guishen.gscx.admin;

import com.guishen.gscx.engine.journal.InboundJournal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Appends operators' commands (HALT, RESUME, MASS_CANCEL lines of the command-file format) to the
 * engine's inbound journal: journaled and replayable like every order. Chronicle appenders belong to
 * one thread, so every append runs on this class's own thread.
 */
final class OperatorCommands implements AutoCloseable
{
    private final InboundJournal journal;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable ->
    {
        final Thread t = new Thread(runnable, "gscx-admin-commands");
        t.setDaemon(true);
        return t;
    });
    private InboundJournal.Appender appender;

    OperatorCommands(final InboundJournal journal)
    {
        this.journal = journal;
    }

    /** Appends one command line; returns its journal index once it is written. */
    long append(final String line)
    {
        try
        {
            return thread.submit(() ->
            {
                if (appender == null)
                {
                    appender = journal.appender();
                }
                return appender.append(line);
            }).get(30, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending " + line, ex);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException("cannot append " + line + " to the inbound journal: " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close()
    {
        thread.shutdown();
    }
}
