package io.linstorj.rest.endpoint;

import io.linstorj.rest.Endpoint;
import io.linstorj.rest.http.RestResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code .../properties/info} paths: which properties an object of a kind takes, as LINSTOR
 * answers them. Resource groups answer the resource definitions' map and volume groups the
 * volume definitions', as LINSTOR does (a group's properties are its definitions' defaults).
 * The path's objects are not looked up: the answer is the same for any name.
 */
public final class PropsInfoEndpoints {
    private final PropsInfoCatalog catalog;
    private final byte[] all;

    /** Creates the endpoints over {@code catalog}. */
    public PropsInfoEndpoints(PropsInfoCatalog catalog) {
        this.catalog = catalog;
        this.all = catalog.all();
    }

    /** An endpoint answering the map of {@code object} (a catalog kind such as {@code NODE}). */
    public Endpoint of(String object) {
        byte[] json = catalog.of(object);
        return call -> CompletableFuture.completedFuture(new RestResponse(200, json));
    }

    /** GET /v1/controller/properties/info/all: every kind's map. */
    public CompletableFuture<RestResponse> all(Endpoint.Call call) {
        return CompletableFuture.completedFuture(new RestResponse(200, all));
    }
}
