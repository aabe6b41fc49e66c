package io.linstorj.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A point in time a wait must not pass, or none; measured on {@link System#nanoTime()}. */
public final class Deadline {
    private final @Nullable Duration timeout;
    private final long endNanos;

    private Deadline(@Nullable Duration timeout, long endNanos) {
        this.timeout = timeout;
        this.endNanos = endNanos;
    }

    /** The deadline {@code timeout} from now; none when {@code timeout} is null. */
    public static Deadline after(@Nullable Duration timeout) {
        return new Deadline(timeout, timeout == null ? 0 : System.nanoTime() + timeout.toNanos());
    }

    /** True when there is no deadline. */
    public boolean isNone() {
        return timeout == null;
    }

    /** Nanoseconds left, at least zero; {@link Long#MAX_VALUE} without a deadline. */
    public long remainingNanos() {
        return timeout == null ? Long.MAX_VALUE : Math.max(0, endNanos - System.nanoTime());
    }

    /** True once the deadline is reached. */
    public boolean passed() {
        return timeout != null && endNanos - System.nanoTime() <= 0;
    }

    /** {@code wait}, shortened to the time left. */
    public Duration cap(Duration wait) {
        long remaining = remainingNanos();
        return remaining < wait.toNanos() ? Duration.ofNanos(Math.max(1, remaining)) : wait;
    }

    /** The timeout, for people ("200 ms"); "no limit" without a deadline. */
    public String describe() {
        return timeout == null ? "no limit" : Durations.readable(timeout);
    }
}
