package io.linstorj.controller.transport;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.node.NodeView;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.Node;
import java.util.List;

/** Translates nodes and net interfaces between protobuf and service records. */
final class NodeMessages {
    private NodeMessages() {}

    static NodeCreateRequest createRequest(Node node) {
        return new NodeCreateRequest(
                node.getName(),
                node.getType(),
                node.getPropsMap(),
                node.getNetInterfacesList().stream()
                        .map(NodeMessages::netInterfaceRequest)
                        .toList());
    }

    /** A satellite port of 0 means "not given". */
    static NetInterfaceRequest netInterfaceRequest(io.linstorj.protocol.proto.NetInterface proto) {
        return new NetInterfaceRequest(
                proto.getName(),
                proto.getAddress(),
                proto.getSatellitePort() == 0 ? null : proto.getSatellitePort(),
                proto.getSatelliteEncryptionType());
    }

    static MsgLstNode nodeList(List<NodeView> views) {
        MsgLstNode.Builder list = MsgLstNode.newBuilder();
        for (NodeView view : views) {
            io.linstorj.controller.cluster.Node node = view.node();
            Node.Builder proto = Node.newBuilder()
                    .setName(node.name())
                    .setType(node.type().name())
                    .putAllProps(node.props())
                    .addAllFlags(node.flags())
                    .setConnectionStatus(view.connectionStatus())
                    .setSatelliteInfo(view.satelliteInfo())
                    .setUuid(node.uuid().toString());
            for (NetInterface netInterface : node.netInterfaces().values()) {
                proto.addNetInterfaces(io.linstorj.protocol.proto.NetInterface.newBuilder()
                        .setName(netInterface.name())
                        .setAddress(netInterface.address())
                        .setSatellitePort(netInterface.satellitePort())
                        .setSatelliteEncryptionType(netInterface.encryptionType()));
            }
            list.addNodes(proto);
        }
        return list.build();
    }
}
