package com.guishen.gscx.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one config source so that they are reported together. */
final class ConfigErrors
{
    private final String source;
    private final List<String> lines = new ArrayList<>();

    ConfigErrors(final String source)
    {
        this.source = source;
    }

    /** Records a problem at a path ({@code instruments[3].tickSize}); an empty path means the whole file. */
    void add(final String path, final String message)
    {
        lines.add(path.isEmpty() ? source + ": " + message : source + ": " + path + ": " + message);
    }

    /** Throws a {@link ConfigException} listing every problem, if there was any. */
    void throwIfAny()
    {
        if (!lines.isEmpty())
        {
            throw new ConfigException(lines);
        }
    }
}
