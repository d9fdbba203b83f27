package com.guishen.gscx.gateway;

import com.guishen.gscx.events.codec.EngineEventDecoder;

/**
 * The engine's events in engineSeq order from the first: the outbound journal (the launcher wires
 * it). The gateway reads them all on start to learn the orders' state.
 */
public interface EngineEventSource
{
    /** Wraps {@code decoder} around the next event; false when there is none yet. */
    boolean readNext(EngineEventDecoder decoder);
}
