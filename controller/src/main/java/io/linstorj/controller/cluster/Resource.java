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
    /**
     * Flag of a replica marked for deletion (LINSTOR's FLAG_DELETE): its satellite takes it down
     * and deletes its volumes; the row goes once the satellite has confirmed that.
     */
    public static final String FLAG_DELETE = "DELETE";

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

    /** True when this replica is marked for deletion ({@link #FLAG_DELETE}). */
    public boolean isDeleting() {
        return flags.contains(FLAG_DELETE);
    }

    /** This resource marked for deletion. */
    public Resource markedForDeletion() {
        Set<String> marked = new TreeSet<>(flags);
        marked.add(FLAG_DELETE);
        return withFlags(marked);
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
