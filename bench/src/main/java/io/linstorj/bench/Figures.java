package io.linstorj.bench;

import java.util.Locale;

/** Number formats shared by every report, so that all scenarios print figures alike. */
public final class Figures {
    private Figures() {}

    /** Nanoseconds as milliseconds with 2 decimals, e.g. {@code 12.35}. */
    public static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    /** Nanoseconds as seconds with 2 decimals, e.g. {@code 1.25 s}. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** A rate with 1 decimal, e.g. {@code 2345.6}. */
    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** {@code count} events over {@code nanos} as a rate per second (0 for no time). */
    public static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    /** A count with thousands separators, e.g. {@code 10,000}. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** KiB as MiB with 1 decimal, e.g. {@code 187.4 MiB}. */
    public static String mebibytes(long kib) {
        return String.format(Locale.ROOT, "%.1f MiB", kib / 1024.0);
    }
}
