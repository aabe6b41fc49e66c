package io.linstorj.satellite.command;

/** An external command abandoned because the waiting thread was interrupted; it was killed. */
public final class CommandInterruptedException extends CommandException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for a command killed because its caller was interrupted. */
    public CommandInterruptedException(Command command, InterruptedException cause) {
        super(command, "interrupted while waiting for '" + command.commandLine() + "'; it was killed", cause);
    }
}
