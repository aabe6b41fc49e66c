package io.linstorj.controller.snapshot;

import io.linstorj.controller.cluster.SnapshotDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A snapshot definition with its nodes, as listed.
 *
 * @param definition the snapshot definition
 * @param resourceDefinitionProps the properties of its resource definition
 * @param volumeDefinitionProps the properties of the resource definition's volume definitions, by number
 * @param nodes the snapshot on each node, by node key
 */
public record SnapshotView(
        SnapshotDefinition definition,
        Map<String, String> resourceDefinitionProps,
        Map<Integer, Map<String, String>> volumeDefinitionProps,
        List<SnapshotNodeView> nodes) {
    /** LINSTOR's flag of a snapshot taken on every node. */
    public static final String FLAG_SUCCESSFUL = SnapshotDefinition.FLAG_SUCCESSFUL;
    /** LINSTOR's flag of a snapshot a node could not take. */
    public static final String FLAG_FAILED_DEPLOYMENT = SnapshotDefinition.FLAG_FAILED_DEPLOYMENT;

    /** Creates the view; collections are copied. */
    public SnapshotView {
        resourceDefinitionProps = Map.copyOf(resourceDefinitionProps);
        volumeDefinitionProps = Map.copyOf(volumeDefinitionProps);
        nodes = List.copyOf(nodes);
    }

    /**
     * The definition's flags as stored: SUCCESSFUL once the controller recorded that every node
     * took it at one point in time, FAILED_DEPLOYMENT or FAILED_DISCONNECT once it gave it up;
     * neither while it is being taken.
     */
    public Set<String> flags() {
        return new TreeSet<>(definition.flags());
    }
}
