package io.linstorj.controller.node;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.state.WriteQueue;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Creates, modifies and deletes the net interfaces of nodes. */
public final class NetInterfaceService {
    private final WriteQueue writes;

    /** Creates the service. */
    public NetInterfaceService(WriteQueue writes) {
        this.writes = writes;
    }

    /** Adds a net interface to a node; a null satellite port means the interface carries no satellite connection. */
    public CompletableFuture<List<ApiCallRc>> create(String nodeName, NetInterfaceRequest request) {
        CallContext ctx = context(RetCodes.MASK_CRT, nodeName, request.name());
        return writes.submit(desired -> {
            NameRules.nodeName(nodeName, ctx);
            Node node = NodeService.existing(desired, nodeName, ctx);
            int port = request.satellitePort() == null ? 0 : request.satellitePort();
            NetInterface netInterface =
                    NetInterfaceRules.build(request.name(), request.address(), port, request.encryptionType(), ctx);
            if (node.netInterface(request.name()).isPresent()) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_NET_IF,
                        "Net interface '" + request.name() + "' already exists on node '" + node.name() + "'.",
                        "Net interface names are unique per node (ignoring case).",
                        "Choose another name or modify the interface.");
            }
            desired.putNode(node.withNetInterface(netInterface));
            return List.of(ctx.rc(
                    RetCodes.CREATED, "Net interface '" + request.name() + "' on node '" + node.name() + "' created."));
        });
    }

    /** Changes the address, satellite port or encryption type of a net interface (empty/null fields stay). */
    public CompletableFuture<List<ApiCallRc>> modify(String nodeName, NetInterfaceRequest request) {
        CallContext ctx = context(RetCodes.MASK_MOD, nodeName, request.name());
        return writes.submit(desired -> {
            NameRules.nodeName(nodeName, ctx);
            Node node = NodeService.existing(desired, nodeName, ctx);
            NetInterface old = node.netInterface(request.name()).orElseThrow(() -> notFound(ctx, request.name(), node));
            NetInterface changed = new NetInterface(
                    old.name(),
                    request.address() == null || request.address().isEmpty()
                            ? old.address()
                            : NetInterfaceRules.address(request.address(), ctx),
                    request.satellitePort() == null
                            ? old.satellitePort()
                            : NetInterfaceRules.port(request.satellitePort(), ctx),
                    request.encryptionType() == null || request.encryptionType().isEmpty()
                            ? old.encryptionType()
                            : NetInterfaceRules.encryption(request.encryptionType(), ctx));
            desired.putNode(node.withNetInterface(changed));
            return List.of(ctx.rc(
                    RetCodes.MODIFIED, "Net interface '" + old.name() + "' on node '" + node.name() + "' modified."));
        });
    }

    /**
     * Deletes a net interface; refused for the node's last interface and for the one carrying
     * the satellite connection when no other interface does.
     */
    public CompletableFuture<List<ApiCallRc>> delete(String nodeName, String interfaceName) {
        CallContext ctx = context(RetCodes.MASK_DEL, nodeName, interfaceName);
        return writes.submit(desired -> {
            NameRules.nodeName(nodeName, ctx);
            Node node = NodeService.existing(desired, nodeName, ctx);
            NetInterface netInterface = node.netInterface(interfaceName).orElse(null);
            if (netInterface == null) {
                return List.of(ctx.rc(
                        RetCodes.WARN_NOT_FOUND,
                        "Net interface '" + interfaceName + "' not found on node '" + node.name() + "'."));
            }
            Node without = node.withoutNetInterface(interfaceName);
            if (without.netInterfaces().isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Net interface '" + netInterface.name() + "' is the last one of node '" + node.name() + "'.",
                        "A node keeps at least one net interface.",
                        "Create another net interface first.");
            }
            if (node.type().runsSatellite()
                    && netInterface.carriesSatelliteConnection()
                    && without.satelliteConnection().isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Net interface '" + netInterface.name() + "' carries the satellite connection of node '"
                                + node.name() + "'.",
                        "No other net interface of the node has a satellite port.",
                        "Give another net interface a satellite port first.");
            }
            desired.putNode(without);
            return List.of(ctx.rc(
                    RetCodes.DELETED,
                    "Net interface '" + netInterface.name() + "' on node '" + node.name() + "' deleted."));
        });
    }

    private static CallContext context(long operation, String nodeName, String interfaceName) {
        return CallContext.of(operation, RetCodes.MASK_NET_IF)
                .ref(ApiCallRc.REF_NODE, nodeName)
                .ref(ApiCallRc.REF_NET_INTERFACE, String.valueOf(interfaceName));
    }

    private static RuntimeException notFound(CallContext ctx, String interfaceName, Node node) {
        return ctx.refuse(
                RetCodes.FAIL_NOT_FOUND_NET_IF,
                "Net interface '" + interfaceName + "' not found on node '" + node.name() + "'.",
                "The node has no net interface of that name.",
                "Check the name or create the interface.");
    }
}
