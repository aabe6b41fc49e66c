package io.linstorj.controller.props;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.TextRules;
import io.linstorj.controller.state.ColumnLimits;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rules for properties: the syntax of every key, values that fit the database, and the value
 * rules of the keys the controller interprets (LINSTOR's names and rules), which
 * {@link PropertyCatalog} lists. Values of other keys are accepted as they are.
 */
public final class PropertyRules {
    /**
     * DRBD's dual-primary switch of a resource: "yes" or "no" ("true" and "false" too, any case);
     * checked with DRBD's other net options.
     */
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

    /** LINSTOR's over-subscription ratio while none is set (the placer's {@code CandidatePool} default). */
    public static final double DEFAULT_MAX_RATIO = 20.0;
    /** The DRBD ports allocated while {@link #TCP_PORT_AUTO_RANGE} is not set. */
    public static final NumberRange DEFAULT_TCP_PORT_RANGE = new NumberRange(7000, 7999);
    /** The DRBD minors allocated while {@link #MINOR_NR_AUTO_RANGE} is not set. */
    public static final NumberRange DEFAULT_MINOR_RANGE = new NumberRange(1000, 49999);

    private static final Pattern STORAGE_POOL_NAME_VALUE = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9_-]{2,47}");
    /**
     * The keys outside {@code DrbdOptions/} the controller interprets: each with its value rule
     * and its listing, so that what {@link PropertyCatalog} lists is what is checked here.
     * {@code DrbdOptions/...} keys, {@link #ALLOW_TWO_PRIMARIES} among them, are DrbdOptionTable's.
     */
    private static final Map<String, Rule> RULES = rules(
            new Rule(
                    value -> parseRatio(value).isPresent(),
                    "a number from 0 to " + (int) MAX_RATIO,
                    new PropertyInfo(
                            MAX_OVERSUBSCRIPTION_RATIO,
                            PropertyType.RANGE_FLOAT,
                            Optional.of("(0.0 - " + MAX_RATIO + ")"),
                            Optional.of(Integer.toString((int) DEFAULT_MAX_RATIO)),
                            Optional.empty(),
                            "How many times its total capacity a thin storage pool may provision, for"
                                    + " placement and size queries; taken from the pool, else its definition, else its node,"
                                    + " else the controller.",
                            Set.of(
                                    ObjectKind.STORAGEPOOL,
                                    ObjectKind.STORAGEPOOL_DEFINITION,
                                    ObjectKind.NODE,
                                    ObjectKind.CONTROLLER))),
            new Rule(
                    value -> value.equals(STRATEGY_MOST_FREE_SPACE) || value.equals(STRATEGY_FEWEST_RESOURCES),
                    STRATEGY_MOST_FREE_SPACE + " or " + STRATEGY_FEWEST_RESOURCES,
                    new PropertyInfo(
                            AUTOPLACER_STRATEGY,
                            PropertyType.REGEX,
                            Optional.of("(?:" + STRATEGY_MOST_FREE_SPACE + "|" + STRATEGY_FEWEST_RESOURCES + ")"),
                            Optional.of(STRATEGY_MOST_FREE_SPACE),
                            Optional.empty(),
                            "How autoplace and spawn rank the candidates: the pool with the most free space, or the node"
                                    + " with the fewest resources.",
                            Set.of(ObjectKind.CONTROLLER))),
            new Rule(
                    value -> STORAGE_POOL_NAME_VALUE.matcher(value).matches(),
                    "a storage pool name of 3 to 48 letters, digits, '_' or '-'",
                    new PropertyInfo(
                            STORAGE_POOL_NAME,
                            PropertyType.REGEX,
                            Optional.of(STORAGE_POOL_NAME_VALUE.pattern()),
                            Optional.empty(),
                            Optional.empty(),
                            "Storage pool for the volumes of a new diskful resource given none: the resource's own, else the"
                                    + " node's, else the resource definition's (a group's is copied into the definitions it"
                                    + " spawns), else DfltStorPool. On a resource it names the pool its volumes live in.",
                            Set.of(
                                    ObjectKind.RESOURCE,
                                    ObjectKind.NODE,
                                    ObjectKind.RESOURCE_DEFINITION,
                                    ObjectKind.RESOURCE_GROUP))),
            new Rule(
                    value -> NumberRange.parse(value, 1, MAX_PORT).isPresent(),
                    "a range 'low-high' of TCP ports between 1 and " + MAX_PORT,
                    new PropertyInfo(
                            TCP_PORT_AUTO_RANGE,
                            PropertyType.REGEX,
                            Optional.of(NumberRange.SYNTAX),
                            Optional.of(DEFAULT_TCP_PORT_RANGE.toString()),
                            Optional.empty(),
                            "TCP ports, 'low-high' between 1 and " + MAX_PORT
                                    + ", from which the controller gives each new"
                                    + " resource definition its DRBD port.",
                            Set.of(ObjectKind.CONTROLLER))),
            new Rule(
                    value -> NumberRange.parse(value, 0, MAX_MINOR).isPresent(),
                    "a range 'low-high' of minor numbers between 0 and " + MAX_MINOR,
                    new PropertyInfo(
                            MINOR_NR_AUTO_RANGE,
                            PropertyType.REGEX,
                            Optional.of(NumberRange.SYNTAX),
                            Optional.of(DEFAULT_MINOR_RANGE.toString()),
                            Optional.empty(),
                            "DRBD minor numbers, 'low-high' between 0 and " + MAX_MINOR
                                    + ", from which the controller gives" + " each new volume definition its minor.",
                            Set.of(ObjectKind.CONTROLLER))));

    private PropertyRules() {}

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
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
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
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "Invalid property key " + TextRules.shown(key) + ": " + problem + ".",
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
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "No value for property '" + key + "'.",
                    "Every property to set needs a value.",
                    "Give '" + key + "' a value, or delete the key instead.");
        }
        TextRules.check(
                value,
                ColumnLimits.PROP_VALUE,
                "value of property " + TextRules.shown(key),
                RetCodes.FAIL_INVLD_PROP,
                ctx);
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

    /** The listing of every key {@link #check(String, String, CallContext)} interprets outside {@code DrbdOptions/}. */
    static List<PropertyInfo> listed() {
        return RULES.values().stream().map(Rule::info).toList();
    }

    private static Map<String, Rule> rules(Rule... rules) {
        Map<String, Rule> byKey = new TreeMap<>();
        for (Rule rule : rules) {
            if (byKey.put(rule.info().key(), rule) != null) {
                throw new IllegalStateException("two rules for " + rule.info().key());
            }
        }
        return Collections.unmodifiableMap(byKey);
    }

    /**
     * The value rule of one key.
     *
     * @param accepts whether a value is allowed
     * @param expected the allowed values in words, for refusals
     * @param info how the key is listed
     */
    private record Rule(Predicate<String> accepts, String expected, PropertyInfo info) {}
}
