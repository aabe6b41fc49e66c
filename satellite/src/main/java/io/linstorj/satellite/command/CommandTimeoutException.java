package io.linstorj.satellite.command;

/** An external command that did not finish within its timeout and was killed. */
public final class CommandTimeoutException extends CommandException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for a command that was killed after its timeout. */
    public CommandTimeoutException(Command command) {
        super(
                command,
                "'" + command.commandLine() + "' did not finish within " + command.timeout() + " and was killed",
                null);
    }
}
