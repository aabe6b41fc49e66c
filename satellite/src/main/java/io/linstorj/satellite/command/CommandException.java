package io.linstorj.satellite.command;

/** The root of the failures of running an external command; the message names the command. */
public abstract class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Command command;

    /** Creates an exception about {@code command}. */
    protected CommandException(Command command, String message, Throwable cause) {
        super(message, cause);
        this.command = command;
    }

    /** Returns the command that failed. */
    public Command command() {
        return command;
    }
}
