package io.linstorj.controller.props;

import static io.linstorj.controller.props.ObjectKind.CONTROLLER;
import static io.linstorj.controller.props.ObjectKind.NODE;
import static io.linstorj.controller.props.ObjectKind.RESOURCE;
import static io.linstorj.controller.props.ObjectKind.RESOURCE_DEFINITION;
import static io.linstorj.controller.props.ObjectKind.RESOURCE_GROUP;
import static io.linstorj.controller.props.ObjectKind.STORAGEPOOL;
import static io.linstorj.controller.props.ObjectKind.VOLUME_DEFINITION;

import io.linstorj.controller.props.DrbdValueRule.Range;
import io.linstorj.controller.props.DrbdValueRule.Symbol;
import io.linstorj.controller.props.DrbdValueRule.Text;
import io.linstorj.controller.props.DrbdValueRule.TrueFalse;
import io.linstorj.controller.props.DrbdValueRule.WholeNumber;
import io.linstorj.controller.props.DrbdValueRule.YesNo;
import java.util.ArrayList;
import java.util.Collections;
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
 *       ({@code DrbdOptionTableMatchesLinstorTest}). They are checked, stored and listed (on the
 *       objects LINSTOR takes them on); LinstorJ does not act on them yet, and their descriptions
 *       say so.</li>
 *   <li>DRBD's net options under {@code DrbdOptions/Net/}, which the satellite renders into the
 *       resource's {@code net} section: names, ranges and enums as DRBD 9's own description
 *       ({@code drbdsetup xml-help net-options}) gives them, with DRBD's defaults and units
 *       ({@code DrbdOptionTableMatchesDrbdTest}). Numbers are plain decimals, without DRBD's unit
 *       suffixes. They take effect on resource definitions and resources (a resource's own value
 *       wins), and on resource groups, whose properties a spawn copies into the definition. {@code protocol},
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

    /** Where net options take effect; before the tables, which read it. */
    private static final Set<ObjectKind> NET_OBJECTS = Set.of(RESOURCE_GROUP, RESOURCE_DEFINITION, RESOURCE);

    private static final Map<String, Option> LINSTOR_OPTIONS = linstorOptions();
    private static final Map<String, Option> NET_OPTIONS = netOptionEntries();

    private DrbdOptionTable() {}

    /**
     * One key: the values it takes and how it is listed.
     *
     * @param rule the values the key takes
     * @param info the key's listing, its type and value rule taken from {@code rule}
     */
    record Option(DrbdValueRule rule, PropertyInfo info) {}

    /** The rule of a full key such as {@code DrbdOptions/Net/max-buffers}; empty when unknown. */
    static Optional<DrbdValueRule> rule(String key) {
        Option option = null;
        if (key.startsWith(NET_NAMESPACE)) {
            option = NET_OPTIONS.get(key.substring(NET_NAMESPACE.length()));
        } else if (key.startsWith(NAMESPACE)) {
            option = LINSTOR_OPTIONS.get(key);
        }
        return Optional.ofNullable(option).map(Option::rule);
    }

    /** LINSTOR's keys directly under {@code DrbdOptions/}, full key to rule. */
    static Map<String, DrbdValueRule> linstorKeys() {
        return rules(LINSTOR_OPTIONS);
    }

    /** DRBD's settable net options, option name (without namespace) to rule. */
    static Map<String, DrbdValueRule> netOptions() {
        return rules(NET_OPTIONS);
    }

    /** DRBD's settable net options, option name (without namespace) to rule and listing. */
    static Map<String, Option> netOptionsListed() {
        return NET_OPTIONS;
    }

    /** The listing of every key here, LINSTOR's keys first. */
    static List<PropertyInfo> listed() {
        List<PropertyInfo> infos = new ArrayList<>();
        LINSTOR_OPTIONS.values().forEach(option -> infos.add(option.info()));
        NET_OPTIONS.values().forEach(option -> infos.add(option.info()));
        return List.copyOf(infos);
    }

    private static Map<String, DrbdValueRule> rules(Map<String, Option> options) {
        Map<String, DrbdValueRule> rules = new TreeMap<>();
        options.forEach((key, option) -> rules.put(key, option.rule()));
        return Collections.unmodifiableMap(rules);
    }

    private static Map<String, Option> linstorOptions() {
        Map<String, Option> keys = new TreeMap<>();
        stored(
                keys,
                "AutoEvictAfterTime",
                new WholeNumber(),
                "LINSTOR's delay before a lost node is evicted",
                CONTROLLER,
                NODE);
        stored(
                keys,
                "AutoEvictMaxDisconnectedNodes",
                new Range(0, 100),
                "LINSTOR's share of nodes (percent) that may be lost at once and still be evicted",
                CONTROLLER);
        stored(
                keys,
                "AutoEvictMinReplicaCount",
                new WholeNumber(),
                "LINSTOR's number of replicas to restore on other nodes when evicting",
                CONTROLLER,
                RESOURCE_DEFINITION);
        stored(
                keys,
                "AutoEvictAllowEviction",
                new TrueFalse(),
                "LINSTOR's switch for evicting a lost node",
                CONTROLLER,
                NODE);
        stored(
                keys,
                "auto-quorum",
                new Symbol(List.of("io-error", "suspend-io", "disabled")),
                "LINSTOR's automatic DRBD quorum setting and what a replica without quorum does",
                CONTROLLER,
                RESOURCE_DEFINITION);
        stored(
                keys,
                "auto-add-quorum-tiebreaker",
                new TrueFalse(),
                "LINSTOR's switch for adding a diskless tie-breaker replica",
                CONTROLLER,
                RESOURCE_DEFINITION);
        stored(
                keys,
                "auto-diskful",
                new WholeNumber(),
                "LINSTOR's minutes after which a diskless primary replica becomes diskful",
                CONTROLLER,
                RESOURCE_DEFINITION);
        stored(
                keys,
                "auto-diskful-allow-cleanup",
                new TrueFalse(),
                "LINSTOR's switch for removing a disk auto-diskful added once it is no longer needed",
                CONTROLLER,
                NODE,
                RESOURCE_DEFINITION,
                RESOURCE);
        stored(
                keys,
                "auto-resync-after-disable",
                new TrueFalse(),
                "LINSTOR's switch for not ordering resyncs of replicas on the same disk",
                CONTROLLER);
        stored(
                keys,
                "auto-verify-algo-disable",
                new TrueFalse(),
                "LINSTOR's switch for not choosing a DRBD verify algorithm itself",
                CONTROLLER,
                RESOURCE_DEFINITION);
        stored(
                keys,
                "auto-verify-algo-allowed-user-list",
                Text.ANY,
                "LINSTOR's list of verify algorithms it may choose from",
                CONTROLLER);
        stored(
                keys,
                "auto-rs-discard-granularity",
                Text.ANY,
                "LINSTOR's setting for DRBD's resync discard granularity",
                CONTROLLER,
                RESOURCE_DEFINITION,
                VOLUME_DEFINITION);
        stored(
                keys,
                "SkipDisk",
                new Symbol(List.of("True")),
                "LINSTOR's marker for running a replica without its failed disk",
                CONTROLLER,
                NODE,
                STORAGEPOOL,
                RESOURCE_DEFINITION,
                RESOURCE);
        stored(
                keys,
                "ExactSize",
                new TrueFalse(),
                "LINSTOR's switch for giving a DRBD device exactly the volume's size",
                RESOURCE_DEFINITION);
        stored(
                keys,
                "ForceInitialSync",
                new TrueFalse(),
                "LINSTOR's switch for a full initial sync even where it would skip one",
                CONTROLLER,
                RESOURCE_DEFINITION);
        return Collections.unmodifiableMap(keys);
    }

    private static void stored(
            Map<String, Option> keys, String name, DrbdValueRule rule, String what, ObjectKind... objects) {
        String key = NAMESPACE + name;
        keys.put(
                key,
                new Option(
                        rule,
                        new PropertyInfo(
                                key,
                                rule.type(),
                                rule.listed(),
                                Optional.empty(),
                                Optional.empty(),
                                what + ". LinstorJ checks and stores the value but does not act on it yet.",
                                Set.of(objects))));
    }

    private static Map<String, Option> netOptionEntries() {
        Map<String, Option> options = new TreeMap<>();
        net(
                options,
                "timeout",
                new Range(1, 600),
                "60",
                "1/10 seconds",
                "Time without an answer from a peer after which DRBD drops the connection.");
        net(
                options,
                "max-epoch-size",
                new Range(1, 20000),
                "2048",
                null,
                "Most write requests DRBD sends between two write barriers.");
        net(
                options,
                "connect-int",
                new Range(1, 120),
                "10",
                "seconds",
                "Time between two attempts to connect to a peer.");
        net(
                options,
                "ping-int",
                new Range(1, 120),
                "10",
                "seconds",
                "Idle time after which DRBD pings a peer to see that the connection still works.");
        net(
                options,
                "sndbuf-size",
                new Range(0, 10485760),
                "0",
                "bytes",
                "Size of the TCP send buffer; 0 lets the kernel size it.");
        net(
                options,
                "rcvbuf-size",
                new Range(0, 10485760),
                "0",
                "bytes",
                "Size of the TCP receive buffer; 0 lets the kernel size it.");
        net(
                options,
                "ko-count",
                new Range(0, 200),
                "7",
                null,
                "Timeouts of one write request on a peer after which DRBD drops that peer; 0 never drops it.");
        // The satellite rewrites true/false to yes/no for this one (dual-primary switch of plugins).
        net(
                options,
                "allow-two-primaries",
                new YesNo(true),
                "no",
                null,
                "Lets two replicas be primary at once (live migration of virtual machines); true and false are "
                        + "taken as yes and no.");
        net(
                options,
                "after-sb-0pri",
                new Symbol(List.of(
                        "disconnect",
                        "discard-younger-primary",
                        "discard-older-primary",
                        "discard-zero-changes",
                        "discard-least-changes",
                        "discard-local",
                        "discard-remote")),
                null,
                null,
                "How DRBD resolves a split brain when no replica is primary.");
        net(
                options,
                "after-sb-1pri",
                new Symbol(List.of(
                        "disconnect", "consensus", "discard-secondary", "call-pri-lost-after-sb", "violently-as0p")),
                null,
                null,
                "How DRBD resolves a split brain when one replica is primary.");
        net(
                options,
                "after-sb-2pri",
                new Symbol(List.of("disconnect", "call-pri-lost-after-sb", "violently-as0p")),
                null,
                null,
                "How DRBD resolves a split brain when both replicas are primary.");
        net(
                options,
                "always-asbp",
                new YesNo(false),
                "no",
                null,
                "Applies the split-brain policies even when the replicas' histories do not clearly show a split brain.");
        net(
                options,
                "rr-conflict",
                new Symbol(List.of("disconnect", "call-pri-lost", "violently", "retry-connect", "auto-discard")),
                null,
                null,
                "What DRBD does when a resync would overwrite the data of a primary replica.");
        net(
                options,
                "ping-timeout",
                new Range(1, 300),
                "5",
                "1/10 seconds",
                "Time a peer has to answer a ping before DRBD drops the connection.");
        net(
                options,
                "data-integrity-alg",
                Text.ALGORITHM,
                null,
                null,
                "Hash algorithm with which DRBD checks every replicated block on the way; unset, nothing is checked.");
        net(
                options,
                "tcp-cork",
                new YesNo(false),
                "yes",
                null,
                "Lets DRBD ask the TCP stack to gather small packets into larger ones.");
        net(
                options,
                "on-congestion",
                new Symbol(List.of("block", "pull-ahead", "disconnect")),
                null,
                null,
                "What a primary does when its send queue to a peer is congested.");
        net(
                options,
                "congestion-fill",
                new Range(0, 20971520),
                "0",
                "512-byte sectors",
                "Data on the way to a peer at which on-congestion acts; 0 turns it off.");
        net(
                options,
                "congestion-extents",
                new Range(67, 65534),
                "1237",
                null,
                "Active activity-log extents at which on-congestion acts.");
        net(
                options,
                "csums-alg",
                Text.ALGORITHM,
                null,
                null,
                "Hash algorithm with which a resync skips blocks both replicas already hold alike.");
        net(
                options,
                "csums-after-crash-only",
                new YesNo(false),
                "no",
                null,
                "Uses csums-alg only for the resync after a primary crashed.");
        net(
                options,
                "verify-alg",
                Text.ALGORITHM,
                null,
                null,
                "Hash algorithm of online verification (drbdadm verify); unset, verification is off.");
        net(
                options,
                "use-rle",
                new YesNo(false),
                "yes",
                null,
                "Compresses the bitmap replicas exchange on connecting with run-length encoding.");
        net(
                options,
                "socket-check-timeout",
                new Range(0, 300),
                "0",
                null,
                "Time to wait for the second socket of a new connection before starting over.");
        net(
                options,
                "fencing",
                new Symbol(List.of("dont-care", "resource-only", "resource-and-stonith")),
                null,
                null,
                "What DRBD does when it loses a peer that may hold newer data: nothing, fence it, or also "
                        + "freeze I/O until it is fenced.");
        net(
                options,
                "max-buffers",
                new Range(32, 131072),
                "2048",
                null,
                "Most buffers DRBD uses for data received from a peer; bounds memory and resync speed.");
        net(
                options,
                "allow-remote-read",
                new YesNo(false),
                "yes",
                null,
                "Lets a replica read from a peer when its own disk is not up to date.");
        return Collections.unmodifiableMap(options);
    }

    private static void net(
            Map<String, Option> options, String name, DrbdValueRule rule, String dflt, String unit, String what) {
        options.put(
                name,
                new Option(
                        rule,
                        new PropertyInfo(
                                NET_NAMESPACE + name,
                                rule.type(),
                                rule.listed(),
                                Optional.ofNullable(dflt),
                                Optional.ofNullable(unit),
                                "DRBD net option '" + name + "', written into the resource's DRBD configuration: "
                                        + what,
                                NET_OBJECTS)));
    }
}
