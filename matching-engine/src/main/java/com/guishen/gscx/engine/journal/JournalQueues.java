package com.guishen.gscx.engine.journal;

import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.nio.file.Path;

/** How every gscx journal opens its Chronicle Queue: one place for the roll cycle and timeouts. */
final class JournalQueues
{
    private JournalQueues()
    {
    }

    static SingleChronicleQueue open(final Path directory, final boolean readOnly)
    {
        if (System.getProperty("chronicle.analytics.disable") == null)
        {
            // An exchange must not phone home, whatever flags the JVM was started with.
            System.setProperty("chronicle.analytics.disable", "true");
        }
        if (!readOnly)
        {
            StaleWriteLocks.clearOnFirstOpen(directory);
        }
        return SingleChronicleQueueBuilder.single(directory.toString())
            .rollCycle(RollCycles.FAST_DAILY)
            .readOnly(readOnly)
            .build();
    }
}
