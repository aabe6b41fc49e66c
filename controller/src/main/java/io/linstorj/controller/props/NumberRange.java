package io.linstorj.controller.props;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of numbers written "low-high", as in the properties TcpPortAutoRange and
 * MinorNrAutoRange.
 *
 * @param low first number
 * @param high last number
 */
public record NumberRange(int low, int high) {
    /** The syntax of a range, as a regular expression (blanks around it are ignored). */
    public static final String SYNTAX = "[0-9]{1,9}-[0-9]{1,9}";

    private static final Pattern FORMAT = Pattern.compile("([0-9]{1,9})-([0-9]{1,9})");

    /** Parses "low-high" within {@code [min, max]}; empty when malformed or out of bounds. */
    public static Optional<NumberRange> parse(String text, int min, int max) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int low = Integer.parseInt(matcher.group(1));
        int high = Integer.parseInt(matcher.group(2));
        if (low < min || high > max || low > high) {
            return Optional.empty();
        }
        return Optional.of(new NumberRange(low, high));
    }

    /** True when {@code number} lies in the range. */
    public boolean contains(int number) {
        return number >= low && number <= high;
    }

    @Override
    public String toString() {
        return low + "-" + high;
    }
}
