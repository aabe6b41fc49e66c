package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The resource request bodies of the spec (the answers are {@link ResourceAnswers}). */
public final class ResourceBodies {
    private ResourceBodies() {}

    /** The {@code resource_definition} part of a create body: every field of the spec's ResourceDefinition. */
    @SpecSchema("ResourceDefinition")
    public record DefinitionInput(
            String name,
            JsonNode externalName,
            Map<String, String> props,
            List<String> flags,
            List<SpecFields.LayerEntry> layerData,
            String uuid,
            String resourceGroupName,
            List<JsonNode> volumeDefinitions) {

        void check() {
            SpecFields.notSupported(
                    "resource_definition.external_name",
                    SpecFields.given(externalName),
                    "LinstorJ names resource definitions by name only.",
                    "Leave resource_definition.external_name out.");
            SpecFields.empty("resource_definition.flags", flags, "A resource definition is created without flags.");
            SpecFields.layerData("resource_definition.layer_data", layerData);
            SpecFields.absent("resource_definition.uuid", uuid, "The controller assigns a definition's UUID.");
            SpecFields.empty(
                    "resource_definition.volume_definitions",
                    volumeDefinitions,
                    "Volume definitions are created with POST /v1/resource-definitions/{resource}/volume-definitions.");
        }
    }

    /** The body of POST /v1/resource-definitions: every field of the spec's ResourceDefinitionCreate. */
    @SpecSchema("ResourceDefinitionCreate")
    public record DefinitionCreate(
            DefinitionInput resourceDefinition,
            Integer drbdPort,
            String drbdSecret,
            Integer drbdPeerSlots,
            String drbdTransportType) {

        /** The request for the resource definition service. */
        public ResourceDefinitionCreateRequest toRequest() {
            if (resourceDefinition == null) {
                throw new JsonInputException("resource_definition is required.");
            }
            resourceDefinition.check();
            SpecFields.notSupported(
                    "drbd_secret",
                    SpecFields.given(drbdSecret),
                    "LinstorJ generates each resource's DRBD shared secret.",
                    "Leave drbd_secret out.");
            SpecFields.notSupported(
                    "drbd_peer_slots",
                    SpecFields.given(drbdPeerSlots),
                    "LinstorJ sizes DRBD's peer slots itself (at least 7, more for more replicas).",
                    "Leave drbd_peer_slots out.");
            SpecFields.onlyValue(
                    "drbd_transport_type", drbdTransportType, "IP", "LinstorJ's DRBD runs over TCP/IP only.");
            return new ResourceDefinitionCreateRequest(
                    resourceDefinition.name() == null ? "" : resourceDefinition.name(),
                    drbdPort,
                    resourceDefinition.props() == null
                            ? Map.of()
                            : NodeBodies.nonNullValues(resourceDefinition.props()),
                    resourceDefinition.resourceGroupName() == null ? "" : resourceDefinition.resourceGroupName(),
                    List.of());
        }
    }

    /** The {@code volume_definition} part of a create body: every field of the spec's VolumeDefinition. */
    @SpecSchema("VolumeDefinition")
    public record VolumeDefinitionInput(
            Integer volumeNumber,
            Long sizeKib,
            Map<String, String> props,
            List<String> flags,
            List<SpecFields.LayerEntry> layerData,
            String uuid) {}

    /** The body of POST /v1/resource-definitions/{resource}/volume-definitions: the spec's VolumeDefinitionCreate. */
    @SpecSchema("VolumeDefinitionCreate")
    public record VolumeDefinitionCreate(
            VolumeDefinitionInput volumeDefinition, Integer drbdMinorNumber, String passphrase) {

        /** The request; a missing size is 0, which the service refuses as LINSTOR does. */
        public VolumeDefinitionRequest toRequest() {
            if (volumeDefinition == null) {
                throw new JsonInputException("volume_definition is required.");
            }
            SpecFields.notSupported(
                    "volume_definition.flags",
                    SpecFields.given(volumeDefinition.flags()),
                    "A volume definition is created without flags (LinstorJ has no encryption or other volume flags).",
                    "Leave volume_definition.flags out or send it empty.");
            SpecFields.layerData("volume_definition.layer_data", volumeDefinition.layerData());
            SpecFields.absent(
                    "volume_definition.uuid",
                    volumeDefinition.uuid(),
                    "The controller assigns a volume definition's UUID.");
            SpecFields.notSupported(
                    "passphrase",
                    SpecFields.given(passphrase),
                    "LinstorJ has no LUKS layer, so no encrypted volumes.",
                    "Leave passphrase out.");
            return new VolumeDefinitionRequest(
                    volumeDefinition.volumeNumber(),
                    volumeDefinition.sizeKib() == null ? 0 : volumeDefinition.sizeKib(),
                    drbdMinorNumber,
                    volumeDefinition.props() == null ? Map.of() : NodeBodies.nonNullValues(volumeDefinition.props()));
        }
    }

