package io.linstorj.rest.endpoint;

import io.linstorj.controller.props.ObjectKind;
import io.linstorj.controller.props.PropertyCatalog;
import io.linstorj.controller.props.PropertyInfo;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.Json;
import io.linstorj.rest.json.PropsInfoJson;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code .../properties/info} paths: the property keys LinstorJ interprets on an object of a
 * kind ({@link PropertyCatalog}), as LINSTOR's PropsInfo maps. The path's objects are not looked
 * up: the answer is the same for any name. The catalog never changes while the controller runs,
 * so every answer is written once.
 */
public final class PropsInfoEndpoints {
    private final Map<ObjectKind, byte[]> byKind = new EnumMap<>(ObjectKind.class);
    private final byte[] all;

    /** Creates the endpoints, writing the catalog with {@code json}. */
    public PropsInfoEndpoints(Json json) {
        Map<String, Map<String, PropsInfoJson>> everyKind = new LinkedHashMap<>();
        for (ObjectKind kind : ObjectKind.values()) {
            Map<String, PropsInfoJson> infos = new LinkedHashMap<>();
            for (PropertyInfo property : PropertyCatalog.forObject(kind).values()) {
                infos.put(property.key(), PropsInfoJson.of(property));
            }
            byKind.put(kind, json.write(infos));
            everyKind.put(kind.name(), infos);
        }
        this.all = json.write(everyKind);
    }

    /** An endpoint answering the map of {@code kind}. */
    public Endpoint of(ObjectKind kind) {
        byte[] body = byKind.get(kind);
        return call -> CompletableFuture.completedFuture(new RestResponse(200, body));
    }

    /** GET /v1/controller/properties/info/all: every kind's map, by kind. */
    public CompletableFuture<RestResponse> all(Endpoint.Call call) {
        return CompletableFuture.completedFuture(new RestResponse(200, all));
    }
}
