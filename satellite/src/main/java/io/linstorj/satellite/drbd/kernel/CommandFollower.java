package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.DrbdException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Starts long-running commands whose standard output is a stream of lines, such as
 * {@code drbdsetup events2}; tests replace it to feed the lines themselves.
 *
 * <p>Commands that run to an end go through {@link io.linstorj.satellite.command.CommandRunner}.
 * A followed command is apart because it has no timeout and is read while it runs.
 */
interface CommandFollower {
    /**
     * Starts a long-running command with an empty standard input and hands each line of its
     * standard output to {@code onLine}, on a thread of its own; {@code onExit} gets the exit code
     * when it ends.
     *
     * @throws DrbdException if it cannot start
     */
    FollowedCommand follow(List<String> command, Consumer<String> onLine, IntConsumer onExit);

    /** A running command started by {@link #follow}. */
    interface FollowedCommand extends AutoCloseable {
        /** Stops the command. */
        @Override
        void close();
    }
}
