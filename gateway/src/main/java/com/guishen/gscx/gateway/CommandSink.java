package com.guishen.gscx.gateway;

/**
 * Where the gateway appends the commands its sessions send: the engine's inbound journal (the
 * launcher wires it). One binary order command ({@link com.guishen.gscx.events.codec.OrderCommandEncoder})
 * or one command line of the command-file format per call.
 */
public interface CommandSink
{
    void append(byte[] command, int offset, int length);
}
