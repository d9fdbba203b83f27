package com.guishen.gscx.engine;

/** Folds a sequence of longs into a 64-bit digest (a 64-bit FNV-1a over each long's bytes with a final mix). */
final class StateDigest
{
    private long hash = 0xcbf29ce484222325L;

    StateDigest add(final long value)
    {
        long v = value;
        for (int i = 0; i < 8; i++)
        {
            hash ^= v & 0xFF;
            hash *= 0x100000001b3L;
            v >>>= 8;
        }
        return this;
    }

    long value()
    {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
