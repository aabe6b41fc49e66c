package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.ProviderKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds placement inputs for tests in few words. */
final class TestCluster {
    static final long MIB = 1024;
    static final long GIB = 1024 * MIB;

    private TestCluster() {}

    static NodeBuilder node(String name) {
        return new NodeBuilder(name);
    }

    /** An online node with one thick LVM pool "ssd" with {@code freeKib} free. */
    static PlacementCandidate nodeWithFree(String name, long freeKib) {
        return node(name).thick("ssd", freeKib).build();
    }

    static ResourceToPlace resource(String name, long... volumeSizesKib) {
        List<Long> sizes = new ArrayList<>();
        for (long size : volumeSizesKib) {
            sizes.add(size);
        }
        return ResourceToPlace.unplaced(name, sizes);
    }

    static ResourceToPlace deployed(ResourceToPlace resource, Set<String> diskful, Set<String> diskless) {
        return new ResourceToPlace(resource.resourceName(), resource.volumeSizesKib(), diskful, diskless);
    }

    static PlacementDecision decided(PlacementResult result) {
        if (result instanceof PlacementDecision decision) {
            return decision;
        }
        throw new AssertionError("expected a decision, got " + result);
    }

    static PlacementRefusal refused(PlacementResult result) {
        if (result instanceof PlacementRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal, got " + result);
    }

    static final class NodeBuilder {
        private final String name;
        private boolean online = true;
        private final Map<String, String> props = new HashMap<>();
        private final List<CandidatePool> pools = new ArrayList<>();
        private final List<DeployedResource> resources = new ArrayList<>();

        private NodeBuilder(String name) {
            this.name = name;
        }

        NodeBuilder offline() {
            online = false;
            return this;
        }

        NodeBuilder aux(String key, String value) {
            props.put("Aux/" + key, value);
            return this;
        }

        NodeBuilder thick(String pool, long freeKib) {
            return pool(CandidatePool.of(pool, ProviderKind.LVM, freeKib, Math.max(freeKib, 1000 * GIB)));
        }

        NodeBuilder thin(String pool, long freeKib, long totalKib) {
            return pool(CandidatePool.of(pool, ProviderKind.LVM_THIN, freeKib, totalKib));
        }

        NodeBuilder disklessPool(String pool) {
            return pool(CandidatePool.of(pool, ProviderKind.DISKLESS, 0, 0));
        }

        NodeBuilder pool(CandidatePool pool) {
            pools.add(pool);
            return this;
        }

        NodeBuilder holding(String resource, String pool, long kib) {
            resources.add(DeployedResource.inPool(resource, pool, kib));
            return this;
        }

        NodeBuilder holdingDiskless(String resource) {
            resources.add(DeployedResource.diskless(resource));
            return this;
        }

        PlacementCandidate build() {
            return new PlacementCandidate(name, online, props, pools, resources);
        }
    }
}
