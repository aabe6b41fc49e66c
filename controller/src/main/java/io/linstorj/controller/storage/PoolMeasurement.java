package io.linstorj.controller.storage;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.DeployedResource;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Measures the storage pools of a node as placement sees them, from the desired state and what
 * the satellite last reported.
 *
 * <p>A thick pool offers the free space its satellite reported, less what the desired state puts
 * into it that the satellite has not reported as allocated yet: replicas placed one after another
 * never count the same free space twice, even before any satellite acted. A thin pool is measured
 * by over-subscription: its ratio comes from {@code MaxOversubscriptionRatio} on the pool, its
 * definition, its node or the controller (20 unless set), and what it provisioned is the sum of
 * the volume definition sizes of the volumes it backs and of the snapshots it holds: a snapshot
 * shares its blocks with its volume at first, but every write to either side then takes new ones,
 * up to the volume's full size, so it counts as a volume of that size does (in a thick pool the
 * copy's space shows in the free space its satellite reports). A diskful pool whose satellite has not
 * reported a capacity, or reported a problem, is not offered at all. Runs inside a mutation or a
 * read of the desired state.
 */
public final class PoolMeasurement {
    private final ObservedState observed;

    /** Measures with the capacities in {@code observed}. */
    public PoolMeasurement(ObservedState observed) {
        this.observed = observed;
    }

    /** Measures every pool of {@code node} and what its resources take from them. */
    public NodePools measure(DesiredState desired, Node node) {
        Map<String, Long> provisioned = new HashMap<>();
        Map<String, Long> pending = new HashMap<>();
        List<DeployedResource> deployed = new ArrayList<>();
        for (String resourceName : desired.resourceNamesOn(node.name())) {
            deployed.add(deployedResource(desired, node, resourceName, provisioned, pending));
        }
        deployed = withSnapshots(deployed, thinSnapshotSpace(desired, node, provisioned));
        List<CandidatePool> pools = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        for (StoragePool pool : desired.storagePoolsOf(node.name())) {
            if (pool.providerKind() == ProviderKind.DISKLESS) {
                pools.add(CandidatePool.of(pool.name(), ProviderKind.DISKLESS, 0, 0));
                continue;
            }
            String problem = measurePool(desired, node, pool, pending.getOrDefault(Names.key(pool.name()), 0L), pools);
            if (problem != null) {
                unmeasured.add("pool '" + pool.name() + "' on " + node.name() + ": " + problem);
            }
        }
        return new NodePools(pools, deployed, provisioned, unmeasured);
    }

    private DeployedResource deployedResource(
            DesiredState desired,
            Node node,
            String resourceName,
            Map<String, Long> provisioned,
            Map<String, Long> pending) {
        Resource replica = desired.resource(resourceName, node.name());
        if (replica == null || replica.isDiskless()) {
            return DeployedResource.diskless(resourceName);
        }
        Map<String, Long> byPool = new HashMap<>();
        for (Volume volume : desired.volumesOf(resourceName, node.name())) {
            VolumeDefinition definition =
                    desired.volumeDefinitions().get(VolumeDefinitionKey.of(resourceName, volume.volumeNumber()));
            StoragePool pool = desired.storagePool(node.name(), volume.storagePoolName());
            if (definition == null || pool == null) {
                continue;
            }
            String poolKey = Names.key(pool.name());
            byPool.merge(pool.name(), definition.sizeKib(), Long::sum);
            provisioned.merge(poolKey, definition.sizeKib(), Long::sum);
            long allocated = observed.volume(node.name(), resourceName, volume.volumeNumber())
                    .map(VolumeObservation::allocatedSizeKib)
                    .orElse(OptionalLong.empty())
                    .orElse(0);
            pending.merge(poolKey, Math.max(0, definition.sizeKib() - allocated), Long::sum);
        }
        return new DeployedResource(replica.resourceName(), byPool);
    }

