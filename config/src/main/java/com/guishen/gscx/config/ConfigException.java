package com.guishen.gscx.config;

import java.util.List;

/**
 * A market config that cannot be used. The message lists every problem found, one per
 * line, each naming the file, the path in it and the bad value, e.g.
 * {@code gscx.yaml: instruments[3].tickSize: must be > 0, got -0.01}.
 */
public final class ConfigException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /** An exception listing these error lines, in the order found. */
    public ConfigException(final List<String> errors)
    {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** The error lines, in the order they were found. */
    public List<String> errors()
    {
        return errors;
    }
}
