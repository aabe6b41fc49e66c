package io.linstorj.satellite.drbd;

import java.util.List;

/**
 * A DRBD action failed: a command exited non-zero or could not run, or DRBD refused the action
 * (e.g. promoting a replica without up-to-date data). The message says what failed and why;
 * for a command, it carries the command line, its exit code and what it printed on stderr.
 */
public final class DrbdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> command;
    private final int exitCode;

    /** A refused action that ran no command. */
    public DrbdException(String message) {
        super(message);
        this.command = List.of();
        this.exitCode = -1;
    }

    /** A command that exited with {@code exitCode}, having printed {@code stderr}. */
    public DrbdException(String message, List<String> command, int exitCode, String stderr) {
        super(message + ": '" + String.join(" ", command) + "' exited with " + exitCode
                + (stderr.isBlank() ? "" : ": " + stderr.strip()));
        this.command = List.copyOf(command);
        this.exitCode = exitCode;
    }

    /** A command that could not run at all. */
    public DrbdException(String message, List<String> command, Throwable cause) {
        super(message + ": '" + String.join(" ", command) + "' could not run: " + cause.getMessage(), cause);
        this.command = List.copyOf(command);
        this.exitCode = -1;
    }

    /** The command line that failed, empty if the action ran no command. */
    public List<String> command() {
        return command;
    }

    /** The command's exit code, -1 if it did not run or no command was involved. */
    public int exitCode() {
        return exitCode;
    }
}