    /** The body of PUT /v1/resource-definitions/{resource}/volume-definitions/{volume_number}. */
    @SpecSchema("VolumeDefinitionModify")
    public record VolumeDefinitionModify(
            Long sizeKib, Map<String, String> overrideProps, List<String> deleteProps, List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /** The body of PUT /v1/resource-definitions/{resource} (properties only so far). */
    @SpecSchema("ResourceDefinitionModify")
    public record DefinitionModify(
            Map<String, String> overrideProps, List<String> deleteProps, List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /**
     * The body of PUT /v1/resource-definitions/{resource}/resources/{node} (ResourceModify):
     * properties; {@code drbd_tiebreaker} and {@code drbd_client} are refused, a replica's disk
     * changes by toggle-disk.
     */
    @SpecSchema("ResourceModify")
    public record ResourceModify(
            Map<String, String> overrideProps,
            List<String> deleteProps,
            List<String> deleteNamespaces,
            Boolean drbdTiebreaker,
            Boolean drbdClient) {

        /**
         * The property part of the change.
         *
         * @throws UnsupportedFieldException FAIL_INVLD_REQUEST (501) when {@code drbd_tiebreaker}
         *     or {@code drbd_client} is given
         */
        public PropsModifyJson props() {
            SpecFields.notSupported(
                    "drbd_tiebreaker",
                    SpecFields.given(drbdTiebreaker),
                    "LinstorJ makes and removes tie-breakers itself and does not turn a replica into one by a modify.",
                    "Leave drbd_tiebreaker out.");
            SpecFields.notSupported(
                    "drbd_client",
                    SpecFields.given(drbdClient),
                    "A replica's disk changes by PUT .../toggle-disk/diskless or .../toggle-disk/diskful in LinstorJ.",
                    "Leave drbd_client out and use the toggle-disk paths.");
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /** The {@code resource} part of a resource create body: every field of the spec's Resource. */
    @SpecSchema("Resource")
    public record ResourceInput(
            String name,
            String nodeName,
            Map<String, String> props,
            JsonNode effectiveProps,
            List<String> flags,
            JsonNode layerObject,
            JsonNode state,
            String uuid,
            Long createTimestamp) {

        void check(String resourceName, String pathNode) {
            if (name != null && !name.equalsIgnoreCase(resourceName)) {
                throw SpecFields.refusal(
                        "resource.name",
                        "The body names resource '" + name + "', the path '" + resourceName + "'.",
                        "Leave resource.name out or give the path's.");
            }
            if (pathNode != null && nodeName != null && !nodeName.equalsIgnoreCase(pathNode)) {
                throw SpecFields.refusal(
                        "resource.node_name",
                        "The body names node '" + nodeName + "', the path '" + pathNode + "'.",
                        "Leave resource.node_name out or give the path's.");
            }
            String answerOnly = "is part of the answer; the controller and the satellites set it.";
            SpecFields.absent("resource.effective_props", effectiveProps, "effective_props " + answerOnly);
            SpecFields.absent("resource.layer_object", layerObject, "layer_object " + answerOnly);
            SpecFields.absent("resource.state", state, "state " + answerOnly);
            SpecFields.absent("resource.uuid", uuid, "uuid " + answerOnly);
            SpecFields.absent("resource.create_timestamp", createTimestamp, "create_timestamp " + answerOnly);
        }
    }

    /** One entry of the body of POST /v1/resource-definitions/{resource}/resources: the spec's ResourceCreate. */
    @SpecSchema("ResourceCreate")
    public record ResourceCreate(
            ResourceInput resource,
            List<String> layerList,
            Integer drbdNodeId,
            Integer drbdTcpPortCount,
            List<Integer> drbdTcpPorts,
            List<String> snapNames,
            Boolean copyAllSnaps,
            Boolean drbdClient) {

        /** A create of only the node (or of the path's). */
        public static ResourceCreate empty() {
            return new ResourceCreate(null, null, null, null, null, null, null, null);
        }

        /**
         * The request for the resource service, of {@code resourceName}; {@code nodeName} overrides the body's.
         * {@code drbd_client: true} asks a diskless replica (LINSTOR's DRBD client), as the DRBD_DISKLESS flag.
         */
        public ResourceCreateRequest toRequest(String resourceName, String nodeName) {
            ResourceInput input = resource == null
                    ? new ResourceInput(null, null, null, null, null, null, null, null, null)
                    : resource;
            input.check(resourceName, nodeName);
            SpecFields.layerList("layer_list", layerList);
            SpecFields.notSupported(
                    "drbd_node_id",
                    SpecFields.given(drbdNodeId),
                    "LinstorJ allocates DRBD node ids itself.",
                    "Leave drbd_node_id out.");
            SpecFields.notSupported(
                    "drbd_tcp_port_count",
                    SpecFields.given(drbdTcpPortCount),
                    "LinstorJ allocates one DRBD port per resource definition.",
                    "Leave drbd_tcp_port_count out.");
            SpecFields.notSupported(
                    "drbd_tcp_ports",
                    SpecFields.given(drbdTcpPorts),
                    "LinstorJ allocates one DRBD port per resource definition.",
                    "Leave drbd_tcp_ports out or send it empty.");
            SpecFields.notSupported(
                    "snap_names",
                    SpecFields.given(snapNames),
                    ResourceActionBodies.NO_SNAPSHOT_COPIES,
                    "Leave snap_names out or send it empty.");
            SpecFields.notSupported(
                    "copy_all_snaps",
                    Boolean.TRUE.equals(copyAllSnaps),
                    ResourceActionBodies.NO_SNAPSHOT_COPIES,
                    "Leave copy_all_snaps out or send false.");
            Map<String, String> props = input.props() == null ? Map.of() : NodeBodies.nonNullValues(input.props());
            String node = nodeName != null ? nodeName : input.nodeName() == null ? "" : input.nodeName();
            if (input.flags() != null && input.flags().contains(null)) {
                throw new JsonInputException("flags holds a null entry.");
            }
            // The pool travels as the StorPoolName property, which the service's pool chain reads first.
            String pool = "";
            Set<String> flags = input.flags() == null ? new HashSet<>() : new HashSet<>(input.flags());
            if (Boolean.TRUE.equals(drbdClient)) {
                flags.add(Resource.FLAG_DRBD_DISKLESS);
            }
            return new ResourceCreateRequest(resourceName, node, flags, pool, props);
        }
    }
}
