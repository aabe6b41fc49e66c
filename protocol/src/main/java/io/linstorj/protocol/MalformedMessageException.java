package io.linstorj.protocol;

/** A frame's payload or one of its messages is not what the protocol allows. */
public final class MalformedMessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a reason. */
    public MalformedMessageException(String message) {
        super(message);
    }

    /** Creates the exception with a reason and the parser's error. */
    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
