package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A resource definition: the cluster-wide part of a replicated resource, with the DRBD port and
 * shared secret its replicas use.
 *
 * @param name name as created
 * @param port DRBD TCP port
 * @param secret DRBD shared secret
 * @param transportType DRBD transport ("IP")
 * @param props properties
 * @param flags LINSTOR flags
 * @param resourceGroupName the resource group it belongs to (as the group was created)
 * @param uuid identity
 */
public record ResourceDefinition(
        String name,
        int port,
        String secret,
        String transportType,
        Map<String, String> props,
        Set<String> flags,
        String resourceGroupName,
        UUID uuid) {

    /** DRBD's IP transport. */
    public static final String TRANSPORT_IP = "IP";
    /**
     * Flag of a definition marked for deletion (LINSTOR's FLAG_DELETE): its resources are being
     * taken down; the definition, and with it its DRBD port, goes with the last of them.
     */
    public static final String FLAG_DELETE = "DELETE";

    /** Creates a definition; collections are copied. */
    public ResourceDefinition {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** True when this definition is marked for deletion ({@link #FLAG_DELETE}). */
    public boolean isDeleting() {
        return flags.contains(FLAG_DELETE);
    }

    /** Returns a copy marked for deletion. */
    public ResourceDefinition markedForDeletion() {
        Set<String> marked = new TreeSet<>(flags);
        marked.add(FLAG_DELETE);
        return new ResourceDefinition(name, port, secret, transportType, props, marked, resourceGroupName, uuid);
    }

    /** Returns a copy with other properties. */
    public ResourceDefinition withProps(Map<String, String> newProps) {
        return new ResourceDefinition(name, port, secret, transportType, newProps, flags, resourceGroupName, uuid);
    }
}
