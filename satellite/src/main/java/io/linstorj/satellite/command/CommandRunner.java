package io.linstorj.satellite.command;

/**
 * Runs external commands (lvcreate, zfs, losetup, ...) and hands back what they wrote.
 *
 * <p>This is the seam between the satellite and the node's tools: the real implementation is
 * {@link ProcessCommandRunner}; tests give one that answers with recorded outputs.
 * <pre>{@code
 * CommandRunner runner = new ProcessCommandRunner();
 * String vgs = runner.run(Command.of("vgs", "--noheadings", "vg0")).requireSuccess().stdout();
 * }</pre>
 */
public interface CommandRunner {

    /**
     * Runs a command to its end and returns its exit code and outputs, whatever the exit code.
     *
     * @throws ToolNotInstalledException if the program is not installed; nothing ran
     * @throws CommandTimeoutException if it ran longer than its timeout; it was killed, and may
     *     have done part of its work
     */
    CommandResult run(Command command);

    /** Returns true if {@code program} is installed where this runner looks for programs. */
    boolean isInstalled(String program);

    /**
     * Runs a command and returns its result if it exited with 0.
     *
     * @throws CommandFailedException if it exited with another code; the message names the command
     *     and its standard error
     * @throws ToolNotInstalledException if the program is not installed
     * @throws CommandTimeoutException if it ran longer than its timeout
     */
    default CommandResult runChecked(Command command) {
        return run(command).requireSuccess();
    }
}
