package io.linstorj.controller.state;

/** The store could not load or commit. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a reason and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
