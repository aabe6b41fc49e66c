package io.linstorj.bench;

/**
 * A target beside a figure and whether the figure met it, as printed in a report.
 *
 * @param target the goal, empty when the figure has none
 * @param result {@code met}, {@code NOT met}, {@code n/a: <why>} or empty
 */
public record Check(String target, String result) {
    /** No target for this figure. */
    public static final Check NONE = new Check("", "");

    /** Compares {@code figure} with {@code target}. */
    public static Check of(Target target, double figure) {
        return new Check(target.text(), target.verdict(figure));
    }

    /**
     * A target whose conditions this run did not meet (fewer clients, a smaller database), so its
     * figure says nothing about the target.
     */
    public static Check notComparable(Target target, String why) {
        return new Check(target.text(), "n/a: " + why);
    }

    /** {@link #of} when {@code comparable}, else {@link #notComparable}. */
    public static Check ofIf(boolean comparable, Target target, double figure, String whyNot) {
        return comparable ? of(target, figure) : notComparable(target, whyNot);
    }
}
