package io.linstorj.controller.satellite;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.snapshot.SnapshotStages;
import io.linstorj.controller.state.ClusterView;
import io.linstorj.controller.state.NodeStateRefresh;
import io.linstorj.controller.state.PeerResource;
import io.linstorj.controller.state.ResourceDesiredState;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.ResourceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds nodes' desired-state messages ({@link NodeStateMapper}) so that a node holding many
 * resources costs, per message, a walk over its resource index plus the reads of the resources
 * that changed since its previous message, not a read of every resource.
 *
 * <p>Each resource's part of a node's message is kept with the batch number of the state it was
 * built from. Committed changes stamp what they touched ({@link #resourceChanged},
 * {@link #nodeChanged}) with their batch number; a part is reused while it is at least as new
 * as the stamps of its resource, its node and its peers' nodes. The stamps arrive after the
 * commit, so a message built in between may reuse a part the commit made stale; the dispatcher
 * marks the node dirty after stamping, so the next message has it right: the last message
 * after the last change is always built from the state it names.
 *
 * <p>Stamping is thread-safe; building and {@link #forget} are for the sender thread alone.
 */
final class NodeStateMessages {
    /** A built part: the resource's spec, the batch it was read at, and the nodes it mentions. */
    private record Part(ResourceSpec spec, long builtAt, List<String> nodeKeys) {}

    /** A node's message and the names of the resources in it. */
    record Built(MsgNodeDesiredState message, Set<String> resourceNames) {}

    private final ClusterView view;
    private final SnapshotStages stages;
    private final Map<String, Long> resourceStamps = new ConcurrentHashMap<>();
    private final Map<String, Long> nodeStamps = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Part>> partsByNode = new HashMap<>();

    NodeStateMessages(ClusterView view, SnapshotStages stages) {
        this.view = view;
        this.stages = stages;
    }

    /** Batch {@code version} changed the resource (definition, volume definitions, replicas, volumes). */
    void resourceChanged(String resourceName, long version) {
        resourceStamps.merge(Names.key(resourceName), version, Math::max);
    }

    /** Batch {@code version} changed the node's own record (its address, for its peers). */
    void nodeChanged(String nodeName, long version) {
        nodeStamps.merge(Names.key(nodeName), version, Math::max);
    }

    /**
     * The resource no longer exists anywhere: its stamp may go. Should it come back, its creation
     * stamps it anew, and no part built before that is newer than that stamp.
     */
    void resourceGone(String resourceName) {
        resourceStamps.remove(Names.key(resourceName));
    }

    /** The node no longer exists: its stamp may go (as for {@link #resourceGone}). */
    void nodeGone(String nodeName) {
        nodeStamps.remove(Names.key(nodeName));
    }

    /** The message for the node's current desired state, or empty if there is no such node. */
    Optional<Built> build(String nodeName, long generation) {
        String nodeKey = Names.key(nodeName);
        Map<String, Part> previous = partsByNode.getOrDefault(nodeKey, Map.of());
        Optional<NodeStateRefresh> read =
                view.nodeStateRefresh(nodeName, resourceKey -> !fresh(previous.get(resourceKey), resourceKey));
        if (read.isEmpty()) {
            partsByNode.remove(nodeKey);
            return Optional.empty();
        }
        NodeStateRefresh state = read.get();
        Map<String, Part> current = new HashMap<>(Math.max(16, state.resources().size() * 4 / 3 + 1));
        List<ResourceSpec> specs = new ArrayList<>(state.resources().size());
        Set<String> names = new HashSet<>();
        for (NodeStateRefresh.Entry entry : state.resources()) {
            Part part = entry.state().isPresent()
                    ? part(entry.state().get(), state.version())
                    : previous.get(entry.resourceKey());
            current.put(entry.resourceKey(), part);
            specs.add(part.spec());
            names.add(entry.resourceName());
        }
        partsByNode.put(nodeKey, current);
        MsgNodeDesiredState message = NodeStateMapper.addSnapshots(
                        NodeStateMapper.withoutResources(state.node(), state.storagePools(), generation),
                        state.snapshots(),
                        stages)
                .addAllResources(specs)
                .build();
        return Optional.of(new Built(message, names));
    }

    /** Drops the parts kept for the node (its satellite went away; the next message reads all). */
    void forget(String nodeName) {
        partsByNode.remove(Names.key(nodeName));
    }

    private boolean fresh(Part part, String resourceKey) {
        if (part == null || part.builtAt() < resourceStamps.getOrDefault(resourceKey, 0L)) {
            return false;
        }
        for (String nodeKey : part.nodeKeys()) {
            if (part.builtAt() < nodeStamps.getOrDefault(nodeKey, 0L)) {
                return false;
            }
        }
        return true;
    }

    private static Part part(ResourceDesiredState state, long version) {
        List<String> nodeKeys = new ArrayList<>(state.peers().size() + 1);
        nodeKeys.add(Names.key(state.local().nodeName()));
        for (PeerResource peer : state.peers()) {
            nodeKeys.add(Names.key(peer.resource().nodeName()));
        }
        return new Part(NodeStateMapper.resource(state), version, List.copyOf(nodeKeys));
    }
}
