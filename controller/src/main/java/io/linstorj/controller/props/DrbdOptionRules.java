package io.linstorj.controller.props;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import java.util.Optional;

/**
 * Checks {@code DrbdOptions/...} properties before any object stores them, so that a value the
 * satellite could not render into a DRBD configuration is refused where the client sees why,
 * instead of leaving a resource not ready on a satellite.
 *
 * <p>In this order, for every object that carries properties:
 * <ol>
 *   <li>no value may hold a character that ends or escapes a DRBD configuration statement
 *       ({@code ; { } " # \}, line breaks and other control characters);</li>
 *   <li>keys of DRBD sections the satellite does not render are "not supported";</li>
 *   <li>unknown keys are refused;</li>
 *   <li>the value must fit the key's rule ({@link DrbdOptionTable}).</li>
 * </ol>
 * Keys outside {@code DrbdOptions/} are left alone. The satellite checks net options again
 * before it renders them, as a second line of defence.
 * <pre>{@code
 * DrbdOptionRules.check("DrbdOptions/Net/max-buffers", "8000", ctx);              // passes
 * DrbdOptionRules.check("DrbdOptions/Net/max-buffers", "8000; } handlers {", ctx); // FAIL_INVLD_PROP
 * }</pre>
 */
public final class DrbdOptionRules {
    private DrbdOptionRules() {}

    /** Refuses (FAIL_INVLD_PROP, with the context's masks) a bad {@code DrbdOptions/...} key or value. */
    public static void check(String key, String value, CallContext ctx) {
        if (key == null || value == null || !key.startsWith(DrbdOptionTable.NAMESPACE)) {
            return;
        }
        checkCharacters(key, value, ctx);
        checkSupportedSection(key, ctx);
        Optional<DrbdValueRule> rule = DrbdOptionTable.rule(key);
        if (rule.isEmpty()) {
            throw unknown(key, ctx);
        }
        if (!rule.get().accepts(value)) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "Invalid value '" + value + "' for property '" + key + "'.",
                    "The value of '" + key + "' must be " + rule.get().expected() + ".",
                    "Set '" + key + "' to " + rule.get().expected() + ".");
        }
    }

    private static void checkCharacters(String key, String value, CallContext ctx) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || ";{}\"#\\".indexOf(c) >= 0) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PROP,
                        "Invalid value for property '" + key + "': it contains " + describe(c) + ".",
                        "A DRBD option value is rendered into the resource's DRBD configuration, where ';', '{', '}', "
                                + "'\"', '#', '\\' and control characters end or change the statement.",
                        "Give a plain value such as a number, yes/no or a name.");
            }
        }
    }

    private static void checkSupportedSection(String key, CallContext ctx) {
        for (String section : DrbdOptionTable.UNSUPPORTED_SECTIONS) {
            if (key.startsWith(DrbdOptionTable.NAMESPACE + section + "/")) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PROP,
                        "Property '" + key + "' is not supported.",
                        "LinstorJ renders only DRBD's net options (" + DrbdOptionTable.NET_NAMESPACE
                                + "...) into the resource's configuration; DRBD's " + section
                                + " options are not supported yet.",
                        "Leave the option at DRBD's default, or set a " + DrbdOptionTable.NET_NAMESPACE + " option.");
            }
        }
        String option = key.startsWith(DrbdOptionTable.NET_NAMESPACE)
                ? key.substring(DrbdOptionTable.NET_NAMESPACE.length())
                : "";
        if (DrbdOptionTable.RESERVED_NET_OPTIONS.contains(option)) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "Property '" + key + "' cannot be set.",
                    "LinstorJ sets the DRBD net option '" + option + "' itself for every resource.",
                    "Remove '" + key + "' from the request.");
        }
    }

    private static RuntimeException unknown(String key, CallContext ctx) {
        String known = key.startsWith(DrbdOptionTable.NET_NAMESPACE)
                ? "DRBD 9's net options: "
                        + String.join(", ", DrbdOptionTable.netOptions().keySet())
                : "LINSTOR's keys "
                        + String.join(", ", DrbdOptionTable.linstorKeys().keySet()) + ", and DRBD's net options under "
                        + DrbdOptionTable.NET_NAMESPACE;
        return ctx.refuse(
                RetCodes.FAIL_INVLD_PROP,
                "Unknown DRBD option property '" + key + "'.",
                "Known are " + known + ".",
                "Correct the key's spelling or remove it.");
    }

    private static String describe(char c) {
        return c < 0x20 || c == 0x7f ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
    }
}
