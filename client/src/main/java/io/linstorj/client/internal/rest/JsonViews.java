package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.DrbdResourceDefinitionData;
import io.linstorj.protocol.proto.KeyValueStore;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.ResourceState;
import io.linstorj.protocol.proto.Snapshot;
import io.linstorj.protocol.proto.SnapshotVolumeDefinition;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import io.linstorj.protocol.proto.Volume;
import io.linstorj.protocol.proto.VolumeDefinition;
import io.linstorj.protocol.proto.VolumeGroup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns LINSTOR's REST JSON (the schemas of rest_v1_openapi.yaml) into the client protocol's
 * messages, field by field. Unknown fields are ignored, absent ones stay unset; DRBD data that
 * LINBIT's controller nests in {@code layer_data} / {@code layer_object} is read from there.
 */
final class JsonViews {
    private JsonViews() {}

    /** An ApiCallRc list; a single object counts as a list of one. */
    static List<ApiCallResponse> apiCallRcs(JsonNode json) {
        List<ApiCallResponse> replies = new ArrayList<>();
        for (JsonNode entry : elements(json)) {
            MsgApiCallResponse msg = apiCallRc(entry);
            replies.add(new ApiCallResponse(
                    msg.getRetCode(),
                    msg.getMessage(),
                    msg.getCause(),
                    msg.getCorrection(),
                    msg.getDetails(),
                    msg.getObjRefsMap(),
                    msg.getErrorReportIdsList()));
        }
        return replies;
    }

    /** True when {@code json} is a non-empty ApiCallRc list (or one ApiCallRc): each entry has a ret_code. */
    static boolean isApiCallRcList(JsonNode json) {
        List<JsonNode> entries = elements(json);
        return !entries.isEmpty()
                && entries.stream().allMatch(entry -> entry.path("ret_code").isIntegralNumber());
    }

    static MsgApiCallResponse apiCallRc(JsonNode json) {
        return MsgApiCallResponse.newBuilder()
                .setRetCode(json.path("ret_code").asLong())
                .setMessage(text(json, "message"))
                .setCause(text(json, "cause"))
                .setCorrection(text(json, "correction"))
                .setDetails(text(json, "details"))
                .putAllObjRefs(map(json.path("obj_refs")))
                .addAllErrorReportIds(strings(json.path("error_report_ids")))
                .build();
    }

    static Node node(JsonNode json) {
        Node.Builder node = Node.newBuilder()
                .setName(text(json, "name"))
                .setType(text(json, "type"))
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setConnectionStatus(text(json, "connection_status"))
                .setUuid(text(json, "uuid"));
        elements(json.path("net_interfaces")).forEach(netIf -> node.addNetInterfaces(netInterface(netIf)));
        return node.build();
    }

    static NetInterface netInterface(JsonNode json) {
        return NetInterface.newBuilder()
                .setName(text(json, "name"))
                .setAddress(text(json, "address"))
                .setSatellitePort(json.path("satellite_port").asInt(0))
                .setSatelliteEncryptionType(text(json, "satellite_encryption_type"))
                .build();
    }

    static StoragePoolDefinition storagePoolDefinition(JsonNode json) {
        return StoragePoolDefinition.newBuilder()
                .setName(text(json, "storage_pool_name"))
                .putAllProps(map(json.path("props")))
                .build();
    }

    static StoragePool storagePool(JsonNode json) {
        StoragePool.Builder pool = StoragePool.newBuilder()
                .setNodeName(text(json, "node_name"))
                .setStoragePoolName(text(json, "storage_pool_name"))
                .setProviderKind(text(json, "provider_kind"))
                .putAllProps(map(json.path("props")))
                .putAllStaticTraits(map(json.path("static_traits")))
                .setFreeSpaceMgrName(text(json, "free_space_mgr_name"))
                .setUuid(text(json, "uuid"));
        if (json.path("free_capacity").isIntegralNumber()) {
            pool.setFreeCapacity(json.path("free_capacity").asLong());
        }
        if (json.path("total_capacity").isIntegralNumber()) {
            pool.setTotalCapacity(json.path("total_capacity").asLong());
        }
        elements(json.path("reports")).forEach(report -> pool.addReports(apiCallRc(report)));
        return pool.build();
    }

