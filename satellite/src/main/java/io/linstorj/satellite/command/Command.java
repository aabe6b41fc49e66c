package io.linstorj.satellite.command;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An external command to run: its program, arguments and the longest it may take.
 *
 * <p>The arguments go to the program as they are, without a shell, so names never need quoting:
 * <pre>{@code
 * Command lvs = Command.of("lvs", "--noheadings", "vg0");
 * Command slow = Command.of("zfs", "destroy", "tank/r_00000").withTimeout(Duration.ofMinutes(5));
 * }</pre>
 *
 * @param argv the program name followed by its arguments; never empty
 * @param timeout how long the command may run before it is killed
 */
public record Command(List<String> argv, Duration timeout) {

    /** The timeout of a command made by {@link #of}: long enough for LVM and ZFS on a busy node. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /** Creates a command; rejects an empty argument list and a non-positive timeout. */
    public Command {
        argv = List.copyOf(argv);
        Objects.requireNonNull(timeout, "timeout");
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("a command needs a program name");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** Returns a command with the {@link #DEFAULT_TIMEOUT}. */
    public static Command of(String program, String... arguments) {
        return of(program, List.of(arguments));
    }

    /** Returns a command with the {@link #DEFAULT_TIMEOUT}. */
    public static Command of(String program, List<String> arguments) {
        var all = new java.util.ArrayList<String>(arguments.size() + 1);
        all.add(program);
        all.addAll(arguments);
        return new Command(all, DEFAULT_TIMEOUT);
    }

    /** Returns this command with another timeout. */
    public Command withTimeout(Duration newTimeout) {
        return new Command(argv, newTimeout);
    }

    /** Returns the program name, the first element of {@link #argv}. */
    public String program() {
        return argv.get(0);
    }

    /** Returns the command line as one string, arguments separated by single spaces. */
    public String commandLine() {
        return String.join(" ", argv);
    }

    @Override
    public String toString() {
        return commandLine();
    }
}
