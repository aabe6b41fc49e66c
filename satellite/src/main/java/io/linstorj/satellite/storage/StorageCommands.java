package io.linstorj.satellite.storage;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.CommandException;
import io.linstorj.satellite.command.CommandFailedException;
import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.command.ToolNotInstalledException;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a provider's commands and turns their failures into {@link StorageProblem}s that name the
 * package to install or the tool's own error.
 *
 * <pre>{@code
 * var commands = new StorageCommands(runner, "pool1", Map.of("lvs", "lvm2", "vgs", "lvm2"));
 * String out = commands.runChecked(Command.of("lvs", "vg0"), "list the logical volumes of vg0");
 * }</pre>
 */
public final class StorageCommands {

    private final CommandRunner runner;
    private final String poolName;
    private final Map<String, String> packageOfTool;

    /**
     * Creates a wrapper.
     *
     * @param poolName the storage pool the commands work for, named in problems
     * @param packageOfTool for each program the provider runs, the Debian package that brings it
     */
    public StorageCommands(CommandRunner runner, String poolName, Map<String, String> packageOfTool) {
        this.runner = runner;
        this.poolName = poolName;
        this.packageOfTool = Map.copyOf(packageOfTool);
    }

    /** Returns the problem of the first program the provider needs that is not installed. */
    public Optional<StorageProblem> missingTool() {
        return packageOfTool.keySet().stream()
                .sorted()
                .filter(program -> !runner.isInstalled(program))
                .findFirst()
                .map(program -> toolMissing(program, "'" + program + "' was not found on this node"));
    }

    /**
     * Returns what keeps the pool from being used: the first program the provider needs that is not
     * installed, else the problem {@code readPool} fails with; empty if both are fine.
     *
     * @param readPool reads the pool (volume group, dataset) the way the provider does, throwing a
     *     {@link StorageException} if it is missing or unreadable
     */
    public Optional<StorageProblem> toolOrPoolProblem(Runnable readPool) {
        Optional<StorageProblem> missingTool = missingTool();
        if (missingTool.isPresent()) {
            return missingTool;
        }
        try {
            readPool.run();
            return Optional.empty();
        } catch (StorageException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * Runs a command whatever its exit code.
     *
     * @throws StorageException if it could not run (program missing, timeout)
     */
    public CommandResult run(Command command, String purpose) {
        try {
            return runner.run(command);
        } catch (ToolNotInstalledException e) {
            throw new StorageException(toolMissing(command.program(), e.getMessage()), e);
        } catch (CommandException e) {
            throw new StorageException(failed(purpose, e.getMessage()), e);
        }
    }

    /**
     * Runs a command and returns its standard output.
     *
     * @param purpose what the command is for, in words ("create logical volume vg0/web_00000")
     * @throws StorageException if it could not run or exited with a non-zero code; the cause names
     *     the command and its standard error
     */
    public String runChecked(Command command, String purpose) {
        CommandResult result = run(command, purpose);
        if (!result.succeeded()) {
            throw new StorageException(failed(purpose, new CommandFailedException(result).getMessage()));
        }
        return result.stdout();
    }

    /** Returns the problem "could not {@code purpose}" with {@code cause}. */
    public StorageProblem failed(String purpose, String cause) {
        return new StorageProblem(
                StorageProblem.Reason.COMMAND_FAILED,
                "storage pool '" + poolName + "': could not " + purpose,
                cause,
                "correct what the cause names; the satellite retries on its next reconciliation");
    }

    private StorageProblem toolMissing(String program, String cause) {
        String debianPackage = packageOfTool.getOrDefault(program, program);
        return new StorageProblem(
                StorageProblem.Reason.TOOL_MISSING,
                debianPackage + " is not installed, so storage pool '" + poolName + "' cannot be used",
                cause,
                "install it: apt-get install " + debianPackage);
    }
}