    static ResourceDefinition resourceDefinition(JsonNode json) {
        ResourceDefinition.Builder definition = ResourceDefinition.newBuilder()
                .setName(text(json, "name"))
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setResourceGroupName(text(json, "resource_group_name"))
                .setUuid(text(json, "uuid"));
        layer(json.path("layer_data"), "DRBD")
                .ifPresent(drbd -> definition.setDrbd(DrbdResourceDefinitionData.newBuilder()
                        .setPort(drbd.path("port").asInt(0))
                        .setTransportType(text(drbd, "transport_type"))
                        .setPeerSlots(drbd.path("peer_slots").asInt(0))));
        elements(json.path("volume_definitions"))
                .forEach(volume -> definition.addVolumeDefinitions(volumeDefinition(volume)));
        return definition.build();
    }

    /** LINSTOR's Snapshot: name, resource, nodes, flags, props and the volume definitions' sizes. */
    static Snapshot snapshot(JsonNode json) {
        Snapshot.Builder snapshot = Snapshot.newBuilder()
                .setName(text(json, "name"))
                .setResourceName(text(json, "resource_name"))
                .addAllNodes(strings(json.path("nodes")))
                .addAllFlags(strings(json.path("flags")))
                .putAllProps(map(json.path("props")));
        elements(json.path("volume_definitions"))
                .forEach(volume -> snapshot.addVolumeDefinitions(SnapshotVolumeDefinition.newBuilder()
                        .setVolumeNumber(volume.path("volume_number").asInt())
                        .setSizeKib(volume.path("size_kib").asLong())));
        return snapshot.build();
    }

    static VolumeDefinition volumeDefinition(JsonNode json) {
        VolumeDefinition.Builder definition = VolumeDefinition.newBuilder()
                .setSizeKib(json.path("size_kib").asLong())
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setUuid(text(json, "uuid"));
        if (json.path("volume_number").isIntegralNumber()) {
            definition.setVolumeNumber(json.path("volume_number").asInt());
        }
        layer(json.path("layer_data"), "DRBD")
                .filter(drbd -> drbd.path("minor_number").isIntegralNumber())
                .ifPresent(drbd ->
                        definition.setMinorNumber(drbd.path("minor_number").asInt()));
        return definition.build();
    }

    /**
     * A resource with its volumes ({@code ResourceWithVolumes}); its state (ready, in use) is
     * set only when the satellite reported it, derived as {@link ResourceReadiness} says.
     */
    static Resource resource(JsonNode json) {
        Resource.Builder resource = Resource.newBuilder()
                .setName(text(json, "name"))
                .setNodeName(text(json, "node_name"))
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setUuid(text(json, "uuid"));
        JsonNode drbd = json.path("layer_object").path("drbd");
        if (drbd.path("node_id").isIntegralNumber()) {
            resource.setNodeId(drbd.path("node_id").asInt());
        }
        ResourceReadiness.ready(json)
                .ifPresent(ready -> resource.setState(ResourceState.newBuilder()
                        .setReady(ready)
                        .setInUse(ResourceReadiness.inUse(json).orElse(false))));
        elements(json.path("volumes")).forEach(volume -> resource.addVolumes(volume(volume)));
        return resource.build();
    }

    static Volume volume(JsonNode json) {
        Volume.Builder volume = Volume.newBuilder()
                .setVolumeNumber(json.path("volume_number").asInt())
                .setStoragePoolName(text(json, "storage_pool_name"))
                .setProviderKind(text(json, "provider_kind"))
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setDevicePath(text(json, "device_path"))
                .setUuid(text(json, "uuid"));
        if (json.path("allocated_size_kib").isIntegralNumber()) {
            volume.setAllocatedSizeKib(json.path("allocated_size_kib").asLong());
        }
        Optional<JsonNode> drbd = layer(json.path("layer_data_list"), "DRBD");
        volume.setDiskState(ResourceReadiness.diskState(json));
        drbd.map(data -> data.path("drbd_volume_definition").path("minor_number"))
                .filter(JsonNode::isIntegralNumber)
                .ifPresent(minor -> volume.setMinorNumber(minor.asInt()));
        volume.setBackingDisk(backingDisk(json, drbd));
        return volume.build();
    }

