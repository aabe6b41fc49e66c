package io.linstorj.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.snapshot.CloneRequest;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotNodeView;
import io.linstorj.controller.snapshot.SnapshotRestoreRequest;
import io.linstorj.controller.snapshot.SnapshotView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snapshot shapes of the spec: Snapshot (answered and as a create body),
 * CreateMultiSnapshotRequest, SnapshotRestore, SnapshotRollback, and the clone's request and answers.
 */
public final class SnapshotBodies {
    private SnapshotBodies() {}

    /** A snapshot as answered: the spec's Snapshot with its SnapshotNode and SnapshotVolumeNode parts. */
    public record SnapshotJson(
            String name,
            String resourceName,
            List<String> nodes,
            Map<String, String> props,
            Map<String, String> snapshotDefinitionProps,
            Map<String, String> resourceDefinitionProps,
            List<String> flags,
            List<VolumeDefinitionJson> volumeDefinitions,
            String uuid,
            List<NodeJson> snapshots) {

        /** The wire form of a view. */
        public static SnapshotJson of(SnapshotView view) {
            Map<String, String> props = new TreeMap<>(view.resourceDefinitionProps());
            props.putAll(view.definition().props());
            List<VolumeDefinitionJson> volumes = view.definition().volumeSizesKib().entrySet().stream()
                    .map(entry -> new VolumeDefinitionJson(
                            entry.getKey(),
                            entry.getValue(),
                            null,
                            nullIfEmpty(view.volumeDefinitionProps().getOrDefault(entry.getKey(), Map.of()))))
                    .toList();
            return new SnapshotJson(
                    view.definition().name(),
                    view.definition().resourceName(),
                    view.nodes().stream()
                            .map(node -> node.snapshot().nodeName())
                            .toList(),
                    nullIfEmpty(props),
                    nullIfEmpty(view.definition().props()),
                    nullIfEmpty(view.resourceDefinitionProps()),
                    List.copyOf(view.flags()),
                    volumes,
                    view.definition().uuid().toString(),
                    view.nodes().stream().map(NodeJson::of).toList());
        }
    }

    /** The spec's SnapshotVolumeDefinition. */
    public record VolumeDefinitionJson(
            int volumeNumber,
            long sizeKib,
            Map<String, String> snapshotVolumeDefinitionProps,
            Map<String, String> volumeDefinitionProps) {}

    /** The spec's SnapshotNode; {@code snapshot_volumes[].state} says Taken, Pending or Failed. */
    public record NodeJson(
            String snapshotName,
            String nodeName,
            long createTimestamp,
            List<String> flags,
            String uuid,
            Map<String, String> snapshotProps,
            Map<String, String> resourceProps,
            List<VolumeNodeJson> snapshotVolumes) {

        static NodeJson of(SnapshotNodeView view) {
            Snapshot snapshot = view.snapshot();
            return new NodeJson(
                    snapshot.snapshotName(),
                    snapshot.nodeName(),
                    snapshot.createTimestamp(),
                    null,
                    snapshot.uuid().toString(),
                    nullIfEmpty(snapshot.props()),
                    nullIfEmpty(view.resourceProps()),
                    snapshot.volumePools().keySet().stream()
                            .map(number -> new VolumeNodeJson(number, view.volumeState(number)))
                            .toList());
        }
    }

    /** The spec's SnapshotVolumeNode. */
    public record VolumeNodeJson(int vlmNr, String state) {}

    /** The body of POST …/snapshots: the spec's Snapshot, of which LinstorJ takes name, nodes and props. */
    @SpecSchema("Snapshot")
    public record SnapshotCreate(
            String name,
            String resourceName,
            List<String> nodes,
            Map<String, String> props,
            JsonNode snapshotDefinitionProps,
            JsonNode resourceDefinitionProps,
            List<String> flags,
            List<JsonNode> volumeDefinitions,
            String uuid,
            List<JsonNode> snapshots) {

        /** The request for the snapshot service, for the resource of the path. */
        public SnapshotCreateRequest toRequest(String resource) {
            if (name == null) {
                throw new JsonInputException("name is required.");
            }
            if (resourceName != null && !resourceName.equalsIgnoreCase(resource)) {
                throw SpecFields.refusal(
                        "resource_name",
                        "It names another resource than the path ('" + resource + "').",
                        "Leave resource_name out or give the path's resource.");
            }
            SpecFields.absent("snapshot_definition_props", snapshotDefinitionProps, "Give the properties in 'props'.");
            SpecFields.absent(
                    "resource_definition_props",
                    resourceDefinitionProps,
                    "A snapshot shows its resource definition's properties; it does not set them.");
            SpecFields.empty("flags", flags, "A snapshot is created without flags.");
            SpecFields.empty(
                    "volume_definitions",
                    volumeDefinitions,
                    "A snapshot copies every volume definition of its resource.");
            SpecFields.absent("uuid", uuid, "The controller assigns a snapshot's UUID.");
            SpecFields.empty("snapshots", snapshots, "Name the nodes in 'nodes'.");
            return new SnapshotCreateRequest(
                    resource, name, nodes == null ? List.of() : nodes, props == null ? Map.of() : props);
        }
    }

