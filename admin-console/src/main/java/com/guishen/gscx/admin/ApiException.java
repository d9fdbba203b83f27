package com.guishen.gscx.admin;

/** A request the API refuses: the HTTP status and a message for the caller. Nothing has changed. */
final class ApiException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(final int status, final String message)
    {
        super(message, null, false, false);
        this.status = status;
    }

    int status()
    {
        return status;
    }

    static ApiException badRequest(final String message)
    {
        return new ApiException(400, message);
    }
}
