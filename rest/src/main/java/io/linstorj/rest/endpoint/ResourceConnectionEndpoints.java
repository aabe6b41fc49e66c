package io.linstorj.rest.endpoint;

import io.linstorj.controller.resource.ResourceConnectionService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.PropsModifyJson;
import io.linstorj.rest.json.ResourceConnectionJson;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Resource connections: the list of a resource definition, one pair, and its properties. */
public final class ResourceConnectionEndpoints {
    private final ResourceConnectionService connections;
    private final Replies replies;

    /** Creates the endpoints over the resource connection service. */
    public ResourceConnectionEndpoints(ResourceConnectionService connections, Replies replies) {
        this.connections = connections;
        this.replies = replies;
    }

    /** GET /v1/resource-definitions/{resource}/resource-connections: every pair of replicas; 404 for an unknown definition. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        return replies.query(
                connections.list(call.parameter(0)),
                list -> replies.ok(list.stream().map(ResourceConnectionJson::of).toList()));
    }

    /** GET …/resource-connections/{node_a}/{node_b}: a list of the one connection, as the spec has it; 404 when a part is missing. */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        return replies.query(
                connections.get(call.parameter(0), call.parameter(1), call.parameter(2)),
                view -> replies.ok(List.of(ResourceConnectionJson.of(view))));
    }

    /** PUT …/resource-connections/{node_a}/{node_b}: the spec's ResourceConnectionModify. */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), PropsModifyJson.class);
        return replies.mutation(
                connections.modify(call.parameter(0), call.parameter(1), call.parameter(2), body.toChange()), 200);
    }
}
