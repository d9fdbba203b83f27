package com.guishen.gscx.engine.replay;

/** A command file line that is not well-formed: the replay stops at it. */
public final class CommandFileException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    public CommandFileException(final long lineNumber, final String reason)
    {
        super("line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
    }

    public long lineNumber()
    {
        return lineNumber;
    }
}
