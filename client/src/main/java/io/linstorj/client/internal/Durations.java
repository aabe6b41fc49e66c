package io.linstorj.client.internal;

import java.time.Duration;

/** Durations written for people: "5 min", "30 s", "200 ms". */
public final class Durations {
    private Durations() {}

    /** {@code duration} in its largest whole unit: minutes, seconds or milliseconds. */
    public static String readable(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0 && millis > 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }
}
