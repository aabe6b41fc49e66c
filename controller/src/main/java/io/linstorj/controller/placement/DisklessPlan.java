package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The diskless replicas of {@code diskless_on_remaining}: one on every online node that holds no
 * replica of the resource and gets no new diskful one, in a DISKLESS pool the filter allows.
 *
 * <p>{@code node_name_list} and the do-not-place-with rules do not apply: they concern where data
 * lives, and a diskless replica stores none.
 *
 * @param replicas the diskless replicas, by node name
 * @param nodesWithoutPool online nodes left out because they have no allowed diskless pool
 */
record DisklessPlan(List<ReplicaPlacement> replicas, List<String> nodesWithoutPool) {

    static final DisklessPlan NONE = new DisklessPlan(List.of(), List.of());

    static DisklessPlan onRemaining(
            PlacementRules rules,
            ResourceToPlace resource,
            List<PlacementCandidate> candidates,
            List<ReplicaPlacement> newDiskful) {
        Set<String> taken = Names.keys(resource.diskfulNodes());
        taken.addAll(Names.keys(resource.disklessNodes()));
        newDiskful.forEach(replica -> taken.add(Names.key(replica.nodeName())));
        List<PlacementCandidate> remaining = candidates.stream()
                .filter(node -> node.online() && !taken.contains(Names.key(node.nodeName())))
                .sorted(Comparator.comparing(PlacementCandidate::nodeName))
                .toList();
        List<ReplicaPlacement> replicas = new ArrayList<>();
        List<String> withoutPool = new ArrayList<>();
        for (PlacementCandidate node : remaining) {
            CandidatePool pool = disklessPool(rules, node);
            if (pool == null) {
                withoutPool.add(node.nodeName());
            } else {
                replicas.add(new ReplicaPlacement(node.nodeName(), pool.storagePoolName()));
            }
        }
        return new DisklessPlan(List.copyOf(replicas), List.copyOf(withoutPool));
    }

    /** The node's allowed diskless pool; the first by name when it has several. */
    private static CandidatePool disklessPool(PlacementRules rules, PlacementCandidate node) {
        CandidatePool chosen = null;
        for (CandidatePool pool : node.storagePools()) {
            if (rules.allowsDiskless(pool)
                    && (chosen == null || pool.storagePoolName().compareTo(chosen.storagePoolName()) < 0)) {
                chosen = pool;
            }
        }
        return chosen;
    }
}
