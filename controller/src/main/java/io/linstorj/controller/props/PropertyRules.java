package io.linstorj.controller.props;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.TextRules;
import io.linstorj.controller.state.ColumnLimits;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rules for properties: the syntax of every key, values that fit the database, and the value
 * rules of the keys the controller interprets (LINSTOR's names and rules). Values of other keys
 * are accepted as they are.
 */
public final class PropertyRules {
    /** DRBD's dual-primary switch of a resource: "yes" or "no" ("true" and "false" too, any case). */
    public static final String ALLOW_TWO_PRIMARIES = "DrbdOptions/Net/allow-two-primaries";
    /** Storage pool to use for new resources of a node or resource definition. */
    public static final String STORAGE_POOL_NAME = "StorPoolName";
    /** Controller property: range of automatically allocated DRBD ports (default 7000-7999). */
    public static final String TCP_PORT_AUTO_RANGE = "TcpPortAutoRange";
    /** Controller property: range of automatically allocated DRBD minors (default 1000-49999). */
    public static final String MINOR_NR_AUTO_RANGE = "MinorNrAutoRange";
    /**
     * How many times its total capacity a thin storage pool may provision (LINSTOR's name; 0 to
     * 1000, default 20); set on a pool, its definition, its node or the controller.
     */
    public static final String MAX_OVERSUBSCRIPTION_RATIO = "MaxOversubscriptionRatio";
    /**
     * Controller property: how autoplace ranks pools, {@value #STRATEGY_MOST_FREE_SPACE} (the
     * default) or {@value #STRATEGY_FEWEST_RESOURCES}.
     */
    public static final String AUTOPLACER_STRATEGY = "Autoplacer/Strategy";
    /** Value of {@link #AUTOPLACER_STRATEGY}: prefer the pool with the most free space. */
    public static final String STRATEGY_MOST_FREE_SPACE = "MostFreeSpace";
    /** Value of {@link #AUTOPLACER_STRATEGY}: prefer the node with the fewest resources. */
    public static final String STRATEGY_FEWEST_RESOURCES = "FewestResources";
    /** Highest over-subscription ratio. */
    public static final double MAX_RATIO = 1000.0;
    /** Highest TCP port. */
    public static final int MAX_PORT = 65535;
    /** Highest DRBD minor number. */
    public static final int MAX_MINOR = 1048575;

    private static final Pattern STORAGE_POOL_NAME_VALUE = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9_-]{2,47}");
    private static final Map<String, Rule> RULES = Map.of(
        ALLOW_TWO_PRIMARIES, new Rule(PropertyRules::isBoolean, "yes or no (or true or false)"),
        MAX_OVERSUBSCRIPTION_RATIO, new Rule(value -> parseRatio(value).isPresent(),
            "a number from 0 to " + (int) MAX_RATIO),
        AUTOPLACER_STRATEGY, new Rule(value -> value.equals(STRATEGY_MOST_FREE_SPACE)
            || value.equals(STRATEGY_FEWEST_RESOURCES), STRATEGY_MOST_FREE_SPACE + " or " + STRATEGY_FEWEST_RESOURCES),
        STORAGE_POOL_NAME, new Rule(value -> STORAGE_POOL_NAME_VALUE.matcher(value).matches(),
            "a storage pool name of 3 to 48 letters, digits, '_' or '-'"),
        TCP_PORT_AUTO_RANGE, new Rule(value -> NumberRange.parse(value, 1, MAX_PORT).isPresent(),
            "a range 'low-high' of TCP ports between 1 and " + MAX_PORT),
        MINOR_NR_AUTO_RANGE, new Rule(value -> NumberRange.parse(value, 0, MAX_MINOR).isPresent(),
            "a range 'low-high' of minor numbers between 0 and " + MAX_MINOR));

    private PropertyRules() {
    }

    /** Checks keys and values to set; throws FAIL_INVLD_PROP (with the context's masks) for the first bad one. */
    public static void check(Map<String, String> props, CallContext ctx) {
        props.forEach((key, value) -> check(key, value, ctx));
    }

    /**
     * Checks one key and value to set on an object: the key's syntax ({@link #checkKey}), that
     * the value fits the database, and the value rule of the keys the controller interprets.
     */
    public static void check(String key, String value, CallContext ctx) {
        checkKey(key, false, ctx);
        checkValue(key, value, ctx);
        DrbdOptionRules.check(key, value, ctx);
        Rule rule = RULES.get(key);
        if (rule != null && !rule.accepts().test(value)) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP,
                "Invalid value " + TextRules.shown(value) + " for property '" + key + "'.",
                "The value of '" + key + "' must be " + rule.expected() + ".",
                "Set '" + key + "' to " + rule.expected() + ".");
        }
    }

    /**
     * Checks one entry to set in a key-value store: the syntax of property keys, except that a
     * key may start with '/' (the namespaces of LINSTOR's KV clients, "/foo/bar/key"), and a
     * value that fits the database. Values are not interpreted.
     */
    public static void checkEntry(String key, String value, CallContext ctx) {
        checkKey(key, true, ctx);
        checkValue(key, value, ctx);
    }

    /**
     * Checks the syntax of a key: a path of non-empty segments separated by '/' ("Aux/site"),
     * at most {@value ColumnLimits#PROP_KEY} characters, without control characters (NUL,
     * newline, tab), not starting (unless {@code leadingSlash}) or ending with '/'.
     */
    public static void checkKey(String key, boolean leadingSlash, CallContext ctx) {
        String problem = keyProblem(key, leadingSlash);
        if (problem != null) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP, "Invalid property key " + TextRules.shown(key) + ": " + problem
                    + ".",
                "A property key is a path of up to " + ColumnLimits.PROP_KEY + " characters such as 'Aux/site':"
                    + " non-empty segments separated by single '/', without control characters, "
                    + (leadingSlash ? "not ending with '/'." : "neither starting nor ending with '/'."),
                "Correct the key.");
        }
    }

    private static String keyProblem(String key, boolean leadingSlash) {
        if (key == null || key.isBlank()) {
            return "it is empty";
        }
        if (key.length() > ColumnLimits.PROP_KEY) {
            return "it has " + key.length() + " characters, more than " + ColumnLimits.PROP_KEY;
        }
        if (TextRules.hasControlCharacter(key)) {
            return "it contains a control character";
        }
        String path = leadingSlash && key.startsWith("/") ? key.substring(1) : key;
        if (path.isEmpty() || path.startsWith("/")) {
            return "it starts with '/'";
        }
        if (path.endsWith("/")) {
            return "it ends with '/'";
        }
        if (path.contains("//")) {
            return "it has an empty segment ('//')";
        }
        return null;
    }

    private static void checkValue(String key, String value, CallContext ctx) {
        if (value == null) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP, "No value for property '" + key + "'.",
                "Every property to set needs a value.", "Give '" + key + "' a value, or delete the key instead.");
        }
        TextRules.check(value, ColumnLimits.PROP_VALUE, "value of property " + TextRules.shown(key),
            RetCodes.FAIL_INVLD_PROP, ctx);
    }

    /** The over-subscription ratio {@code text} names, if it is a number from 0 to {@value #MAX_RATIO}. */
    public static OptionalDouble parseRatio(String text) {
        try {
            double ratio = Double.parseDouble(text.trim());
            return ratio >= 0 && ratio <= MAX_RATIO ? OptionalDouble.of(ratio) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean isBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "no", "true", "false" -> true;
            default -> false;
        };
    }

    private record Rule(Predicate<String> accepts, String expected) {
    }
}