    /** The body of POST /v1/actions/snapshot/multi: the spec's CreateMultiSnapshotRequest. */
    @SpecSchema("CreateMultiSnapshotRequest")
    public record MultiSnapshotCreate(List<SnapshotCreate> snapshots) {

        /** One request per snapshot; each names its resource in {@code resource_name}. */
        public List<SnapshotCreateRequest> toRequests() {
            if (snapshots == null || snapshots.isEmpty()) {
                throw SpecFields.refusal(
                        "snapshots",
                        "It names no snapshot.",
                        "Give at least one snapshot with resource_name and name.");
            }
            List<SnapshotCreateRequest> requests = new java.util.ArrayList<>();
            for (SnapshotCreate snapshot : snapshots) {
                if (snapshot == null || snapshot.resourceName() == null) {
                    throw new JsonInputException("resource_name is required in every snapshot.");
                }
                requests.add(snapshot.toRequest(snapshot.resourceName()));
            }
            return requests;
        }
    }

    /** The body of POST …/clone: the spec's ResourceDefinitionCloneRequest. */
    @SpecSchema("ResourceDefinitionCloneRequest")
    public record CloneCreate(
            String name,
            Map<String, String> overrideProps,
            List<String> deleteProps,
            List<String> deleteNamespaces,
            JsonNode externalName,
            List<String> layerList,
            String resourceGroup,
            Boolean useZfsClone,
            List<String> volumePassphrases) {

        /** The request for the clone service, for the source of the path. */
        public CloneRequest toRequest(String source) {
            if (name == null) {
                throw new JsonInputException("name is required.");
            }
            SpecFields.notSupported(
                    "external_name",
                    SpecFields.given(externalName),
                    "LinstorJ keeps no external names.",
                    "Leave external_name out.");
            SpecFields.layerList("layer_list", layerList);
            SpecFields.notSupported(
                    "resource_group",
                    SpecFields.given(resourceGroup),
                    "A clone stays in its source's resource group; LinstorJ does not clone into another group's pools.",
                    "Leave resource_group out, then move the clone with PUT /v1/resource-definitions/{resource}.");
            SpecFields.notSupported(
                    "use_zfs_clone",
                    Boolean.TRUE.equals(useZfsClone),
                    "LinstorJ clones by copying each volume from a snapshot; it has no zfs-clone mode.",
                    "Leave use_zfs_clone out or send false.");
            SpecFields.notSupported(
                    "volume_passphrases",
                    SpecFields.given(volumePassphrases),
                    "LinstorJ has no encrypted volumes.",
                    "Leave volume_passphrases out or send it empty.");
            return new CloneRequest(
                    source,
                    name,
                    overrideProps == null ? Map.of() : overrideProps,
                    deleteProps == null ? List.of() : deleteProps,
                    deleteNamespaces == null ? List.of() : deleteNamespaces);
        }
    }

    /** The answer of POST …/clone: the spec's ResourceDefinitionCloneStarted. */
    public record CloneStarted(String location, String sourceName, String cloneName, List<ApiCallRcJson> messages) {}

    /** The answer of GET …/clone/{clone}: the spec's ResourceDefinitionCloneStatus. */
    public record CloneStatus(String status) {}

    /** The body of the restore calls: the spec's SnapshotRestore. */
    @SpecSchema("SnapshotRestore")
    public record SnapshotRestore(String toResource, List<String> nodes, Map<String, String> storPoolRename) {

        /** The request for the restore service. */
        public SnapshotRestoreRequest toRequest(String resource, String snapshot) {
            if (toResource == null) {
                throw new JsonInputException("to_resource is required.");
            }
            SpecFields.notSupported(
                    "stor_pool_rename",
                    storPoolRename != null && !storPoolRename.isEmpty(),
                    "LinstorJ restores into the storage pools of the snapshot only.",
                    "Leave stor_pool_rename out.");
            return new SnapshotRestoreRequest(resource, snapshot, toResource, nodes == null ? List.of() : nodes);
        }
    }

    /** The body of POST …/snapshot-rollback: the spec's SnapshotRollback; its ZFS strategy has no meaning for FILE pools. */
    @SpecSchema("SnapshotRollback")
    public record SnapshotRollback(ZfsRollbackStrategy zfsRollbackStrategy) {}

    /** The spec's values of {@code zfs_rollback_strategy}. */
    public enum ZfsRollbackStrategy {
        /** 'rollback'. */
        @JsonProperty("rollback")
        ROLLBACK,
        /** 'clone'. */
        @JsonProperty("clone")
        CLONE,
        /** 'dynamic'. */
        @JsonProperty("dynamic")
        DYNAMIC
    }

    private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map.isEmpty() ? null : map;
    }
}
