package io.linstorj.controller.placement;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.linstorj.common.RetCodes;

/**
 * A user's regular expression over resource names ({@code not_place_with_rsc_regex}), compiled
 * with RE2/J so that matching takes time linear in the name whatever the pattern: the JDK's
 * backtracking engine spends exponential time on patterns such as {@code (.*a){20}$} or
 * {@code (a+)+$}, and placement runs for every request.
 *
 * <p>Matching is case-insensitive, like LINSTOR's resource names, and finds the pattern anywhere in
 * the name (anchor it with {@code ^...$} for the whole name). Refused with
 * {@code FAIL_INVLD_REQUEST}: more than {@value #MAX_LENGTH} characters (resource names have at
 * most 48, so that is room for an alternation of many names), a pattern whose counted repetitions
 * would expand past {@value #MAX_SIZE} instructions, and syntax RE2/J does not accept, such as
 * backreferences ({@code \1}) and lookaround ({@code (?=...)}).
 */
final class ResourceNamePattern {
    /** Most characters in a pattern. */
    static final int MAX_LENGTH = 1024;
    /** Most instructions a pattern may compile to, counted repetitions expanded. */
    static final long MAX_SIZE = 5_000;

    private static final String FIELD = "not_place_with_rsc_regex";

    private final Pattern pattern;

    private ResourceNamePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles {@code regex}.
     *
     * @throws PlacementRefusedException with {@code FAIL_INVLD_REQUEST} when it is too long, too
     *     large or not valid RE2 syntax
     */
    static ResourceNamePattern compile(String regex) {
        if (regex.length() > MAX_LENGTH) {
            throw refused(
                    FIELD + " has " + regex.length() + " characters, more than " + MAX_LENGTH + ".",
                    "Shorten the regular expression; resource names have at most 48 characters.");
        }
        if (RegexSize.estimate(regex, MAX_SIZE) > MAX_SIZE) {
            throw refused(
                    FIELD + " '" + regex + "' expands to more than " + MAX_SIZE
                            + " instructions (nested counted repetitions such as {n}).",
                    "Use fewer or smaller counted repetitions.");
        }
        try {
            return new ResourceNamePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw refused(
                    FIELD + " '" + regex + "' is not a valid regular expression: " + e.getDescription() + ".",
                    "Correct the regular expression (RE2 syntax: no backreferences or lookaround).");
        }
    }

    /** True when the pattern occurs in {@code resourceName}, ignoring case. */
    boolean foundIn(String resourceName) {
        return pattern.matcher(resourceName).find();
    }

    /** The pattern as the user gave it. */
    String source() {
        return pattern.pattern();
    }

    private static PlacementRefusedException refused(String message, String correction) {
        return PlacementRefusedException.invalidFilter(RetCodes.FAIL_INVLD_REQUEST, message, correction);
    }
}
