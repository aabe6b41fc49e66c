package io.linstorj.bench;

import java.util.Locale;

/**
 * A performance goal from the issue tracker, printed beside a figure with whether it was met.
 * Benchmarks never fail on a missed target: they print it.
 *
 * @param text the goal for people, e.g. {@code p50 < 50 ms}
 * @param limit the bound, in the unit of the figure it is compared with
 * @param upperBound true when the figure must stay below the limit, false when it must reach it
 */
public record Target(String text, double limit, boolean upperBound) {

    /** A goal met by figures strictly below {@code limit}. */
    public static Target below(String text, double limit) {
        return new Target(text, limit, true);
    }

    /** A goal met by figures of at least {@code limit}. */
    public static Target atLeast(String text, double limit) {
        return new Target(text, limit, false);
    }

    /** True when {@code figure} meets the goal. */
    public boolean metBy(double figure) {
        return upperBound ? figure < limit : figure >= limit;
    }

    /** {@code met} or {@code NOT met}, for {@code figure}. */
    public String verdict(double figure) {
        return metBy(figure) ? "met" : "NOT met";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", text, upperBound ? "upper bound" : "lower bound");
    }
}
