package io.linstorj.satellite.command;

import java.util.Objects;

/**
 * What a finished external command left: its exit code and everything it wrote.
 *
 * @param command the command that ran
 * @param exitCode the process's exit code
 * @param stdout everything written to standard output
 * @param stderr everything written to standard error
 */
public record CommandResult(Command command, int exitCode, String stdout, String stderr) {

    /** Creates a result; the outputs are never null. */
    public CommandResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** Returns true if the command exited with 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * Returns this result if the command succeeded.
     *
     * @throws CommandFailedException naming the command, its exit code and its standard error
     */
    public CommandResult requireSuccess() {
        if (!succeeded()) {
            throw new CommandFailedException(this);
        }
        return this;
    }
}
