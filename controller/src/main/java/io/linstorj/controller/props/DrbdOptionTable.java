package io.linstorj.controller.props;

import io.linstorj.controller.props.DrbdValueRule.Range;
import io.linstorj.controller.props.DrbdValueRule.Symbol;
import io.linstorj.controller.props.DrbdValueRule.Text;
import io.linstorj.controller.props.DrbdValueRule.TrueFalse;
import io.linstorj.controller.props.DrbdValueRule.WholeNumber;
import io.linstorj.controller.props.DrbdValueRule.YesNo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every {@code DrbdOptions/...} key LinstorJ takes, with the values it takes.
 *
 * <p>Two groups, both written here by hand and kept equal to their sources by tests:
 * <ul>
 *   <li>LINSTOR's own keys directly under {@code DrbdOptions/} (auto-evict, auto-quorum, ...):
 *       names and value types as LINSTOR's property rules give them
 *       ({@code DrbdOptionTableMatchesLinstorTest}). They are stored and listed;
 *       LinstorJ does not act on them yet.</li>
 *   <li>DRBD's net options under {@code DrbdOptions/Net/}, which the satellite renders into the
 *       resource's {@code net} section: names, ranges and enums as DRBD 9's own description
 *       ({@code drbdsetup xml-help net-options}) gives them ({@code DrbdOptionTableMatchesDrbdTest}).
 *       Numbers are plain decimals, without DRBD's unit suffixes. {@code protocol},
 *       {@code cram-hmac-alg} and {@code shared-secret} are LinstorJ's own and not settable.</li>
 * </ul>
 * DRBD's other sections ({@code Disk}, {@code Resource}, {@code PeerDevice}, {@code Handlers}) are
 * not rendered by the satellite yet, so their keys are answered "not supported" instead of being
 * stored without effect.
 */
final class DrbdOptionTable {
    /** The namespace of every key here. */
    static final String NAMESPACE = "DrbdOptions/";
    /** The namespace of DRBD's net options. */
    static final String NET_NAMESPACE = NAMESPACE + "Net/";
    /** DRBD sections whose options the satellite does not render (yet). */
    static final List<String> UNSUPPORTED_SECTIONS = List.of("Disk", "Resource", "PeerDevice", "Handlers");
    /** Net options the satellite sets itself for every resource. */
    static final Set<String> RESERVED_NET_OPTIONS = Set.of("protocol", "cram-hmac-alg", "shared-secret");

    private static final Map<String, DrbdValueRule> LINSTOR_KEYS = linstorKeys();
    private static final Map<String, DrbdValueRule> NET_OPTIONS = netOptions();

    private DrbdOptionTable() {
    }

    /** The rule of a full key such as {@code DrbdOptions/Net/max-buffers}; empty when unknown. */
    static Optional<DrbdValueRule> rule(String key) {
        if (key.startsWith(NET_NAMESPACE)) {
            return Optional.ofNullable(NET_OPTIONS.get(key.substring(NET_NAMESPACE.length())));
        }
        return key.startsWith(NAMESPACE) ? Optional.ofNullable(LINSTOR_KEYS.get(key)) : Optional.empty();
    }

    /** LINSTOR's keys directly under {@code DrbdOptions/}, full key to rule. */
    static Map<String, DrbdValueRule> linstorKeys() {
        Map<String, DrbdValueRule> keys = new TreeMap<>();
        keys.put("DrbdOptions/AutoEvictAfterTime", new WholeNumber());
        keys.put("DrbdOptions/AutoEvictMaxDisconnectedNodes", new Range(0, 100));
        keys.put("DrbdOptions/AutoEvictMinReplicaCount", new WholeNumber());
        keys.put("DrbdOptions/AutoEvictAllowEviction", new TrueFalse());
        keys.put("DrbdOptions/auto-quorum", new Symbol(List.of("io-error", "suspend-io", "disabled")));
        keys.put("DrbdOptions/auto-add-quorum-tiebreaker", new TrueFalse());
        keys.put("DrbdOptions/auto-diskful", new WholeNumber());
        keys.put("DrbdOptions/auto-diskful-allow-cleanup", new TrueFalse());
        keys.put("DrbdOptions/auto-resync-after-disable", new TrueFalse());
        keys.put("DrbdOptions/auto-verify-algo-disable", new TrueFalse());
        keys.put("DrbdOptions/auto-verify-algo-allowed-user-list", Text.ANY);
        keys.put("DrbdOptions/auto-rs-discard-granularity", Text.ANY);
        keys.put("DrbdOptions/SkipDisk", new Symbol(List.of("True")));
        keys.put("DrbdOptions/ExactSize", new TrueFalse());
        keys.put("DrbdOptions/ForceInitialSync", new TrueFalse());
        return keys;
    }

    /** DRBD's settable net options, option name (without namespace) to rule. */
    static Map<String, DrbdValueRule> netOptions() {
        Map<String, DrbdValueRule> options = new TreeMap<>();
        options.put("timeout", new Range(1, 600));
        options.put("max-epoch-size", new Range(1, 20000));
        options.put("connect-int", new Range(1, 120));
        options.put("ping-int", new Range(1, 120));
        options.put("sndbuf-size", new Range(0, 10485760));
        options.put("rcvbuf-size", new Range(0, 10485760));
        options.put("ko-count", new Range(0, 200));
        // The satellite rewrites true/false to yes/no for this one (dual-primary switch of plugins).
        options.put("allow-two-primaries", new YesNo(true));
        options.put("after-sb-0pri", new Symbol(List.of("disconnect", "discard-younger-primary",
            "discard-older-primary", "discard-zero-changes", "discard-least-changes", "discard-local",
            "discard-remote")));
        options.put("after-sb-1pri", new Symbol(List.of("disconnect", "consensus", "discard-secondary",
            "call-pri-lost-after-sb", "violently-as0p")));
        options.put("after-sb-2pri", new Symbol(List.of("disconnect", "call-pri-lost-after-sb", "violently-as0p")));
        options.put("always-asbp", new YesNo(false));
        options.put("rr-conflict", new Symbol(List.of("disconnect", "call-pri-lost", "violently", "retry-connect",
            "auto-discard")));
        options.put("ping-timeout", new Range(1, 300));
        options.put("data-integrity-alg", Text.ALGORITHM);
        options.put("tcp-cork", new YesNo(false));
        options.put("on-congestion", new Symbol(List.of("block", "pull-ahead", "disconnect")));
        options.put("congestion-fill", new Range(0, 20971520));
        options.put("congestion-extents", new Range(67, 65534));
        options.put("csums-alg", Text.ALGORITHM);
        options.put("csums-after-crash-only", new YesNo(false));
        options.put("verify-alg", Text.ALGORITHM);
        options.put("use-rle", new YesNo(false));
        options.put("socket-check-timeout", new Range(0, 300));
        options.put("fencing", new Symbol(List.of("dont-care", "resource-only", "resource-and-stonith")));
        options.put("max-buffers", new Range(32, 131072));
        options.put("allow-remote-read", new YesNo(false));
        return options;
    }
}
