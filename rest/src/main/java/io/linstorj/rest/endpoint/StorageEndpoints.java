package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.storage.StoragePoolDefinitionService;
import io.linstorj.controller.storage.StoragePoolService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.PropsModifyJson;
import io.linstorj.rest.json.StorageBodies;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Storage pool definitions, a node's storage pools, and {@code /v1/view/storage-pools}. */
public final class StorageEndpoints {
    private final StoragePoolDefinitionService definitions;
    private final StoragePoolService pools;
    private final Replies replies;
    private final Clock clock;

    /** Creates the endpoints over the storage services. */
    public StorageEndpoints(
            StoragePoolDefinitionService definitions, StoragePoolService pools, Replies replies, Clock clock) {
        this.definitions = definitions;
        this.pools = pools;
        this.replies = replies;
        this.clock = clock;
    }

    /** GET /v1/storage-pool-definitions. */
    public CompletableFuture<RestResponse> listDefinitions(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                definitions.list(call.request().queryValues("storage_pools")),
                list -> replies.ok(query.apply(list, definition -> definition.props()).stream()
                        .map(StorageBodies.PoolDefinition::of)
                        .toList()));
    }

    /** GET /v1/storage-pool-definitions/{storagepool}: the definition, or 404. */
    public CompletableFuture<RestResponse> getDefinition(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                definitions.list(List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(definition -> replies.ok(StorageBodies.PoolDefinition.of(definition)))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                RetCodes.FAIL_NOT_FOUND_STOR_POOL_DFN,
                                "Storage pool definition '" + name + "' not found."))));
    }

    /** POST /v1/storage-pool-definitions. */
    public CompletableFuture<RestResponse> createDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), StorageBodies.PoolDefinition.class);
        return replies.mutation(
                definitions.create(body.storagePoolName() == null ? "" : body.storagePoolName(), body.createProps()),
                201);
    }

    /** PUT /v1/storage-pool-definitions/{storagepool}: properties (StoragePoolDefinitionModify); 404 when unknown. */
    public CompletableFuture<RestResponse> modifyDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), PropsModifyJson.class);
        return replies.mutation(definitions.modify(call.parameter(0), body.toChange()), 200);
    }

    /** DELETE /v1/storage-pool-definitions/{storagepool}. */
    public CompletableFuture<RestResponse> deleteDefinition(Endpoint.Call call) {
        return replies.mutation(definitions.delete(call.parameter(0)), 200);
    }

    /** GET /v1/nodes/{node}/storage-pools. */
    public CompletableFuture<RestResponse> listOnNode(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                pools.list(List.of(call.parameter(0)), call.request().queryValues("storage_pools")),
                list -> replies.ok(query.apply(list, view -> view.pool().props()).stream()
                        .map(view -> StorageBodies.Pool.of(view, clock.instant()))
                        .toList()));
    }

    /** GET /v1/nodes/{node}/storage-pools/{storagepool}: the pool, or 404. */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String node = call.parameter(0);
        String pool = call.parameter(1);
        return replies.query(
                pools.list(List.of(node), List.of(pool)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(StorageBodies.Pool.of(view, clock.instant())))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                RetCodes.FAIL_NOT_FOUND_STOR_POOL,
                                "Storage pool '" + pool + "' on node '" + node + "' not found."))));
    }

    /** POST /v1/nodes/{node}/storage-pools. */
    public CompletableFuture<RestResponse> create(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), StorageBodies.PoolCreate.class);
        return replies.mutation(pools.create(body.toRequest(call.parameter(0))), 201);
    }

    /** PUT /v1/nodes/{node}/storage-pools/{storagepool}: properties. */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), PropsModifyJson.class);
        return replies.mutation(pools.modify(call.parameter(0), call.parameter(1), body.toChange()), 200);
    }

    /** DELETE /v1/nodes/{node}/storage-pools/{storagepool}. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(pools.delete(call.parameter(0), call.parameter(1)), 200);
    }

    /** GET /v1/view/storage-pools?nodes=..&storage_pools=..&props=..&limit=..&offset=.. */
    public CompletableFuture<RestResponse> view(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                pools.list(call.request().queryValues("nodes"), call.request().queryValues("storage_pools")),
                list -> replies.ok(query.apply(list, view -> view.pool().props()).stream()
                        .map(view -> StorageBodies.Pool.of(view, clock.instant()))
                        .toList()));
    }
}
