package io.linstorj.satellite.command;

/** An external command that ran and exited with a non-zero code. */
public final class CommandFailedException extends CommandException {

    private static final long serialVersionUID = 1L;

    private final transient CommandResult result;

    /** Creates an exception for a result whose exit code is not 0. */
    public CommandFailedException(CommandResult result) {
        super(result.command(), messageOf(result), null);
        this.result = result;
    }

    /** Returns the failed command's result, with its exit code and outputs. */
    public CommandResult result() {
        return result;
    }

    /** Returns the command's standard error, trimmed (empty if it wrote none). */
    public String stderr() {
        return result.stderr().strip();
    }

    private static String messageOf(CommandResult result) {
        String stderr = result.stderr().strip();
        return "'" + result.command().commandLine() + "' failed with exit code " + result.exitCode()
                + (stderr.isEmpty() ? " and wrote nothing to stderr" : ": " + stderr);
    }
}
