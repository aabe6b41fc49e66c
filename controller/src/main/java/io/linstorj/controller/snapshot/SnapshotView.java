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
public record SnapshotView(SnapshotDefinition definition, Map<String, String> resourceDefinitionProps,
    Map<Integer, Map<String, String>> volumeDefinitionProps, List<SnapshotNodeView> nodes) {
    /** LINSTOR's flag of a snapshot taken on every node. */
    public static final String FLAG_SUCCESSFUL = "SUCCESSFUL";
    /** LINSTOR's flag of a snapshot a node could not take. */
    public static final String FLAG_FAILED_DEPLOYMENT = "FAILED_DEPLOYMENT";

    /** Creates the view; collections are copied. */
    public SnapshotView {
        resourceDefinitionProps = Map.copyOf(resourceDefinitionProps);
        volumeDefinitionProps = Map.copyOf(volumeDefinitionProps);
        nodes = List.copyOf(nodes);
    }

    /**
     * The definition's flags with what the nodes reported: SUCCESSFUL once every node took it,
     * FAILED_DEPLOYMENT while a node reports that it could not; neither while it is being taken.
     */
    public Set<String> flags() {
        Set<String> flags = new TreeSet<>(definition.flags());
        if (!nodes.isEmpty() && nodes.stream().allMatch(SnapshotNodeView::taken)) {
            flags.add(FLAG_SUCCESSFUL);
        } else if (nodes.stream().anyMatch(SnapshotNodeView::failed)) {
            flags.add(FLAG_FAILED_DEPLOYMENT);
        }
        return flags;
    }
}
