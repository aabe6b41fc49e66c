package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.DesiredState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The checks and views the snapshot services share. Pure functions of the state they are given. */
final class SnapshotRules {
    private SnapshotRules() {}

    static CallContext context(long operation, String resourceName, String snapshotName) {
        return CallContext.of(operation, RetCodes.MASK_SNAPSHOT)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_SNAPSHOT, snapshotName);
    }

    /** The snapshot definition; refuses bad names, an unknown resource definition or snapshot. */
    static SnapshotDefinition existing(
            DesiredState desired, String resourceName, String snapshotName, CallContext ctx) {
        ResourceDefinition definition = resourceDefinition(desired, resourceName, ctx);
        NameRules.snapshotName(snapshotName, ctx);
        SnapshotDefinition snapshot = desired.snapshotDefinition(definition.name(), snapshotName);
        if (snapshot == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_SNAPSHOT_DFN,
                    "Snapshot '" + snapshotName + "' of resource '" + definition.name() + "' not found.",
                    "No snapshot of that name exists for the resource.",
                    "List the resource's snapshots with GET /v1/resource-definitions/" + definition.name()
                            + "/snapshots.");
        }
        return snapshot;
    }

    static ResourceDefinition resourceDefinition(DesiredState desired, String resourceName, CallContext ctx) {
        NameRules.resourceName(resourceName, ctx);
        ResourceDefinition definition = desired.resourceDefinition(resourceName);
        if (definition == null) {
            throw NotFound.resourceDefinition(resourceName, ctx);
        }
        return definition;
    }

    /**
     * Refuses a storage pool whose kind cannot take snapshots (thick LVM and DISKLESS, as in
     * LINSTOR), before anything is stored.
     */
    static void checkSnapshotCapable(StoragePool pool, Resource replica, CallContext ctx) {
        ProviderKind kind = pool.providerKind();
        if (kind.takesSnapshots()) {
            return;
        }
        throw ctx.refuse(
                RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED,
                "Storage pool '" + pool.name() + "' on node '"
                        + pool.nodeName() + "' backs resource '" + replica.resourceName() + "' and is of kind " + kind
                        + ", which cannot take snapshots.",
                kind == ProviderKind.LVM
                        ? "Thick LVM volumes have no cheap point-in-time copies; LINSTOR refuses them too."
                        : "A diskless pool holds no data to copy.",
                "Place the resource in a FILE, FILE_THIN, LVM_THIN, ZFS or ZFS_THIN pool, or snapshot only other nodes"
                        + " ('nodes').");
    }

    /**
     * Refuses to delete a snapshot that lies in a ZFS pool while volumes restored from it (ZFS
     * clones of it) exist on its node: the satellite could not destroy it.
     */
    static void checkNoDependentRestores(DesiredState desired, Snapshot snapshot, CallContext ctx) {
        boolean zfs = snapshot.volumePools().values().stream()
                .map(poolName -> desired.storagePool(snapshot.nodeName(), poolName))
                .anyMatch(pool -> pool != null && pool.providerKind().restoresDependOnSnapshot());
        if (!zfs) {
            return;
        }
        String source = SnapshotProps.restoreFrom(snapshot.resourceName(), snapshot.snapshotName());
        List<String> restored = desired.volumes().values().stream()
                .filter(volume -> volume.nodeName().equalsIgnoreCase(snapshot.nodeName()))
                .filter(volume -> source.equalsIgnoreCase(volume.props().get(SnapshotProps.RESTORE_FROM)))
                .map(Volume::resourceName)
                .distinct()
                .sorted()
                .toList();
        if (!restored.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_IN_USE,
                    "Snapshot '" + snapshot.snapshotName() + "' of resource '"
                            + snapshot.resourceName() + "' on node '" + snapshot.nodeName()
                            + "' cannot be deleted while resources"
                            + " restored from it exist there: " + String.join(", ", restored) + ".",
                    "It lies in a ZFS pool, where a restored volume is a clone of the snapshot and ZFS keeps the snapshot"
                            + " as long as the clone exists.",
                    "Delete the resources " + String.join(", ", restored) + " on node '" + snapshot.nodeName()
                            + "' first, then the snapshot.");
        }
    }

    static String nodeList(List<Snapshot> snapshots) {
        return String.join(", ", snapshots.stream().map(Snapshot::nodeName).toList());
    }

    /** The view of a snapshot definition with its nodes and what they reported. */
    static SnapshotView view(DesiredState desired, ObservedState observed, SnapshotDefinition definition) {
        ResourceDefinition resourceDefinition = desired.resourceDefinition(definition.resourceName());
        Map<Integer, Map<String, String>> volumeProps = new TreeMap<>();
        for (VolumeDefinition volume : desired.volumeDefinitionsOf(definition.resourceName())) {
            volumeProps.put(volume.volumeNumber(), volume.props());
        }
        List<SnapshotNodeView> nodes = new ArrayList<>();
        for (Snapshot snapshot : desired.snapshotsOf(definition.resourceName(), definition.name())) {
            Resource replica = desired.resource(snapshot.resourceName(), snapshot.nodeName());
            nodes.add(new SnapshotNodeView(
                    snapshot,
                    observed.snapshot(snapshot.nodeName(), snapshot.resourceName(), snapshot.snapshotName()),
                    replica == null ? Map.of() : replica.props()));
        }
        return new SnapshotView(
                definition, resourceDefinition == null ? Map.of() : resourceDefinition.props(), volumeProps, nodes);
    }
}