    static KeyValueStore keyValueStore(JsonNode json) {
        return KeyValueStore.newBuilder()
                .setName(text(json, "name"))
                .putAllProps(map(json.path("props")))
                .build();
    }

    /** A resource group, with the volume groups listed apart (REST lists them under the group). */
    static ResourceGroup resourceGroup(JsonNode json, JsonNode volumeGroups) {
        ResourceGroup.Builder group = ResourceGroup.newBuilder()
                .setName(text(json, "name"))
                .setDescription(text(json, "description"))
                .putAllProps(map(json.path("props")))
                .setSelectFilter(selectFilter(json.path("select_filter")))
                .setUuid(text(json, "uuid"));
        elements(volumeGroups).forEach(volumeGroup -> group.addVolumeGroups(volumeGroup(volumeGroup)));
        return group.build();
    }

    static VolumeGroup volumeGroup(JsonNode json) {
        VolumeGroup.Builder group = VolumeGroup.newBuilder()
                .putAllProps(map(json.path("props")))
                .addAllFlags(strings(json.path("flags")))
                .setUuid(text(json, "uuid"));
        if (json.path("volume_number").isIntegralNumber()) {
            group.setVolumeNumber(json.path("volume_number").asInt());
        }
        return group.build();
    }

    static AutoSelectFilter selectFilter(JsonNode json) {
        AutoSelectFilter.Builder filter = AutoSelectFilter.newBuilder()
                .addAllNodeNameList(strings(json.path("node_name_list")))
                .setStoragePool(text(json, "storage_pool"))
                .addAllStoragePoolList(strings(json.path("storage_pool_list")))
                .addAllStoragePoolDisklessList(strings(json.path("storage_pool_diskless_list")))
                .addAllNotPlaceWithRsc(strings(json.path("not_place_with_rsc")))
                .setNotPlaceWithRscRegex(text(json, "not_place_with_rsc_regex"))
                .addAllReplicasOnSame(strings(json.path("replicas_on_same")))
                .addAllReplicasOnDifferent(strings(json.path("replicas_on_different")))
                .setDisklessOnRemaining(json.path("diskless_on_remaining").asBoolean(false))
                .addAllLayerStack(strings(json.path("layer_stack")))
                .addAllProviderList(strings(json.path("provider_list")))
                .setDisklessType(text(json, "diskless_type"));
        if (json.path("place_count").isIntegralNumber()) {
            filter.setPlaceCount(json.path("place_count").asInt());
        }
        if (json.path("additional_place_count").isIntegralNumber()) {
            filter.setAdditionalPlaceCount(json.path("additional_place_count").asInt());
        }
        return filter.build();
    }

    /**
     * The device that stores a volume: what DRBD sits on ({@code backing_device} of the DRBD layer),
     * or, for a volume without DRBD (LINBIT's STORAGE-only resources), the storage layer's device;
     * empty for a diskless volume, whose layers name none.
     */
    private static String backingDisk(JsonNode volume, Optional<JsonNode> drbd) {
        if (drbd.isPresent()) {
            return text(drbd.get(), "backing_device");
        }
        return layer(volume.path("layer_data_list"), "STORAGE")
                .map(storage -> text(storage, "device_path"))
                .orElse("");
    }

    /** The {@code data} of the layer entry of type {@code type} in a layer list, if any. */
    private static Optional<JsonNode> layer(JsonNode layers, String type) {
        return elements(layers).stream()
                .filter(entry -> type.equalsIgnoreCase(entry.path("type").asText()))
                .map(entry -> entry.path("data"))
                .filter(JsonNode::isObject)
                .findFirst();
    }

    /** The elements of an array; an object counts as an array of one, anything else as empty. */
    static List<JsonNode> elements(JsonNode json) {
        List<JsonNode> elements = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(elements::add);
        } else if (json.isObject()) {
            elements.add(json);
        }
        return elements;
    }

    /** A string-to-string map; values that are not text are skipped. */
    static Map<String, String> map(JsonNode json) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                map.put(field.getKey(), field.getValue().asText());
            }
        }
        return map;
    }

    private static List<String> strings(JsonNode json) {
        List<String> strings = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(element -> {
                if (element.isTextual()) {
                    strings.add(element.asText());
                }
            });
        }
        return strings;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }
}
