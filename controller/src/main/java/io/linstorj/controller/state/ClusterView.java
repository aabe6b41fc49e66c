package io.linstorj.controller.state;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeResourceKey;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * The nodes other than {@code nodeName} holding a replica of a resource on {@code nodeName}:
     * those whose desired state names it as a peer. Empty if no such node exists.
     */
    public Set<String> nodesSharingResourcesWith(String nodeName) {
        return guarded.read(state -> {
            Set<String> peers = new HashSet<>();
            for (String resourceName : state.resourceNamesOn(nodeName)) {
                for (Resource replica : state.resourcesOf(resourceName)) {
                    if (!replica.nodeName().equalsIgnoreCase(nodeName)) {
                        peers.add(replica.nodeName());
                    }
                }
            }
            return Set.copyOf(peers);
        });
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
                    node,
                    List.copyOf(state.storagePoolsOf(nodeName)),
                    resources,
                    heldSnapshots(state, nodeName),
                    state.committedVersion()));
        });
    }

    /**
     * The desired state of node {@code nodeName} for a caller that keeps what it read before: every
     * resource on the node is named, but read in full only where {@code mustRead} answers true for
     * its name key. {@code mustRead} runs under the read lock: it must be quick and must not read
     * this view. Empty if no such node exists.
     */
    public Optional<NodeStateRefresh> nodeStateRefresh(String nodeName, Predicate<String> mustRead) {
        return guarded.read(state -> {
            Node node = state.node(nodeName);
            if (node == null) {
                return Optional.empty();
            }
            Map<NodeResourceKey, String> onNode = state.resourcesOnNode(nodeName);
            List<NodeStateRefresh.Entry> resources = new ArrayList<>(onNode.size());
            for (Map.Entry<NodeResourceKey, String> entry : onNode.entrySet()) {
                String resourceKey = entry.getKey().resourceKey();
                Optional<ResourceDesiredState> read = mustRead.test(resourceKey)
                        ? Optional.of(resourceState(state, entry.getValue(), node.name()))
                        : Optional.empty();
                resources.add(new NodeStateRefresh.Entry(resourceKey, entry.getValue(), read));
            }
            return Optional.of(new NodeStateRefresh(
                    node,
                    List.copyOf(state.storagePoolsOf(nodeName)),
                    resources,
                    heldSnapshots(state, nodeName),
                    state.committedVersion()));
        });
    }

    /** The snapshots a node must hold: not those given up, whose copies it deletes. */
    private static List<Snapshot> heldSnapshots(DesiredState state, String nodeName) {
        List<Snapshot> held = new ArrayList<>();
        for (Snapshot snapshot : state.snapshotsOn(nodeName)) {
            SnapshotDefinition definition = state.snapshotDefinition(snapshot.resourceName(), snapshot.snapshotName());
            if (definition == null || !definition.failed()) {
                held.add(snapshot);
            }
        }
        return held;
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
                peers.add(new PeerResource(
                        replica,
                        peerNode == null ? Optional.empty() : peerNode.satelliteConnection(),
                        List.copyOf(state.volumesOf(resourceName, replica.nodeName())),
                        connection == null ? Map.of() : connection.props()));
            }
        }
        return new ResourceDesiredState(
                definition, volumeDefinitions, local, List.copyOf(state.volumesOf(resourceName, nodeName)), peers);
    }
}
