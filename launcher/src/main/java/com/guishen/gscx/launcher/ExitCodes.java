package com.guishen.gscx.launcher;

/** The exit codes of every gscx command. */
final class ExitCodes
{
    static final int OK = 0;
    /** The command ran and found the input bad (a malformed line, an invalid config). */
    static final int BAD_INPUT = 2;
    /** The command could not do its work (I/O failure, unexpected error). */
    static final int FAILURE = 1;

    private ExitCodes()
    {
    }
}
