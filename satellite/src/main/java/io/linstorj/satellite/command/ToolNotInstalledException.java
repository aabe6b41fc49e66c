package io.linstorj.satellite.command;

/**
 * An external command whose program is not installed on this node.
 *
 * <p>Callers that know which package brings the program turn this into advice
 * ("lvm2 is not installed: apt-get install lvm2").
 */
public final class ToolNotInstalledException extends CommandException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for a command whose program was not found. */
    public ToolNotInstalledException(Command command, String searched) {
        super(
                command,
                "'" + command.program() + "' is not installed (searched " + searched + "), so '" + command.commandLine()
                        + "' cannot run",
                null);
    }
}
