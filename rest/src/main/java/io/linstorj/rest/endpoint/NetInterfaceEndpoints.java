package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NetInterfaceService;
import io.linstorj.controller.node.NodeService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.NodeBodies;
import io.linstorj.rest.json.SpecFields;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** {@code /v1/nodes/{node}/net-interfaces}: create, read, modify and delete one net interface. */
public final class NetInterfaceEndpoints {
    private final NodeService nodes;
    private final NetInterfaceService netInterfaces;
    private final Replies replies;

    /** Creates the endpoints; {@code nodes} answers the reads. */
    public NetInterfaceEndpoints(NodeService nodes, NetInterfaceService netInterfaces, Replies replies) {
        this.nodes = nodes;
        this.netInterfaces = netInterfaces;
        this.replies = replies;
    }

    /** POST /v1/nodes/{node}/net-interfaces: 201 as LINSTOR's other creates. */
    public CompletableFuture<RestResponse> create(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), NodeBodies.Interface.class);
        return replies.mutation(netInterfaces.create(call.parameter(0), body.toRequest()), 201);
    }

    /** GET /v1/nodes/{node}/net-interfaces/{netinterface}: the interface, or 404 (not in the spec). */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String node = call.parameter(0);
        String name = call.parameter(1);
        return replies.query(
                nodes.list(List.of(node)),
                views -> views.stream()
                        .findFirst()
                        .map(view -> NodeBodies.Node.of(view).netInterfaces().stream()
                                .filter(netInterface -> netInterface.name().equalsIgnoreCase(name))
                                .findFirst()
                                .map(replies::ok)
                                .orElseGet(() -> replies.error(ApiCallRc.of(
                                                RetCodes.FAIL_NOT_FOUND_NET_IF,
                                                "Net interface '" + name + "' not found on node '" + node + "'.")
                                        .withCorrection("GET /v1/nodes/" + node + "/net-interfaces lists them."))))
                        .orElseGet(() -> replies.error(
                                ApiCallRc.of(RetCodes.FAIL_NOT_FOUND_NODE, "Node '" + node + "' not found.")
                                        .withCorrection("Name an existing node; GET /v1/nodes lists them."))));
    }

    /**
     * PUT /v1/nodes/{node}/net-interfaces/{netinterface}: address, satellite port, encryption;
     * a name in the body must be the path's (a net interface cannot be renamed).
     */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        String name = call.parameter(1);
        var body = replies.json().read(call.request().body(), NodeBodies.Interface.class);
        if (body.name() != null && !body.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            throw SpecFields.refusal(
                    "name",
                    "A net interface cannot be renamed; the body names '" + body.name() + "', the path '" + name + "'.",
                    "Leave name out or give the path's.");
        }
        NetInterfaceRequest request = body.toRequest();
        return replies.mutation(
                netInterfaces.modify(
                        call.parameter(0),
                        new NetInterfaceRequest(
                                name, body.address(), request.satellitePort(), body.satelliteEncryptionType())),
                200);
    }

    /** DELETE /v1/nodes/{node}/net-interfaces/{netinterface}. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(netInterfaces.delete(call.parameter(0), call.parameter(1)), 200);
    }
}
