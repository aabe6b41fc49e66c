package io.linstorj.rest.json;

/** A request body that is not the JSON its path expects; the message says what is wrong, for the client. */
public final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public JsonInputException(String message) {
        super(message, null, false, false);
    }
}
