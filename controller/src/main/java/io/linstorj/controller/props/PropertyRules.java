package io.linstorj.controller.props;

import io.linstorj.controller.api.CallContext;
import io.linstorj.protocol.RetCodes;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Value rules of the property keys the controller interprets (LINSTOR's names and rules).
 * Other keys are accepted as they are.
 */
public final class PropertyRules {
    /** DRBD's dual-primary switch of a resource: "yes" or "no". */
    public static final String ALLOW_TWO_PRIMARIES = "DrbdOptions/Net/allow-two-primaries";
    /** Storage pool to use for new resources of a node or resource definition. */
    public static final String STORAGE_POOL_NAME = "StorPoolName";
    /** Controller property: range of automatically allocated DRBD ports (default 7000-7999). */
    public static final String TCP_PORT_AUTO_RANGE = "TcpPortAutoRange";
    /** Controller property: range of automatically allocated DRBD minors (default 1000-49999). */
    public static final String MINOR_NR_AUTO_RANGE = "MinorNrAutoRange";
    /** Highest TCP port. */
    public static final int MAX_PORT = 65535;
    /** Highest DRBD minor number. */
    public static final int MAX_MINOR = 1048575;

    private static final Pattern STORAGE_POOL_NAME_VALUE = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9_-]{2,47}");
    private static final Map<String, Rule> RULES = Map.of(
        ALLOW_TWO_PRIMARIES, new Rule(value -> value.equals("yes") || value.equals("no"), "yes or no"),
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
        Rule rule = RULES.get(key);
        if (value == null || (rule != null && !rule.accepts().test(value))) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP,
                "Invalid value '" + value + "' for property '" + key + "'.",
                "The value of '" + key + "' must be " + (rule == null ? "present" : rule.expected()) + ".",
                "Set '" + key + "' to " + (rule == null ? "a value" : rule.expected()) + ".");
        }
    }

    private record Rule(Predicate<String> accepts, String expected) {
    }
}