    /**
     * KiB the snapshots on the node take from its thin pools, by resource name key and pool name;
     * added to {@code provisioned} too.
     */
    private static Map<String, Map<String, Long>> thinSnapshotSpace(
            DesiredState desired, Node node, Map<String, Long> provisioned) {
        Map<String, Map<String, Long>> byResource = new HashMap<>();
        for (Snapshot snapshot : desired.snapshotsOn(node.name())) {
            SnapshotDefinition definition =
                    desired.snapshotDefinition(snapshot.resourceName(), snapshot.snapshotName());
            if (definition == null) {
                continue;
            }
            for (Map.Entry<Integer, String> volume : snapshot.volumePools().entrySet()) {
                StoragePool pool = desired.storagePool(node.name(), volume.getValue());
                Long sizeKib = definition.volumeSizesKib().get(volume.getKey());
                if (pool == null || sizeKib == null || !pool.providerKind().isThin()) {
                    continue;
                }
                provisioned.merge(Names.key(pool.name()), sizeKib, Long::sum);
                byResource
                        .computeIfAbsent(Names.key(snapshot.resourceName()), key -> new HashMap<>())
                        .merge(pool.name(), sizeKib, Long::sum);
            }
        }
        return byResource;
    }

    /**
     * Adds the snapshots' space to their resources' entries, so that placement's per-pool sums
     * count it; a snapshot whose resource left the node gets an entry of its own.
     */
    private static List<DeployedResource> withSnapshots(
            List<DeployedResource> deployed, Map<String, Map<String, Long>> snapshotSpace) {
        if (snapshotSpace.isEmpty()) {
            return deployed;
        }
        Map<String, Map<String, Long>> left = new HashMap<>(snapshotSpace);
        List<DeployedResource> merged = new ArrayList<>(deployed.size());
        for (DeployedResource resource : deployed) {
            Map<String, Long> space = left.remove(Names.key(resource.resourceName()));
            if (space == null) {
                merged.add(resource);
                continue;
            }
            Map<String, Long> byPool = new HashMap<>(resource.provisionedKibByPool());
            space.forEach((pool, kib) -> byPool.merge(pool, kib, Long::sum));
            merged.add(new DeployedResource(resource.resourceName(), byPool));
        }
        left.forEach((resourceKey, space) -> merged.add(new DeployedResource(resourceKey, space)));
        return merged;
    }

    /** Adds the measured pool to {@code pools}, or answers why it cannot be measured. */
    private String measurePool(
            DesiredState desired, Node node, StoragePool pool, long pendingKib, List<CandidatePool> pools) {
        Optional<StoragePoolObservation> observation = observed.storagePool(node.name(), pool.name());
        if (observation.isEmpty()
                || observation.get().freeCapacityKib().isEmpty()
                || observation.get().totalCapacityKib().isEmpty()) {
            return "no capacity reported by its satellite yet";
        }
        if (!observation.get().reports().isEmpty()) {
            return "its satellite reports: "
                    + observation.get().reports().get(0).message();
        }
        ProviderKind kind = pool.providerKind();
        long reportedFree = Math.max(0, observation.get().freeCapacityKib().getAsLong());
        long free = kind.isThin() ? reportedFree : Math.max(0, reportedFree - pendingKib);
        long total = Math.max(0, observation.get().totalCapacityKib().getAsLong());
        pools.add(new CandidatePool(pool.name(), kind, free, total, ratio(desired, node, pool)));
        return null;
    }

    /** MaxOversubscriptionRatio of the pool, else its definition, else its node, else the controller. */
    private static double ratio(DesiredState desired, Node node, StoragePool pool) {
        StoragePoolDefinition definition = desired.storagePoolDefinition(pool.name());
        List<Map<String, String>> chain = List.of(
                pool.props(),
                definition == null ? Map.of() : definition.props(),
                node.props(),
                desired.controllerProps().rows());
        for (Map<String, String> props : chain) {
            String value = props.get(PropertyRules.MAX_OVERSUBSCRIPTION_RATIO);
            OptionalDouble ratio = value == null ? OptionalDouble.empty() : PropertyRules.parseRatio(value);
            if (ratio.isPresent()) {
                return ratio.getAsDouble();
            }
        }
        return CandidatePool.DEFAULT_MAX_OVERSUBSCRIPTION_RATIO;
    }
}
