package io.linstorj.satellite.drbd.emulated;

import java.time.Duration;
import java.time.Instant;

/**
 * The time source and scheduler of the emulated DRBD driver, so that tests can drive time by
 * hand instead of sleeping.
 */
public interface EmulationClock {
    /** The current instant. */
    Instant now();

    /** Runs {@code task} once, {@code delay} from now, on the clock's thread. */
    Scheduled schedule(Duration delay, Runnable task);

    /** A task scheduled with {@link #schedule}. */
    interface Scheduled {
        /** Cancels the task if it has not run yet. */
        void cancel();
    }
}
