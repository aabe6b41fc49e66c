package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.DrbdException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Runs external commands for the DRBD layer; tests replace it to see the command lines. */
interface CommandRunner {
    /**
     * Runs a command to its end with an empty standard input.
     *
     * @throws DrbdException if it cannot start or does not end in time
     */
    CommandResult run(List<String> command);

    /**
     * Starts a long-running command and hands each line of its standard output to
     * {@code onLine}, on a thread of its own; {@code onExit} gets the exit code when it ends.
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
