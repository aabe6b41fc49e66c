package io.linstorj.controller.state;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the committed desired state for other components (satellite dispatcher, event
 * hub, placement): consistent snapshots made of immutable records. Reads take the state's read
 * lock briefly on the calling thread; call them off Netty event loops.
 */
public final class ClusterView {
    private final GuardedState guarded;

    /** Creates a view of {@code guarded}. */
    public ClusterView(GuardedState guarded) {
        this.guarded = guarded;
    }

    /** The number of the last committed batch since start (0 before the first). */
    public long committedVersion() {
        return guarded.read(DesiredState::committedVersion);
    }

    /** All nodes. */
    public List<Node> nodes() {
        return guarded.read(state -> List.copyOf(state.nodes().values()));
    }

    /** The node named {@code nodeName}. */
    public Optional<Node> node(String nodeName) {
        return guarded.read(state -> Optional.ofNullable(state.node(nodeName)));
    }

    /** All resource definitions. */
    public List<ResourceDefinition> resourceDefinitions() {
        return guarded.read(state -> List.copyOf(state.resourceDefinitions().values()));
    }

    /** All replicas of the resource {@code resourceName}. */
    public List<Resource> resourcesOf(String resourceName) {
        return guarded.read(state -> List.copyOf(state.resourcesOf(resourceName)));
    }

    /** The desired state of node {@code nodeName}, or empty if no such node exists. */
    public Optional<NodeDesiredState> nodeState(String nodeName) {
        return guarded.read(state -> {
            Node node = state.node(nodeName);
            if (node == null) {
                return Optional.empty();
            }
            List<ResourceDesiredState> resources = new ArrayList<>();
            for (String resourceName : state.resourceNamesOn(nodeName)) {
                resources.add(resourceState(state, resourceName, node.name()));
            }
            return Optional.of(new NodeDesiredState(
                node, List.copyOf(state.storagePoolsOf(nodeName)), resources, state.snapshotsOn(nodeName),
                state.committedVersion()));
        });
    }

    private static ResourceDesiredState resourceState(DesiredState state, String resourceName, String nodeName) {
        ResourceDefinition definition = state.resourceDefinition(resourceName);
        List<VolumeDefinition> volumeDefinitions = List.copyOf(state.volumeDefinitionsOf(resourceName));
        Resource local = state.resource(resourceName, nodeName);
        List<PeerResource> peers = new ArrayList<>();
        for (Resource replica : state.resourcesOf(resourceName)) {
            if (!replica.nodeName().equalsIgnoreCase(nodeName)) {
                Node peerNode = state.node(replica.nodeName());
                ResourceConnection connection = state.resourceConnection(resourceName, nodeName, replica.nodeName());
                peers.add(new PeerResource(replica,
                    peerNode == null ? Optional.empty() : peerNode.satelliteConnection(),
                    List.copyOf(state.volumesOf(resourceName, replica.nodeName())),
                    connection == null ? Map.of() : connection.props()));
            }
        }
        return new ResourceDesiredState(definition, volumeDefinitions, local,
            List.copyOf(state.volumesOf(resourceName, nodeName)), peers);
    }
}
