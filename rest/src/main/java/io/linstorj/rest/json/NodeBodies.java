package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.node.NodeView;
import java.util.List;
import java.util.Map;

/** The node shapes of the spec: Node, NetInterface, NodeModify. */
public final class NodeBodies {
    private NodeBodies() {}

    /**
     * A node, as answered and as created (POST /v1/nodes reads the same shape; answer-only fields
     * are refused there by being absent from {@link NodeCreate}).
     */
    public record Node(
            String name,
            String type,
            List<String> flags,
            Map<String, String> props,
            List<Interface> netInterfaces,
            String connectionStatus,
            String uuid) {

        /** The wire form of {@code view}; the type as LINSTOR answers it, in upper case. */
        public static Node of(NodeView view) {
            io.linstorj.controller.cluster.Node node = view.node();
            return new Node(
                    node.name(),
                    node.type().name(),
                    List.copyOf(node.flags()),
                    node.props(),
                    node.netInterfaces().values().stream().map(Interface::of).toList(),
                    view.connectionStatus(),
                    node.uuid().toString());
        }
    }

    /** The body of POST /v1/nodes: every field of the spec's Node; the answer-only ones must be absent. */
    @SpecSchema("Node")
    public record NodeCreate(
            String name,
            String type,
            Map<String, String> props,
            List<Interface> netInterfaces,
            List<String> flags,
            String connectionStatus,
            String uuid,
            JsonNode storageProviders,
            JsonNode resourceLayers,
            JsonNode unsupportedProviders,
            JsonNode unsupportedLayers,
            Long evictionTimestamp,
            String platform,
            String osVariant) {

        /** The request for the node service. */
        public NodeCreateRequest toRequest() {
            String answerOnly = " is part of the answer; the controller and the satellite set it.";
            SpecFields.absent("connection_status", connectionStatus, "connection_status" + answerOnly);
            SpecFields.absent("uuid", uuid, "uuid" + answerOnly);
            SpecFields.absent("storage_providers", storageProviders, "storage_providers" + answerOnly);
            SpecFields.absent("resource_layers", resourceLayers, "resource_layers" + answerOnly);
            SpecFields.absent("unsupported_providers", unsupportedProviders, "unsupported_providers" + answerOnly);
            SpecFields.absent("unsupported_layers", unsupportedLayers, "unsupported_layers" + answerOnly);
            SpecFields.absent("eviction_timestamp", evictionTimestamp, "eviction_timestamp" + answerOnly);
            SpecFields.onlyValue("platform", platform, "LINUX", "LinstorJ's satellites run on Linux only.");
            SpecFields.absent("os_variant", osVariant, "os_variant" + answerOnly);
            if (netInterfaces != null && netInterfaces.contains(null)) {
                throw new JsonInputException("net_interfaces holds a null entry.");
            }
            return new NodeCreateRequest(
                    name == null ? "" : name,
                    type == null ? "" : type,
                    props == null ? Map.of() : nonNullValues(props),
                    netInterfaces == null
                            ? List.of()
                            : netInterfaces.stream().map(Interface::toRequest).toList());
        }
    }

    /**
     * A net interface.
     *
     * @param isActive whether it carries the satellite connection (answers only)
     */
    @SpecSchema("NetInterface")
    public record Interface(
            String name,
            String address,
            Integer satellitePort,
            String satelliteEncryptionType,
            Boolean isActive,
            String uuid) {

        static Interface of(NetInterface netInterface) {
            return new Interface(
                    netInterface.name(),
                    netInterface.address(),
                    netInterface.satellitePort(),
                    netInterface.encryptionType(),
                    netInterface.carriesSatelliteConnection(),
                    null);
        }

        /**
         * The request for the net interface service. {@code uuid} is the controller's to assign;
         * {@code is_active} may only say what the satellite port says already (LinstorJ connects
         * to the satellite through the interface with a satellite port).
         */
        public NetInterfaceRequest toRequest() {
            SpecFields.absent("uuid", uuid, "The controller assigns a net interface's UUID.");
            if (isActive != null && isActive != (satellitePort != null && satellitePort != 0)) {
                throw SpecFields.refusal(
                        "is_active",
                        "LinstorJ connects to the satellite through the net interface "
                                + "that has a satellite port; is_active " + isActive + " contradicts satellite_port "
                                + satellitePort + ".",
                        "Leave is_active out; give satellite_port to the interface to connect through.");
            }
            return new NetInterfaceRequest(
                    name == null ? "" : name,
                    address == null ? "" : address,
                    satellitePort,
                    satelliteEncryptionType == null ? "" : satelliteEncryptionType);
        }
    }

    /** The body of PUT /v1/nodes/{node}. */
    @SpecSchema("NodeModify")
    public record NodeModify(
            String nodeType,
            Map<String, String> overrideProps,
            List<String> deleteProps,
            List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    static Map<String, String> nonNullValues(Map<String, String> props) {
        if (props.containsValue(null)) {
            throw new JsonInputException("props has a null value; every value must be a string.");
        }
        return props;
    }
}
