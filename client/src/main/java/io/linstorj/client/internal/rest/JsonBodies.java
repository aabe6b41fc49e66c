package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linstorj.client.LinstorError;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RestoreNode;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.util.List;
import java.util.Locale;

/**
 * Turns the request messages of LINSTOR's client protocol ({@code io.linstorj.protocol.linstor}),
 * read as the controller's LINSTOR-dialect table reads them, into the JSON bodies of
 * rest_v1_openapi.yaml. Only what the request carries is written: an unset count, an empty list or
 * map is left out, as python-linstor leaves them out, so that a strict server sees no field it
 * might refuse. A request field REST has no place for is refused here, never dropped.
 */
final class JsonBodies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonBodies() {}

    /** {@code NodeCreate}. */
    static ObjectNode node(Node node) {
        ObjectNode json = JSON.objectNode().put("name", node.getName()).put("type", upper(node.getType()));
        props(json, "props", node.getPropsList());
        ArrayNode netInterfaces = json.putArray("net_interfaces");
        node.getNetInterfacesList().forEach(netIf -> netInterfaces.add(netInterface(netIf)));
        return json;
    }

    /** {@code NetInterface}: the satellite port and encryption only when it carries the satellite connection. */
    static ObjectNode netInterface(NetInterface netIf) {
        ObjectNode json = JSON.objectNode().put("name", netIf.getName()).put("address", netIf.getAddress());
        if (netIf.getStltPort() != 0) {
            json.put("satellite_port", netIf.getStltPort());
            text(json, "satellite_encryption_type", netIf.getStltEncryptionType());
        }
        return json;
    }

    /** {@code NodeModify}: a new type when given, and the property changes. */
    static ObjectNode nodeModify(MsgModNode modify) {
        ObjectNode json = propsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        if (!modify.getNodeType().isEmpty()) {
            json.put("node_type", upper(modify.getNodeType()));
        }
        return json;
    }

    /** {@code StoragePoolDefinition}. */
    static ObjectNode storagePoolDefinition(StorPoolDfn definition) {
        ObjectNode json = JSON.objectNode().put("storage_pool_name", definition.getStorPoolName());
        props(json, "props", definition.getPropsList());
        return json;
    }

    /**
     * {@code StoragePool}: the kind by its name (LinstorJ's {@code provider_kind_name}, else the
     * enum's), the provider's pool in the props, as on the client protocol.
     */
    static ObjectNode storagePool(StorPool pool) {
        String kind =
                pool.getProviderKindName().isEmpty() ? pool.getProviderKind().name() : pool.getProviderKindName();
        ObjectNode json = JSON.objectNode()
                .put("storage_pool_name", pool.getStorPoolName())
                .put("provider_kind", kind);
        props(json, "props", pool.getPropsList());
        return json;
    }

    /** {@code ResourceDefinitionCreate}: the port and DRBD settings only when the caller chose them. */
    static ObjectNode resourceDefinition(MsgCrtRscDfn create) {
        var definition = create.getRscDfn();
        if (definition.getVlmDfnsCount() > 0) {
            throw new LinstorError("CrtRscDfn with volume definitions is not supported over REST by this client;"
                    + " create the definition, then each volume definition");
        }
        ObjectNode json = JSON.objectNode();
        ObjectNode inner = json.putObject("resource_definition").put("name", definition.getRscName());
        props(inner, "props", definition.getRscDfnPropsList());
        strings(inner, "flags", definition.getRscDfnFlagsList());
        text(inner, "resource_group_name", definition.getRscGrpName());
        if (create.getDrbdPort() > 0) {
            json.put("drbd_port", create.getDrbdPort());
        }
        if (create.hasDrbdSecret()) {
            json.put("drbd_secret", create.getDrbdSecret());
        }
        if (create.hasDrbdNewPeerSlots()) {
            json.put("drbd_peer_slots", create.getDrbdNewPeerSlots());
        }
        if (create.hasDrbdTransportType()) {
            json.put("drbd_transport_type", create.getDrbdTransportType());
        }
        return json;
    }

    /** {@code VolumeDefinitionCreate} of the request's single volume definition. */
    static ObjectNode volumeDefinition(MsgCrtVlmDfn create) {
        if (create.getVlmDfnsCount() != 1) {
            throw new LinstorError("CrtVlmDfn over REST creates one volume definition per call; "
                    + create.getVlmDfnsCount() + " were given");
        }
        VlmDfnWithPayload payload = create.getVlmDfns(0);
        var definition = payload.getVlmDfn();
        ObjectNode json = JSON.objectNode();
        ObjectNode inner = json.putObject("volume_definition");
        if (definition.hasVlmNr()) {
            inner.put("volume_number", definition.getVlmNr());
        }
        inner.put("size_kib", definition.getVlmSize());
        props(inner, "props", definition.getVlmPropsList());
        strings(inner, "flags", definition.getVlmFlagsList());
        if (payload.hasDrbdMinorNr()) {
            json.put("drbd_minor_number", payload.getDrbdMinorNr());
        }
        return json;
    }

    /** {@code VolumeDefinitionModify}: a new size when given, and the property changes. */
    static ObjectNode volumeDefinitionModify(MsgModVlmDfn modify) {
        if (modify.hasVlmMinor()) {
            throw new LinstorError("ModVlmDfn cannot change a volume definition's minor over REST");
        }
        ObjectNode json = propsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        if (modify.hasVlmSize()) {
            json.put("size_kib", modify.getVlmSize());
        }
        return json;
    }

    /**
     * {@code ResourceCreate} list of one resource definition's resources: the pool travels, as on the
     * client protocol, in the {@code StorPoolName} property, a diskless replica in the flags.
     */
    static ArrayNode resourceCreate(List<RscWithPayload> resources) {
        ArrayNode json = JSON.arrayNode();
        for (RscWithPayload payload : resources) {
            var rsc = payload.getRsc();
            ObjectNode create = json.addObject();
            ObjectNode resource = create.putObject("resource").put("node_name", rsc.getNodeName());
            props(resource, "props", rsc.getPropsList());
            strings(resource, "flags", rsc.getRscFlagsList());
            strings(create, "layer_list", layerNames(payload.getLayerStackList()));
            if (payload.hasDrbdNodeId()) {
                create.put("drbd_node_id", payload.getDrbdNodeId());
            }
        }
        return json;
    }

    /** {@code ResourceGroup} as created; its volume groups are created apart. */
    static ObjectNode resourceGroup(RscGrp group) {
        if (group.getVlmGrpsCount() > 0) {
            throw new LinstorError("CrtRscGrp with volume groups is not supported over REST by this client;"
                    + " create the group, then each volume group");
        }
        ObjectNode json = JSON.objectNode().put("name", group.getName());
        text(json, "description", group.getDescription());
        props(json, "props", group.getPropsList());
        ObjectNode filter = selectFilter(group.getSelectFilter());
        if (!filter.isEmpty()) {
            json.set("select_filter", filter);
        }
        return json;
    }

    /** {@code ResourceGroupModify}: the description and the filter only when the call changes them. */
    static ObjectNode resourceGroupModify(MsgModRscGrp modify) {
        ObjectNode json = propsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        if (modify.hasDescription()) {
            json.put("description", modify.getDescription());
        }
        if (modify.hasSelectFilter()) {
            json.set("select_filter", selectFilter(modify.getSelectFilter()));
        }
        return json;
    }

    /** {@code VolumeGroup} as created: its number when the caller chose one. */
    static ObjectNode volumeGroup(MsgCrtVlmGrp create) {
        if (create.getVlmGrpsCount() > 1) {
            throw new LinstorError("CrtVlmGrp over REST creates one volume group per call; " + create.getVlmGrpsCount()
                    + " were given");
        }
        ObjectNode json = JSON.objectNode();
        if (create.getVlmGrpsCount() == 1) {
            var group = create.getVlmGrps(0);
            if (group.hasVlmNr()) {
                json.put("volume_number", group.getVlmNr());
            }
            props(json, "props", group.getVlmPropsList());
            strings(json, "flags", group.getFlagsList());
        }
        return json;
    }

    /** {@code ResourceGroupSpawn}. */
    static ObjectNode spawn(MsgSpawnRscDfn spawn) {
        ObjectNode json = JSON.objectNode().put("resource_definition_name", spawn.getRscDfnName());
        ArrayNode sizes = json.putArray("volume_sizes");
        spawn.getVlmSizesList().forEach(sizes::add);
        if (spawn.getDefinitionsOnly()) {
            json.put("definitions_only", true);
        }
        return json;
    }

    /**
     * {@code AutoPlaceRequest}: the call's own {@code diskless_on_remaining} joins the filter's (as
     * the controller or-s them), the call's own layer stack goes to {@code layer_list}.
     */
    static ObjectNode autoPlace(MsgAutoPlaceRsc place) {
        ObjectNode filter = selectFilter(place.getSelectFilter());
        if (place.getDisklessOnRemaining()) {
            filter.put("diskless_on_remaining", true);
        }
        ObjectNode json = JSON.objectNode();
        json.set("select_filter", filter);
        strings(json, "layer_list", layerNames(place.getLayerStackList()));
        return json;
    }

    /**
     * {@code AutoSelectFilter}: set counts, non-empty names and lists; layers and providers by the
     * names of LinstorJ's additions when given, else by LINSTOR's enums.
     */
    static ObjectNode selectFilter(AutoSelectFilter filter) {
        ObjectNode json = JSON.objectNode();
        if (filter.hasPlaceCount()) {
            json.put("place_count", filter.getPlaceCount());
        }
        if (filter.hasAdditionalPlaceCount()) {
            json.put("additional_place_count", filter.getAdditionalPlaceCount());
        }
        strings(json, "node_name_list", filter.getNodeNameListList());
        text(json, "storage_pool", filter.getStoragePool());
        strings(json, "storage_pool_list", filter.getStoragePoolListList());
        strings(json, "storage_pool_diskless_list", filter.getStoragePoolDisklessListList());
        strings(json, "not_place_with_rsc", filter.getNotPlaceWithRscList());
        text(json, "not_place_with_rsc_regex", filter.getNotPlaceWithRscRegex());
        strings(json, "replicas_on_same", filter.getReplicasOnSameList());
        strings(json, "replicas_on_different", filter.getReplicasOnDifferentList());
        strings(
                json,
                "layer_stack",
                filter.getLayerStackNamesCount() > 0
                        ? filter.getLayerStackNamesList()
                        : layerNames(filter.getLayerStackList()));
        strings(
                json,
                "provider_list",
                filter.getProviderNamesCount() > 0
                        ? filter.getProviderNamesList()
                        : filter.getProvidersList().stream()
                                .map(ProviderType::name)
                                .toList());
        if (filter.getDisklessOnRemaining()) {
            json.put("diskless_on_remaining", true);
        }
        text(json, "diskless_type", filter.getDisklessType());
        return json;
    }

    /** The spec's {@code Snapshot} as a create body: name, the nodes to take it on, its properties. */
    static ObjectNode snapshotCreate(MsgCrtSnapshot create) {
        var definition = create.getSnapshotDfn();
        ObjectNode json = JSON.objectNode().put("name", definition.getSnapshotName());
        strings(
                json,
                "nodes",
                definition.getSnapshotsList().stream()
                        .map(Snapshot::getNodeName)
                        .toList());
        props(json, "props", definition.getSnapshotDfnPropsList());
        return json;
    }

    /** {@code SnapshotRestore}: the target and, when given, the nodes. */
    static ObjectNode snapshotRestore(String toResource, List<RestoreNode> nodes) {
        ObjectNode json = JSON.objectNode().put("to_resource", toResource);
        strings(json, "nodes", nodes.stream().map(RestoreNode::getName).toList());
        return json;
    }

    /** {@code SnapshotRestore} of {@code RestoreSnapshot}. */
    static ObjectNode snapshotRestore(MsgRestoreSnapshotRsc restore) {
        return snapshotRestore(restore.getToResourceName(), restore.getNodesList());
    }

    /** {@code ResourceDefinitionCloneRequest}: the clone's name and the property changes. */
    static ObjectNode clone(MsgCloneRscDfn clone) {
        ObjectNode json = JSON.objectNode().put("name", clone.getCloneName());
        props(json, "override_props", clone.getOverridePropsList());
        strings(json, "delete_props", clone.getDeletePropKeysList());
        strings(json, "delete_namespaces", clone.getDelNamespacesList());
        return json;
    }

    /** A {@code *Modify} body of property changes: {@code override_props}, {@code delete_props}, {@code delete_namespaces}. */
    static ObjectNode propsModify(List<LinStorMapEntry> overrides, List<String> deleteKeys, List<String> namespaces) {
        ObjectNode json = JSON.objectNode();
        props(json, "override_props", overrides);
        strings(json, "delete_props", deleteKeys);
        strings(json, "delete_namespaces", namespaces);
        return json;
    }

    /** A node type as the spec's enum writes it ({@code SATELLITE}); LINSTOR's constants say {@code Satellite}. */
    private static String upper(String nodeType) {
        return nodeType.toUpperCase(Locale.ROOT);
    }

    private static List<String> layerNames(List<LayerType> layers) {
        return layers.stream().map(LayerType::name).toList();
    }

    /** Property entries as a JSON object; a key given twice keeps its last value, as LINSTOR's maps do. */
    private static void props(ObjectNode json, String field, List<LinStorMapEntry> props) {
        if (!props.isEmpty()) {
            ObjectNode map = json.putObject(field);
            props.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        }
    }

    private static void strings(ObjectNode json, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = json.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void text(ObjectNode json, String field, String value) {
        if (!value.isEmpty()) {
            json.put(field, value);
        }
    }
}
