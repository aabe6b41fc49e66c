package io.linstorj.satellite.drbd.emulated;

import java.time.Duration;

/**
 * How fast the emulated DRBD driver pretends to sync.
 *
 * @param syncRateKibPerSecond the emulated resync rate in KiB/s
 * @param tickInterval how often a running sync advances and reports progress
 */
public record EmulatedDrbdSettings(long syncRateKibPerSecond, Duration tickInterval) {
    /** The default rate: 100 MiB/s, like a resync on a fast local network. */
    public static final long DEFAULT_SYNC_RATE_KIB_PER_SECOND = 100 * 1024;
    /** The default tick: half a second. */
    public static final Duration DEFAULT_TICK_INTERVAL = Duration.ofMillis(500);

    /** Validates both values. */
    public EmulatedDrbdSettings {
        if (syncRateKibPerSecond <= 0) {
            throw new IllegalArgumentException(
                    "the emulated sync rate must be positive: " + syncRateKibPerSecond + " KiB/s");
        }
        if (tickInterval.isNegative() || tickInterval.isZero()) {
            throw new IllegalArgumentException("the emulated tick interval must be positive: " + tickInterval);
        }
    }

    /** The defaults: 100 MiB/s, a tick every half second. */
    public static EmulatedDrbdSettings defaults() {
        return new EmulatedDrbdSettings(DEFAULT_SYNC_RATE_KIB_PER_SECOND, DEFAULT_TICK_INTERVAL);
    }
}
