package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.kv.KeyValueStoreService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.PropsModifyJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /v1/key-value-store}: list, read, modify and delete key-value stores. A store is created
 * by the first PUT that sets keys, as LINSTOR does; a single GET answers a list of one.
 */
public final class KeyValueStoreEndpoints {
    private final KeyValueStoreService stores;
    private final Replies replies;

    /** Creates the endpoints over the key-value store service. */
    public KeyValueStoreEndpoints(KeyValueStoreService stores, Replies replies) {
        this.stores = stores;
        this.replies = replies;
    }

    /** GET /v1/key-value-store. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        return replies.query(
                stores.list(List.of()),
                list -> replies.ok(list.stream().map(Store::of).toList()));
    }

    /** GET /v1/key-value-store/{instance}: a list of the one store, or 404. */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                stores.list(List.of(name)),
                list -> list.isEmpty()
                        ? replies.error(ApiCallRc.of(
                                        RetCodes.FAIL_NOT_FOUND_KVS,
                                        "Could not find key value store instance '" + name + "'.")
                                .withCorrection("PUT /v1/key-value-store/" + name + " with override_props creates it."))
                        : replies.ok(list.stream().map(Store::of).toList()));
    }

    /** PUT /v1/key-value-store/{instance}: KeyValueStoreModify. */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), PropsModifyJson.class);
        return replies.mutation(stores.modify(call.parameter(0), body.toChange()), 200);
    }

    /** DELETE /v1/key-value-store/{instance}: a warning (200) when there is no such store. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(stores.delete(call.parameter(0)), 200);
    }

    /** The spec's KeyValueStore. */
    record Store(String name, Map<String, String> props) {
        static Store of(KeyValueStore store) {
            return new Store(store.name(), store.props());
        }
    }
}
