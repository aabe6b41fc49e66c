package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.DrbdRscDfn;
import io.linstorj.protocol.linstor.DrbdVlmDfn;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscDfnLayerData;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscState;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.SnapshotVlmDfn;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.StorPoolFreeSpace;
import io.linstorj.protocol.linstor.Vlm;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnLayerData;
import io.linstorj.protocol.linstor.VlmGrp;
import io.linstorj.protocol.linstor.VlmState;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns LINSTOR's REST JSON (the schemas of rest_v1_openapi.yaml) into the list messages of
 * LINSTOR's client protocol ({@code io.linstorj.protocol.linstor}), written as the controller's
 * LINSTOR-dialect translator writes them from its state: required fields always set, properties
 * as entries, observed state in LINSTOR's places for it (free space, resource states), the
 * provider kinds LINSTOR's enum lacks as {@code UNKNOWN_PROVIDER} named in {@code provider_kind_name},
 * and LinstorJ's additions filled. Unknown JSON fields are ignored, absent optional ones stay unset;
 * DRBD data that LINBIT's controller nests in {@code layer_data} / {@code layer_object} is read from there.
 */
final class JsonViews {
    /** DRBD's defaults for what a definition's DRBD layer data must carry when the JSON leaves it out. */
    private static final int DRBD_PEER_SLOTS = 7;

    private static final int DRBD_AL_STRIPES = 1;
    private static final long DRBD_AL_SIZE_KIB = 32;

    private JsonViews() {}

    // --- answer entries -------------------------------------------------------------------------------

