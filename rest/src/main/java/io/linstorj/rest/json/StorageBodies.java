package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.controller.storage.StoragePoolView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The storage shapes of the spec: StoragePool, StoragePoolDefinition and their create bodies. */
public final class StorageBodies {
    private StorageBodies() {}

    /** A storage pool definition, as answered and as created. */
    @SpecSchema("StoragePoolDefinition")
    public record PoolDefinition(String storagePoolName, Map<String, String> props) {

        /** The wire form of {@code definition}; empty properties are left out as LINSTOR does. */
        public static PoolDefinition of(StoragePoolDefinition definition) {
            return new PoolDefinition(definition.name(), definition.props().isEmpty() ? null : definition.props());
        }

        /** The properties to create it with. */
        public Map<String, String> createProps() {
            return props == null ? Map.of() : NodeBodies.nonNullValues(props);
        }
    }

    /** A storage pool as answered. */
    public record Pool(
            String storagePoolName,
            String nodeName,
            String providerKind,
            Map<String, String> props,
            Long freeCapacity,
            Long totalCapacity,
            String freeSpaceMgrName,
            String uuid,
            List<ApiCallRcJson> reports,
            Boolean supportsSnapshots,
            Boolean externalLocking) {

        /** The wire form of {@code view}: capacities only once the satellite has reported them. */
        public static Pool of(StoragePoolView view, Instant now) {
            var pool = view.pool();
            Long free =
                    view.observation().flatMap(o -> boxed(o.freeCapacityKib())).orElse(null);
            Long total =
                    view.observation().flatMap(o -> boxed(o.totalCapacityKib())).orElse(null);
            List<ApiCallRcJson> reports = view.observation()
                    .map(o -> o.reports().stream()
                            .map(rc -> ApiCallRcJson.of(rc, now))
                            .toList())
                    .filter(list -> !list.isEmpty())
                    .orElse(null);
            return new Pool(
                    pool.name(),
                    pool.nodeName(),
                    pool.providerKind().name(),
                    pool.props().isEmpty() ? null : pool.props(),
                    free,
                    total,
                    pool.nodeName() + ";" + pool.name(),
                    pool.uuid().toString(),
                    reports,
                    null,
                    false);
        }

        private static java.util.Optional<Long> boxed(java.util.OptionalLong value) {
            return value.isPresent() ? java.util.Optional.of(value.getAsLong()) : java.util.Optional.empty();
        }
    }

    /** The body of POST /v1/nodes/{node}/storage-pools: every field of the spec's StoragePool. */
    @SpecSchema("StoragePool")
    public record PoolCreate(
            String storagePoolName,
            String nodeName,
            String providerKind,
            Map<String, String> props,
            JsonNode staticTraits,
            Long freeCapacity,
            Long totalCapacity,
            String freeSpaceMgrName,
            String uuid,
            JsonNode reports,
            Boolean supportsSnapshots,
            String sharedSpace,
            Boolean externalLocking) {

        /** The request for the storage pool service, on {@code nodeName}. */
        public StoragePoolCreateRequest toRequest(String nodeName) {
            if (this.nodeName != null && !this.nodeName.equalsIgnoreCase(nodeName)) {
                throw SpecFields.refusal(
                        "node_name",
                        "The body names node '" + this.nodeName + "', the path '" + nodeName + "'.",
                        "Leave node_name out or give the path's.");
            }
            String answerOnly = " is part of the answer; the satellite reports it.";
            SpecFields.absent("static_traits", staticTraits, "static_traits" + answerOnly);
            SpecFields.absent("free_capacity", freeCapacity, "free_capacity" + answerOnly);
            SpecFields.absent("total_capacity", totalCapacity, "total_capacity" + answerOnly);
            SpecFields.absent("free_space_mgr_name", freeSpaceMgrName, "free_space_mgr_name" + answerOnly);
            SpecFields.absent("uuid", uuid, "The controller assigns a pool's UUID.");
            SpecFields.absent("reports", reports, "reports" + answerOnly);
            SpecFields.absent("supports_snapshots", supportsSnapshots, "supports_snapshots" + answerOnly);
            SpecFields.notSupported(
                    "shared_space",
                    SpecFields.given(sharedSpace),
                    "LinstorJ has no shared storage pools.",
                    "Leave shared_space out.");
            SpecFields.notSupported(
                    "external_locking",
                    Boolean.TRUE.equals(externalLocking),
                    "LinstorJ has no shared storage pools.",
                    "Leave external_locking out or send false.");
            return new StoragePoolCreateRequest(
                    nodeName,
                    storagePoolName == null ? "" : storagePoolName,
                    providerKind == null ? "" : providerKind,
                    props == null ? Map.of() : NodeBodies.nonNullValues(props));
        }
    }
}
