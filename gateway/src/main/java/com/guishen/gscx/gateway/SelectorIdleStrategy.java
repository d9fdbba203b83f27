package com.guishen.gscx.gateway;

import org.agrona.concurrent.IdleStrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.function.Consumer;

/**
 * The idle strategy of a gateway that runs its engine on its own thread ({@link FixGateway#startWith}):
 * every event then comes from a command the gateway itself appended, so there is nothing to poll
 * for while the sockets are quiet. After a few spins and yields it waits on its selector, and bytes
 * from a client end the wait at once, where a backoff would sleep on until its park ran out. The
 * wait is capped for what no socket signals: timers, a credential check finishing off-thread,
 * commands that other writers (the admin console, another process) append to the inbound journal.
 * The ready keys are left to the agent's next pass: the selector is level-triggered, so they are
 * reported again.
 */
final class SelectorIdleStrategy implements IdleStrategy
{
    private static final Consumer<SelectionKey> LEAVE_FOR_THE_AGENT = key ->
    {
    };

    private final Selector selector;
    private final int maxSpins;
    private final int maxYields;
    private final long maxWaitMillis;
    private int spins;
    private int yields;

    SelectorIdleStrategy(final Selector selector, final int maxSpins, final int maxYields, final long maxWaitMillis)
    {
        this.selector = selector;
        this.maxSpins = maxSpins;
        this.maxYields = maxYields;
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    public void idle(final int workCount)
    {
        if (workCount > 0)
        {
            reset();
        }
        else
        {
            idle();
        }
    }

    @Override
    public void idle()
    {
        if (spins < maxSpins)
        {
            spins++;
            Thread.onSpinWait();
        }
        else if (yields < maxYields)
        {
            yields++;
            Thread.yield();
        }
        else
        {
            try
            {
                selector.select(LEAVE_FOR_THE_AGENT, maxWaitMillis);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
    }

    @Override
    public void reset()
    {
        spins = 0;
        yields = 0;
    }

    @Override
    public String alias()
    {
        return "selector";
    }
}
