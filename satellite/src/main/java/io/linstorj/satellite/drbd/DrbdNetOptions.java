package io.linstorj.satellite.drbd;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The DRBD {@code net} options of a resource other than those the resource itself sets
 * (protocol, cram-hmac-alg, shared-secret), such as {@code allow-two-primaries}.
 *
 * <p>They come from the resource's properties in the namespace {@value #PROPERTY_NAMESPACE}, e.g.
 * {@code DrbdOptions/Net/allow-two-primaries = yes}. Option names and values are passed to DRBD
 * as they are, after a syntax check; DRBD itself judges unknown options when it adjusts.
 * {@code allow-two-primaries} is always rendered, {@code no} unless set.
 *
 * @param options option name to value, sorted by name
 */
public record DrbdNetOptions(SortedMap<String, String> options) {
    /** The property namespace whose keys become net options. */
    public static final String PROPERTY_NAMESPACE = "DrbdOptions/Net/";
    /** The net option that lets two replicas be Primary at once (live migration). */
    public static final String ALLOW_TWO_PRIMARIES = "allow-two-primaries";

    private static final Set<String> RESERVED = Set.of("protocol", "cram-hmac-alg", "shared-secret");
    private static final Pattern OPTION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern OPTION_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** Validates every option and keeps an unmodifiable sorted copy. */
    public DrbdNetOptions {
        DrbdNames.require(options != null, "net options are null");
        TreeMap<String, String> copy = new TreeMap<>();
        options.forEach((name, value) -> copy.put(name, validated(name, value)));
        copy.putIfAbsent(ALLOW_TWO_PRIMARIES, "no");
        options = Collections.unmodifiableSortedMap(copy);
    }

    /** The default options: only {@code allow-two-primaries no}. */
    public static DrbdNetOptions defaults() {
        return new DrbdNetOptions(new TreeMap<>());
    }

    /** Options with {@code allow-two-primaries} set as given and nothing else. */
    public static DrbdNetOptions allowTwoPrimaries(boolean allow) {
        return new DrbdNetOptions(new TreeMap<>(Map.of(ALLOW_TWO_PRIMARIES, allow ? "yes" : "no")));
    }

    /**
     * The net options found among a resource's properties: every key under
     * {@value #PROPERTY_NAMESPACE}; other keys are ignored.
     *
     * @throws IllegalArgumentException if such a property has an invalid name or value
     */
    public static DrbdNetOptions fromProperties(Map<String, String> properties) {
        TreeMap<String, String> options = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PROPERTY_NAMESPACE)) {
                options.put(key.substring(PROPERTY_NAMESPACE.length()), value);
            }
        });
        return new DrbdNetOptions(options);
    }

    /** Whether {@code allow-two-primaries} is {@code yes}. */
    public boolean allowsTwoPrimaries() {
        return "yes".equals(options.get(ALLOW_TWO_PRIMARIES));
    }

    /** The checked value of option {@code name} ({@code yes}/{@code no} normalised); throws if invalid. */
    static String validated(String name, String value) {
        DrbdNames.require(
                name != null && OPTION_NAME.matcher(name).matches(),
                "invalid DRBD net option name '%s': use lower-case letters, digits and '-'",
                name);
        DrbdNames.require(
                !RESERVED.contains(name),
                "the DRBD net option '%s' is set by LinstorJ itself and cannot be overridden",
                name);
        DrbdNames.require(
                value != null && OPTION_VALUE.matcher(value).matches(),
                "invalid value '%s' of DRBD net option '%s': use letters, digits, '_', '.' and '-'",
                value,
                name);
        if (ALLOW_TWO_PRIMARIES.equals(name)) {
            return yesOrNo(name, value);
        }
        return value;
    }

    private static String yesOrNo(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> "yes";
            case "no", "false" -> "no";
            default ->
                throw new IllegalArgumentException(
                        String.format("invalid value '%s' of DRBD net option '%s': use yes or no", value, name));
        };
    }
}
