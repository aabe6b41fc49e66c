package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A resource: one replica of a resource definition on a node.
 *
 * @param resourceName resource name as created
 * @param nodeName node name as created
 * @param nodeId DRBD node id (0..31), unique within the resource definition
 * @param props properties
 * @param flags DISKLESS, DRBD_DISKLESS, TIE_BREAKER, ...
 * @param uuid identity
 */
public record Resource(
    String resourceName, String nodeName, int nodeId, Map<String, String> props, Set<String> flags, UUID uuid) {
    /** Flag of a resource without local storage. */
    public static final String FLAG_DISKLESS = "DISKLESS";
    /** Flag of a DRBD client without local disk. */
    public static final String FLAG_DRBD_DISKLESS = "DRBD_DISKLESS";
    /** Flag of a diskless replica that only gives quorum. */
    public static final String FLAG_TIE_BREAKER = "TIE_BREAKER";
    /**
     * Flag of a deactivated replica (LINSTOR's FLAG_RSC_INACTIVE): its satellite keeps DRBD down
     * for it but keeps its volumes and their data.
     */
    public static final String FLAG_INACTIVE = "INACTIVE";

    /** Creates a resource; collections are copied. */
    public Resource {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** True when this replica has no local storage. */
    public boolean isDiskless() {
        return flags.contains(FLAG_DISKLESS) || flags.contains(FLAG_DRBD_DISKLESS);
    }

    /** True when this replica is deactivated ({@link #FLAG_INACTIVE}). */
    public boolean isInactive() {
        return flags.contains(FLAG_INACTIVE);
    }

    /** This resource with {@code flags} instead of its own. */
    public Resource withFlags(Set<String> flags) {
        return new Resource(resourceName, nodeName, nodeId, props, flags, uuid);
    }

    /** The lookup key of this resource. */
    public ResourceKey key() {
        return ResourceKey.of(resourceName, nodeName);
    }
}
