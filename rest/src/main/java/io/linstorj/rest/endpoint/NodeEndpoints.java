package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.node.NodeService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.NodeBodies;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code /v1/nodes} and below: nodes and their net interfaces (listing). */
public final class NodeEndpoints {
    private final NodeService nodes;
    private final Replies replies;

    /** Creates the endpoints over the node service. */
    public NodeEndpoints(NodeService nodes, Replies replies) {
        this.nodes = nodes;
        this.replies = replies;
    }

    /** GET /v1/nodes?nodes=..&props=..&limit=..&offset=.. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                nodes.list(call.request().queryValues("nodes")),
                views -> replies.ok(query.apply(views, view -> view.node().props()).stream()
                        .map(NodeBodies.Node::of)
                        .toList()));
    }

    /** GET /v1/nodes/{node}: the node, or 404. */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                nodes.list(List.of(name)),
                views -> views.stream()
                        .findFirst()
                        .map(view -> replies.ok(NodeBodies.Node.of(view)))
                        .orElseGet(() -> notFound(name)));
    }

    /** POST /v1/nodes. */
    public CompletableFuture<RestResponse> create(Endpoint.Call call) {
        NodeBodies.NodeCreate body = replies.json().read(call.request().body(), NodeBodies.NodeCreate.class);
        if (body.flags() != null && !body.flags().isEmpty()) {
            return CompletableFuture.completedFuture(replies.refusal(
                    400,
                    RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_NODE | RetCodes.MASK_CRT,
                    "Node flags cannot be given at creation.",
                    "Leave flags out."));
        }
        return replies.mutation(nodes.create(body.toRequest()), 201);
    }

    /** PUT /v1/nodes/{node}: properties and type. */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        NodeBodies.NodeModify body = replies.json().read(call.request().body(), NodeBodies.NodeModify.class);
        return replies.mutation(
                nodes.modify(
                        call.parameter(0), body.props().toChange(), body.nodeType() == null ? "" : body.nodeType()),
                200);
    }

    /** DELETE /v1/nodes/{node}. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(nodes.delete(call.parameter(0)), 200);
    }

    /**
     * DELETE /v1/nodes/{node}/lost: the node with its resources, 200; a connected node 409;
     * a missing one 200 with a warning, as LINSTOR.
     */
    public CompletableFuture<RestResponse> deleteLost(Endpoint.Call call) {
        return replies.mutation(nodes.deleteLost(call.parameter(0)), 200);
    }

    /**
     * PUT /v1/nodes/{node}/reconnect: the controller dials the node's satellite again, 200; 404
     * for an unknown node, 400 for a node without satellite. A body is not read.
     */
    public CompletableFuture<RestResponse> reconnect(Endpoint.Call call) {
        return replies.mutation(nodes.reconnect(call.parameter(0)), 200);
    }

    /** GET /v1/nodes/{node}/net-interfaces: the node's interfaces, or 404. */
    public CompletableFuture<RestResponse> listNetInterfaces(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                nodes.list(List.of(name)),
                views -> views.stream()
                        .findFirst()
                        .map(view -> replies.ok(NodeBodies.Node.of(view).netInterfaces()))
                        .orElseGet(() -> notFound(name)));
    }

    private RestResponse notFound(String name) {
        return replies.error(ApiCallRc.of(RetCodes.FAIL_NOT_FOUND_NODE, "Node '" + name + "' not found.")
                .withCorrection("Name an existing node; GET /v1/nodes lists them."));
    }
}
