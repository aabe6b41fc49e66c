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
    String name, int port, String secret, String transportType, Map<String, String> props,
    Set<String> flags, String resourceGroupName, UUID uuid) {

    /** DRBD's IP transport. */
    public static final String TRANSPORT_IP = "IP";

    /** Creates a definition; collections are copied. */
    public ResourceDefinition {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** Returns a copy with other properties. */
    public ResourceDefinition withProps(Map<String, String> newProps) {
        return new ResourceDefinition(name, port, secret, transportType, newProps, flags, resourceGroupName, uuid);
    }
}
