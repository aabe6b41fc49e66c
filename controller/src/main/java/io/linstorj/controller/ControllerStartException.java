package io.linstorj.controller;

/** The controller could not start (database, state loading or port binding failed). */
public final class ControllerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a reason and its cause. */
    public ControllerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
