package io.linstorj.controller.props;

import io.linstorj.controller.api.CallContext;
import io.linstorj.protocol.RetCodes;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Value rules of the property keys the controller interprets (LINSTOR's names and rules).
 * Other keys are accepted as they are.
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

    /** Checks one key and value to set. */
    public static void check(String key, String value, CallContext ctx) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.endsWith("/")) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP, "Invalid property key '" + key + "'.",
                "A property key is a non-empty path such as 'Aux/site' that neither starts nor ends with '/'.",
                "Correct the key.");
        }
        DrbdOptionRules.check(key, value, ctx);
        Rule rule = RULES.get(key);
        if (value == null || (rule != null && !rule.accepts().test(value))) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP,
                "Invalid value '" + value + "' for property '" + key + "'.",
                "The value of '" + key + "' must be " + (rule == null ? "present" : rule.expected()) + ".",
                "Set '" + key + "' to " + (rule == null ? "a value" : rule.expected()) + ".");
        }
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
