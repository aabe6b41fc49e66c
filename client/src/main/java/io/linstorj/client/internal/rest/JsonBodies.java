package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linstorj.client.Consts;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtStorPool;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgCrtVlmGrp;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgModVlmDfn;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.PropsChange;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import io.linstorj.protocol.proto.VolumeDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the client protocol's request bodies into the JSON bodies of rest_v1_openapi.yaml. Only
 * what the request carries is written: an unset count, an empty list or map is left out, as
 * python-linstor leaves them out, so that a strict server sees no field it might refuse.
 */
final class JsonBodies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonBodies() {}

    /** {@code NodeCreate}. */
    static ObjectNode node(Node node) {
        ObjectNode json = JSON.objectNode().put("name", node.getName()).put("type", upper(node.getType()));
        props(json, "props", node.getPropsMap());
        ArrayNode netInterfaces = json.putArray("net_interfaces");
        node.getNetInterfacesList().forEach(netIf -> netInterfaces.add(netInterface(netIf)));
        return json;
    }

    /** {@code NetInterface}: the satellite port and encryption only when it carries the satellite connection. */
    static ObjectNode netInterface(NetInterface netIf) {
        ObjectNode json = JSON.objectNode().put("name", netIf.getName()).put("address", netIf.getAddress());
        if (netIf.getSatellitePort() != 0) {
            json.put("satellite_port", netIf.getSatellitePort());
            if (!netIf.getSatelliteEncryptionType().isEmpty()) {
                json.put("satellite_encryption_type", netIf.getSatelliteEncryptionType());
            }
        }
        return json;
    }

    /** {@code NodeModify}: a new type when given, and the property changes. */
    static ObjectNode nodeModify(String nodeType, PropsChange props) {
        ObjectNode json = propsModify(props);
        if (!nodeType.isEmpty()) {
            json.put("node_type", upper(nodeType));
        }
        return json;
    }

    /** {@code StoragePoolDefinition}. */
    static ObjectNode storagePoolDefinition(StoragePoolDefinition definition) {
        ObjectNode json = JSON.objectNode().put("storage_pool_name", definition.getName());
        props(json, "props", definition.getPropsMap());
        return json;
    }

    /** {@code StoragePool}: the provider's pool travels in the props, as on the client protocol. */
    static ObjectNode storagePool(MsgCrtStorPool create) {
        var pool = create.getStoragePool();
        ObjectNode json = JSON.objectNode()
                .put("storage_pool_name", pool.getStoragePoolName())
                .put("provider_kind", pool.getProviderKind());
        props(json, "props", pool.getPropsMap());
        return json;
    }

    /** {@code ResourceDefinitionCreate}: the port only when the caller chose one. */
    static ObjectNode resourceDefinition(MsgCrtRscDfn create) {
        var definition = create.getResourceDefinition();
        ObjectNode json = JSON.objectNode();
        ObjectNode inner = json.putObject("resource_definition").put("name", definition.getName());
        props(inner, "props", definition.getPropsMap());
        if (!definition.getResourceGroupName().isEmpty()) {
            inner.put("resource_group_name", definition.getResourceGroupName());
        }
        if (definition.getDrbd().getPort() > 0) {
            json.put("drbd_port", definition.getDrbd().getPort());
        }
        return json;
    }

    /** {@code VolumeDefinitionCreate} of the request's single volume definition. */
    static ObjectNode volumeDefinition(MsgCrtVlmDfn create) {
        VolumeDefinition definition = create.getVolumeDefinitions(0);
        ObjectNode json = JSON.objectNode();
        ObjectNode inner = json.putObject("volume_definition");
        if (definition.hasVolumeNumber()) {
            inner.put("volume_number", definition.getVolumeNumber());
        }
        inner.put("size_kib", definition.getSizeKib());
        props(inner, "props", definition.getPropsMap());
        if (definition.hasMinorNumber()) {
            json.put("drbd_minor_number", definition.getMinorNumber());
        }
        return json;
    }

    /** {@code VolumeDefinitionModify}: a new size when given, and the property changes. */
    static ObjectNode volumeDefinitionModify(MsgModVlmDfn modify) {
        ObjectNode json = propsModify(modify.getProps());
        if (modify.hasSizeKib()) {
            json.put("size_kib", modify.getSizeKib());
        }
        return json;
    }

    /** {@code ResourceCreate} list of one: the pool travels as the {@code StorPoolName} property. */
    static ArrayNode resourceCreate(MsgCrtRsc create) {
        ObjectNode resource = JSON.objectNode().put("node_name", create.getNodeName());
        Map<String, String> props = new LinkedHashMap<>(create.getPropsMap());
        if (!create.getStoragePoolName().isEmpty()) {
            props.put(Consts.KEY_STOR_POOL_NAME, create.getStoragePoolName());
        }
        props(resource, "props", props);
        strings(resource, "flags", create.getFlagsList());
        ArrayNode json = JSON.arrayNode();
        json.addObject().set("resource", resource);
        return json;
    }

    /** {@code ResourceGroup} as created. */
    static ObjectNode resourceGroup(ResourceGroup group) {
        ObjectNode json = JSON.objectNode().put("name", group.getName());
        if (!group.getDescription().isEmpty()) {
            json.put("description", group.getDescription());
        }
        props(json, "props", group.getPropsMap());
        ObjectNode filter = selectFilter(group.getSelectFilter());
        if (!filter.isEmpty()) {
            json.set("select_filter", filter);
        }
        return json;
    }

    /** {@code ResourceGroupModify}: the description and the filter only when the call changes them. */
    static ObjectNode resourceGroupModify(MsgModRscGrp modify) {
        ObjectNode json = propsModify(modify.getProps());
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
        ObjectNode json = JSON.objectNode();
        if (create.getVolumeGroupsCount() > 0) {
            var group = create.getVolumeGroups(0);
            if (group.hasVolumeNumber()) {
                json.put("volume_number", group.getVolumeNumber());
            }
            props(json, "props", group.getPropsMap());
        }
        return json;
    }

    /** {@code ResourceGroupSpawn}. */
    static ObjectNode spawn(MsgSpawnRscDfn spawn) {
        ObjectNode json = JSON.objectNode().put("resource_definition_name", spawn.getResourceDefinitionName());
        ArrayNode sizes = json.putArray("volume_sizes");
        spawn.getVolumeSizesKibList().forEach(sizes::add);
        if (spawn.getDefinitionsOnly()) {
            json.put("definitions_only", true);
        }
        return json;
    }

    /** {@code AutoPlaceRequest}. */
    static ObjectNode autoPlace(AutoSelectFilter filter) {
        ObjectNode json = JSON.objectNode();
        json.set("select_filter", selectFilter(filter));
        return json;
    }

    /** {@code AutoSelectFilter}: set counts, non-empty names and lists. */
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
        strings(json, "layer_stack", filter.getLayerStackList());
        strings(json, "provider_list", filter.getProviderListList());
        if (filter.getDisklessOnRemaining()) {
            json.put("diskless_on_remaining", true);
        }
        text(json, "diskless_type", filter.getDisklessType());
        return json;
    }

    /** A {@code *Modify} body of property changes: {@code override_props}, {@code delete_props}, {@code delete_namespaces}. */
    static ObjectNode propsModify(PropsChange props) {
        ObjectNode json = JSON.objectNode();
        props(json, "override_props", props.getOverridePropsMap());
        strings(json, "delete_props", props.getDeletePropsList());
        strings(json, "delete_namespaces", props.getDeleteNamespacesList());
        return json;
    }

    /** A node type as the spec's enum writes it ({@code SATELLITE}); LINSTOR's constants say {@code Satellite}. */
    private static String upper(String nodeType) {
        return nodeType.toUpperCase(Locale.ROOT);
    }

    private static void props(ObjectNode json, String field, Map<String, String> props) {
        if (!props.isEmpty()) {
            ObjectNode map = json.putObject(field);
            props.forEach(map::put);
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
