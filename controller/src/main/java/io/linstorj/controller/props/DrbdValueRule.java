package io.linstorj.controller.props;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What values one {@code DrbdOptions/...} key takes. The kinds mirror the value types of
 * LINSTOR's property rules and of DRBD's option descriptions ({@code drbdsetup xml-help}).
 */
sealed interface DrbdValueRule {
    /** True when {@code value} is allowed. */
    boolean accepts(String value);

    /** The allowed values in words, for refusals ("yes or no", "a whole number from 1 to 600"). */
    String expected();

    /** The value's type as LINSTOR lists it. */
    PropertyType type();

    /** The allowed values in LINSTOR's listed form (a regular expression, "(1 - 600)"); empty for any text or number. */
    Optional<String> listed();

    /**
     * A DRBD boolean: {@code yes} or {@code no}, as {@code drbdadm} takes them.
     *
     * @param alsoTrueFalse whether {@code true}/{@code false} in any case are taken too (for an
     *     option the satellite rewrites to yes/no itself)
     */
    record YesNo(boolean alsoTrueFalse) implements DrbdValueRule {
        @Override
        public boolean accepts(String value) {
            if (value.equals("yes") || value.equals("no")) {
                return true;
            }
            return alsoTrueFalse
                    && switch (value.toLowerCase(Locale.ROOT)) {
                        case "yes", "no", "true", "false" -> true;
                        default -> false;
                    };
        }

        @Override
        public String expected() {
            return alsoTrueFalse ? "yes or no (or true or false)" : "yes or no";
        }

        @Override
        public PropertyType type() {
            return PropertyType.BOOLEAN;
        }

        @Override
        public Optional<String> listed() {
            return Optional.of(alsoTrueFalse ? "(?i)(?:true|false|yes|no)" : "(?:yes|no)");
        }
    }

    /** LINSTOR's boolean: {@code true} or {@code false}, in any case. */
    record TrueFalse() implements DrbdValueRule {
        @Override
        public boolean accepts(String value) {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
        }

        @Override
        public String expected() {
            return "true or false";
        }

        @Override
        public PropertyType type() {
            return PropertyType.BOOLEAN_TRUE_FALSE;
        }

        @Override
        public Optional<String> listed() {
            return Optional.of("(?i)(?:true|false)");
        }
    }

    /**
     * A whole number in {@code [min, max]}, written in decimal without unit suffix.
     *
     * @param min smallest value
     * @param max largest value
     */
    record Range(long min, long max) implements DrbdValueRule {
        private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");

        @Override
        public boolean accepts(String value) {
            if (!DECIMAL.matcher(value).matches()) {
                return false;
            }
            long number = Long.parseLong(value);
            return number >= min && number <= max;
        }

        @Override
        public String expected() {
            return "a whole number from " + min + " to " + max;
        }

        @Override
        public PropertyType type() {
            return PropertyType.RANGE;
        }

        @Override
        public Optional<String> listed() {
            return Optional.of("(" + min + " - " + max + ")");
        }
    }

    /** LINSTOR's {@code long}: any whole number of 64 bits, in decimal. */
    record WholeNumber() implements DrbdValueRule {
        private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

        @Override
        public boolean accepts(String value) {
            if (!DECIMAL.matcher(value).matches()) {
                return false;
            }
            try {
                Long.parseLong(value);
                return true;
            } catch (NumberFormatException tooLarge) {
                return false;
            }
        }

        @Override
        public String expected() {
            return "a whole number";
        }

        @Override
        public PropertyType type() {
            return PropertyType.LONG;
        }

        @Override
        public Optional<String> listed() {
            return Optional.empty();
        }
    }

    /**
     * One of a fixed list of words, exactly as written.
     *
     * @param values the allowed words
     */
    record Symbol(List<String> values) implements DrbdValueRule {
        /** Copies the words. */
        public Symbol {
            values = List.copyOf(values);
        }

        @Override
        public boolean accepts(String value) {
            return values.contains(value);
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", values);
        }

        /** LINSTOR lists a word list as the regular expression {@code (?:a|b|c)}. */
        @Override
        public PropertyType type() {
            return PropertyType.REGEX;
        }

        @Override
        public Optional<String> listed() {
            return Optional.of("(?:" + String.join("|", values) + ")");
        }
    }

    /**
     * A free text or a name; the characters that break a DRBD configuration are refused for every
     * key anyway ({@link DrbdOptionRules}).
     *
     * @param pattern what the whole text must match
     * @param description the pattern in words
     */
    record Text(Pattern pattern, String description) implements DrbdValueRule {
        /** Any text. */
        static final Text ANY = new Text(Pattern.compile("(?s).*"), "a text");
        /** The name of a DRBD algorithm as the kernel's crypto API spells it (crc32c, hmac(sha256)). */
        static final Text ALGORITHM = new Text(
                Pattern.compile("[A-Za-z0-9_.-]{1,64}"),
                "an algorithm name of 1 to 64 letters, digits, '_', '.' or '-' (such as crc32c or sha256)");

        @Override
        public boolean accepts(String value) {
            return pattern.matcher(value).matches();
        }

        @Override
        public String expected() {
            return description;
        }

        @Override
        public PropertyType type() {
            return this.equals(ANY) ? PropertyType.STRING : PropertyType.REGEX;
        }

        @Override
        public Optional<String> listed() {
            return this.equals(ANY) ? Optional.empty() : Optional.of(pattern.pattern());
        }
    }
}