    /** An ApiCallRc list as the client's entries; a single object counts as a list of one. */
    static List<ApiCallResponse> apiCallRcs(JsonNode json) {
        List<ApiCallResponse> replies = new ArrayList<>();
        for (JsonNode entry : elements(json)) {
            io.linstorj.protocol.linstor.ApiCallResponse msg = apiCallRc(entry);
            replies.add(new ApiCallResponse(
                    msg.getRetCode(),
                    msg.getMessage(),
                    msg.getCause(),
                    msg.getCorrection(),
                    msg.getDetails(),
                    map(msg.getObjRefsList()),
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

    /** One ApiCallRc as the wire's entry: cause, correction and details only when given. */
    static io.linstorj.protocol.linstor.ApiCallResponse apiCallRc(JsonNode json) {
        io.linstorj.protocol.linstor.ApiCallResponse.Builder entry =
                io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                        .setRetCode(json.path("ret_code").asLong())
                        .setMessage(text(json, "message"))
                        .addAllObjRefs(props(json.path("obj_refs")))
                        .addAllErrorReportIds(strings(json.path("error_report_ids")));
        optionalText(json, "cause").ifPresent(entry::setCause);
        optionalText(json, "correction").ifPresent(entry::setCorrection);
        optionalText(json, "details").ifPresent(entry::setDetails);
        return entry.build();
    }

    private static List<io.linstorj.protocol.linstor.ApiCallResponse> apiCallRcList(JsonNode json) {
        return elements(json).stream().map(JsonViews::apiCallRc).toList();
    }

    // --- nodes ----------------------------------------------------------------------------------------

    /** A list of {@code Node}s. */
    static MsgLstNode nodeList(JsonNode json) {
        MsgLstNode.Builder list = MsgLstNode.newBuilder();
        elements(json).forEach(node -> list.addNodes(node(node)));
        return list.build();
    }

    static Node node(JsonNode json) {
        Node.Builder node = Node.newBuilder()
                .setName(text(json, "name"))
                .setType(text(json, "type"))
                .addAllProps(props(json.path("props")))
                .addAllFlags(strings(json.path("flags")));
        optionalText(json, "uuid").ifPresent(node::setUuid);
        optionalText(json, "connection_status").map(JsonViews::connectionStatus).ifPresent(node::setConnectionStatus);
        elements(json.path("net_interfaces")).forEach(netIf -> node.addNetInterfaces(netInterface(netIf)));
        return node.build();
    }

    /** A net interface; the satellite port and encryption only when it carries the satellite connection. */
    static NetInterface netInterface(JsonNode json) {
        NetInterface.Builder netIf =
                NetInterface.newBuilder().setName(text(json, "name")).setAddress(text(json, "address"));
        int port = json.path("satellite_port").asInt(0);
        if (port != 0) {
            netIf.setStltPort(port).setStltEncryptionType(text(json, "satellite_encryption_type"));
        }
        return netIf.build();
    }

    /** LINSTOR's connection status by name; one the enum lacks is UNKNOWN, as the controller writes it. */
    private static Node.ConnectionStatus connectionStatus(String status) {
        for (Node.ConnectionStatus known : Node.ConnectionStatus.values()) {
            if (known.name().equalsIgnoreCase(status)) {
                return known;
            }
        }
        return Node.ConnectionStatus.UNKNOWN;
    }

    // --- storage --------------------------------------------------------------------------------------

    /** The storage pool definitions that {@code wanted} keeps (the spec has no query filter for them). */
    static MsgLstStorPoolDfn storagePoolDefinitionList(JsonNode json, Predicate<String> wanted) {
        MsgLstStorPoolDfn.Builder list = MsgLstStorPoolDfn.newBuilder();
        for (JsonNode definition : elements(json)) {
            String name = text(definition, "storage_pool_name");
            if (wanted.test(name)) {
                list.addStorPoolDfns(
                        StorPoolDfn.newBuilder().setStorPoolName(name).addAllProps(props(definition.path("props"))));
            }
        }
        return list.build();
    }

    /** A list of storage pools ({@code /v1/view/storage-pools}). */
    static MsgLstStorPool storagePoolList(JsonNode json) {
        MsgLstStorPool.Builder list = MsgLstStorPool.newBuilder();
        elements(json).forEach(pool -> list.addStorPools(storagePool(pool)));
        return list.build();
    }

    /**
     * A storage pool: its capacities in {@code free_space} only when both are given (the satellite
     * reported them), its reports in LinstorJ's {@code reports} and, beside capacities, as the free
     * space's errors.
     */
    static StorPool storagePool(JsonNode json) {
        String kind = text(json, "provider_kind");
        String name = text(json, "storage_pool_name");
        String uuid = text(json, "uuid");
        List<io.linstorj.protocol.linstor.ApiCallResponse> reports = apiCallRcList(json.path("reports"));
        StorPool.Builder pool = StorPool.newBuilder()
                .setNodeName(text(json, "node_name"))
                .setStorPoolName(name)
                .setProviderKind(providerType(kind))
                .setProviderKindName(kind)
                .addAllProps(props(json.path("props")))
                .addAllStaticTraits(props(json.path("static_traits")))
                .addAllReports(reports);
        if (!uuid.isEmpty()) {
            pool.setStorPoolUuid(uuid);
        }
        optionalText(json, "free_space_mgr_name").ifPresent(pool::setFreeSpaceMgrName);
        if (json.path("free_capacity").isIntegralNumber()
                && json.path("total_capacity").isIntegralNumber()) {
            pool.setFreeSpace(StorPoolFreeSpace.newBuilder()
                    .setStorPoolUuid(uuid)
                    .setStorPoolName(name)
                    .setFreeCapacity(json.path("free_capacity").asLong())
                    .setTotalCapacity(json.path("total_capacity").asLong())
                    .addAllErrors(reports));
        }
        return pool.build();
    }

    /**
     * A provider kind in LINSTOR's enum of 2019; the kinds it lacks (FILE, FILE_THIN, SPDK, ...) are
     * {@code UNKNOWN_PROVIDER}, named in the message's {@code provider_kind_name}.
     */
    static ProviderType providerType(String kind) {
        return enumValue(ProviderType.class, kind)
                .filter(type -> type.getNumber() < 100)
                .orElse(ProviderType.UNKNOWN_PROVIDER);
    }

    // --- resource definitions and resources ---------------------------------------------------------

    /** A list of resource definitions with their volume definitions. */
    static MsgLstRscDfn resourceDefinitionList(JsonNode json) {
        MsgLstRscDfn.Builder list = MsgLstRscDfn.newBuilder();
        elements(json).forEach(definition -> list.addRscDfns(resourceDefinition(definition)));
        return list.build();
    }

    /** A resource definition; its DRBD data (port, peer slots, ...) when the JSON has a DRBD layer. */
    static RscDfn resourceDefinition(JsonNode json) {
        RscDfn.Builder definition = RscDfn.newBuilder()
                .setRscName(text(json, "name"))
                .addAllRscDfnFlags(strings(json.path("flags")))
                .addAllRscDfnProps(props(json.path("props")));
        optionalText(json, "uuid").ifPresent(definition::setRscDfnUuid);
        optionalText(json, "resource_group_name").ifPresent(definition::setRscGrpName);
        layer(json.path("layer_data"), "DRBD").ifPresent(drbd -> {
            int port = drbd.path("port").asInt(0);
            definition
                    .addLayerData(RscDfnLayerData.newBuilder()
                            .setLayerType(LayerType.DRBD)
                            .setDrbd(DrbdRscDfn.newBuilder()
                                    .setRscNameSuffix(text(drbd, "resource_name_suffix"))
                                    .setPeersSlots(drbd.path("peer_slots").asInt(DRBD_PEER_SLOTS))
                                    .setAlStripes(drbd.path("al_stripes").asInt(DRBD_AL_STRIPES))
                                    .setAlSize(drbd.path("al_stripe_size_kib").asLong(DRBD_AL_SIZE_KIB))
                                    .setPort(port)
                                    .setTransportType(text(drbd, "transport_type"))
                                    // As the controller: the shared secret never reaches a client's view.
                                    .setSecret("")
                                    .setDown(drbd.path("down").asBoolean(false))))
                    .setDrbdPort(port);
        });
        elements(json.path("volume_definitions")).forEach(volume -> definition.addVlmDfns(volumeDefinition(volume)));
        return definition.build();
    }

    static VlmDfn volumeDefinition(JsonNode json) {
        VlmDfn.Builder definition = VlmDfn.newBuilder()
                .setVlmSize(json.path("size_kib").asLong())
                .addAllVlmFlags(strings(json.path("flags")))
                .addAllVlmProps(props(json.path("props")));
        optionalText(json, "uuid").ifPresent(definition::setVlmDfnUuid);
        if (json.path("volume_number").isIntegralNumber()) {
            definition.setVlmNr(json.path("volume_number").asInt());
        }
        layer(json.path("layer_data"), "DRBD")
                .filter(drbd -> drbd.path("minor_number").isIntegralNumber())
                .ifPresent(drbd -> {
                    int minor = drbd.path("minor_number").asInt();
                    definition
                            .addLayerData(VlmDfnLayerData.newBuilder()
                                    .setLayerType(LayerType.DRBD)
                                    .setDrbd(DrbdVlmDfn.newBuilder()
                                            .setRscNameSuffix(text(drbd, "resource_name_suffix"))
                                            .setVlmNr(json.path("volume_number").asInt())
                                            .setMinor(minor)))
                            .setMinorNr(minor);
                });
        return definition.build();
    }

    /**
     * Resources with their volumes ({@code ResourceWithVolumes}) and, beside them, the states of
     * those the satellite reported (ready, in use, disk states), derived as {@link ResourceReadiness} says.
     */
    static MsgLstRsc resourceList(JsonNode json) {
        MsgLstRsc.Builder list = MsgLstRsc.newBuilder();
        for (JsonNode resource : elements(json)) {
            list.addResources(resource(resource));
            ResourceReadiness.ready(resource).ifPresent(ready -> {
                RscState.Builder state = RscState.newBuilder()
                        .setRscName(text(resource, "name"))
                        .setNodeName(text(resource, "node_name"))
                        .setInUse(ResourceReadiness.inUse(resource).orElse(false))
                        .setReady(ready);
                for (JsonNode volume : elements(resource.path("volumes"))) {
                    VlmState.Builder vlmState = VlmState.newBuilder()
                            .setVlmNr(volume.path("volume_number").asInt());
                    String diskState = ResourceReadiness.diskState(volume);
                    if (!diskState.isEmpty()) {
                        vlmState.setDiskState(diskState);
                    }
                    state.addVlmStates(vlmState);
                }
                list.addResourceStates(state);
            });
        }
        return list.build();
    }

    static io.linstorj.protocol.linstor.Rsc resource(JsonNode json) {
        io.linstorj.protocol.linstor.Rsc.Builder resource = io.linstorj.protocol.linstor.Rsc.newBuilder()
                .setName(text(json, "name"))
                .setNodeName(text(json, "node_name"))
                .addAllProps(props(json.path("props")))
                .addAllRscFlags(strings(json.path("flags")));
        optionalText(json, "uuid").ifPresent(resource::setUuid);
        JsonNode drbd = json.path("layer_object").path("drbd");
        if (drbd.path("node_id").isIntegralNumber()) {
            resource.setDrbdNodeId(drbd.path("node_id").asInt());
        }
        elements(json.path("volumes")).forEach(volume -> resource.addVlms(volume(volume)));
        return resource.build();
    }

    /** A volume with what the satellite observed: device, backing disk, disk state, allocated size. */
    static Vlm volume(JsonNode json) {
        String kind = text(json, "provider_kind");
        Vlm.Builder volume = Vlm.newBuilder()
                .setVlmNr(json.path("volume_number").asInt())
                .setStorPoolName(text(json, "storage_pool_name"))
                .setProviderKind(providerType(kind))
                .setProviderKindName(kind)
                .addAllVlmFlags(strings(json.path("flags")))
                .addAllVlmProps(props(json.path("props")));
        optionalText(json, "uuid").ifPresent(volume::setVlmUuid);
        optionalText(json, "device_path").ifPresent(volume::setDevicePath);
        if (json.path("allocated_size_kib").isIntegralNumber()) {
            volume.setAllocatedSize(json.path("allocated_size_kib").asLong());
        }
        Optional<JsonNode> drbd = layer(json.path("layer_data_list"), "DRBD");
        drbd.map(data -> data.path("drbd_volume_definition").path("minor_number"))
                .filter(minor -> minor.isIntegralNumber() && minor.asInt() >= 0)
                .ifPresent(minor -> volume.setMinorNr(minor.asInt()));
        String diskState = ResourceReadiness.diskState(json);
        if (!diskState.isEmpty()) {
            volume.setDiskState(diskState);
        }
        String backingDisk = backingDisk(json, drbd);
        if (!backingDisk.isEmpty()) {
            volume.setBackingDisk(backingDisk);
        }
        return volume.build();
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

    // --- snapshots ------------------------------------------------------------------------------------

    /** A list of snapshot definitions ({@code /v1/view/snapshots}). */
    static MsgLstSnapshotDfn snapshotList(JsonNode json) {
        MsgLstSnapshotDfn.Builder list = MsgLstSnapshotDfn.newBuilder();
        elements(json).forEach(snapshot -> list.addSnapshotDfns(snapshot(snapshot)));
        return list.build();
    }

    /**
     * LINSTOR's Snapshot: name, resource, nodes, flags, the volume definitions' sizes, and its
     * {@code props} (the resource definition's with the snapshot definition's over them).
     */
    static SnapshotDfn snapshot(JsonNode json) {
        SnapshotDfn.Builder snapshot = SnapshotDfn.newBuilder()
                .setSnapshotName(text(json, "name"))
                .setRscName(text(json, "resource_name"))
                .addAllSnapshotDfnFlags(strings(json.path("flags")))
                .addAllSnapshotDfnProps(props(json.path("props")));
        optionalText(json, "uuid").ifPresent(snapshot::setUuid);
        List<String> nodes = strings(json.path("nodes"));
        if (nodes.isEmpty()) {
            elements(json.path("snapshots")).forEach(node -> nodes.add(text(node, "node_name")));
        }
        nodes.forEach(node -> snapshot.addSnapshots(Snapshot.newBuilder().setNodeName(node)));
        elements(json.path("volume_definitions"))
                .forEach(volume -> snapshot.addSnapshotVlmDfns(SnapshotVlmDfn.newBuilder()
                        .setVlmNr(volume.path("volume_number").asInt())
                        .setVlmSize(volume.path("size_kib").asLong())));
        return snapshot.build();
    }

    // --- key-value stores and controller properties ---------------------------------------------------

    /** The key-value stores that {@code wanted} keeps (the spec has no query filter for them). */
    static MsgRspKvs keyValueStoreList(JsonNode json, Predicate<String> wanted) {
        MsgRspKvs.Builder list = MsgRspKvs.newBuilder();
        for (JsonNode store : elements(json)) {
            String name = text(store, "name");
            if (wanted.test(name)) {
                list.addKeyValueStore(Kvs.newBuilder().setName(name).addAllProps(props(store.path("props"))));
            }
        }
        return list.build();
    }

    static MsgLstCtrlCfgProps controllerProps(JsonNode json) {
        return MsgLstCtrlCfgProps.newBuilder().addAllProps(props(json)).build();
    }

    // --- resource and volume groups -------------------------------------------------------------------

    /** A resource group, with the volume groups listed apart (REST lists them under the group). */
    static RscGrp resourceGroup(JsonNode json, JsonNode volumeGroups) {
        RscGrp.Builder group = RscGrp.newBuilder()
                .setName(text(json, "name"))
                .setDescription(text(json, "description"))
                .addAllProps(props(json.path("props")))
                .setSelectFilter(selectFilter(json.path("select_filter")));
        optionalText(json, "uuid").ifPresent(group::setUuid);
        elements(volumeGroups).forEach(volumeGroup -> group.addVlmGrps(volumeGroup(volumeGroup)));
        return group.build();
    }

    static MsgLstVlmGrp volumeGroupList(JsonNode json) {
        MsgLstVlmGrp.Builder list = MsgLstVlmGrp.newBuilder();
        elements(json).forEach(group -> list.addVlmGrps(volumeGroup(group)));
        return list.build();
    }

    static VlmGrp volumeGroup(JsonNode json) {
        VlmGrp.Builder group =
                VlmGrp.newBuilder().addAllVlmProps(props(json.path("props"))).addAllFlags(strings(json.path("flags")));
        optionalText(json, "uuid").ifPresent(group::setUuid);
        if (json.path("volume_number").isIntegralNumber()) {
            group.setVlmNr(json.path("volume_number").asInt());
        }
        return group.build();
    }

    /**
     * A select filter as the controller writes a group's: layers and providers by name (every one,
     * in LinstorJ's additions) and in LINSTOR's enums (those the enums have); absent counts and
     * empty names unset.
     */
    static AutoSelectFilter selectFilter(JsonNode json) {
        List<String> layers = strings(json.path("layer_stack"));
        List<String> providers = strings(json.path("provider_list"));
        AutoSelectFilter.Builder filter = AutoSelectFilter.newBuilder()
                .addAllNodeNameList(strings(json.path("node_name_list")))
                .addAllStoragePoolList(strings(json.path("storage_pool_list")))
                .addAllStoragePoolDisklessList(strings(json.path("storage_pool_diskless_list")))
                .addAllNotPlaceWithRsc(strings(json.path("not_place_with_rsc")))
                .addAllReplicasOnSame(strings(json.path("replicas_on_same")))
                .addAllReplicasOnDifferent(strings(json.path("replicas_on_different")))
                .setDisklessOnRemaining(json.path("diskless_on_remaining").asBoolean(false))
                .addAllLayerStackNames(layers)
                .addAllProviderNames(providers);
        layers.forEach(layer -> enumValue(LayerType.class, layer).ifPresent(filter::addLayerStack));
        providers.forEach(provider -> enumValue(ProviderType.class, provider).ifPresent(filter::addProviders));
        if (json.path("place_count").isIntegralNumber()) {
            filter.setPlaceCount(json.path("place_count").asInt());
        }
        if (json.path("additional_place_count").isIntegralNumber()) {
            filter.setAdditionalPlaceCount(json.path("additional_place_count").asInt());
        }
        optionalText(json, "storage_pool").ifPresent(filter::setStoragePool);
        optionalText(json, "not_place_with_rsc_regex").ifPresent(filter::setNotPlaceWithRscRegex);
        optionalText(json, "diskless_type").ifPresent(filter::setDisklessType);
        return filter.build();
    }

    // --- JSON pieces ----------------------------------------------------------------------------------

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

    /** A JSON object of text values as property entries, in the JSON's order; other values are skipped. */
    static List<LinStorMapEntry> props(JsonNode json) {
        List<LinStorMapEntry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                entries.add(LinStorMapEntry.newBuilder()
                        .setKey(field.getKey())
                        .setValue(field.getValue().asText())
                        .build());
            }
        }
        return entries;
    }

    /** Property entries as a map; a key given twice keeps its last value, as LINSTOR's maps do. */
    static Map<String, String> map(List<LinStorMapEntry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    /** The constant of {@code type} named {@code name}, case-insensitively. */
    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(upper)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
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

    /** A text field that is given and not empty. */
    private static Optional<String> optionalText(JsonNode json, String field) {
        String value = text(json, field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
