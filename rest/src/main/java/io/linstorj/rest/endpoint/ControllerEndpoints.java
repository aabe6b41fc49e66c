package io.linstorj.rest.endpoint;

import io.linstorj.controller.props.ControllerPropsService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.PropsModifyJson;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code /health}, {@code /v1/controller/version} and {@code /v1/controller/properties}. */
public final class ControllerEndpoints {
    /** The REST API version this server follows: the spec's info.version. */
    public static final String REST_API_VERSION = "1.28.0";

    private final ControllerPropsService props;
    private final Replies replies;
    private final String version;

    /** Creates the endpoints; {@code version} is the controller's own version. */
    public ControllerEndpoints(ControllerPropsService props, Replies replies, String version) {
        this.props = props;
        this.replies = replies;
        this.version = version;
    }

    /** The controller's version and the REST API version it serves. */
    public record Version(String version, String gitHash, String buildTime, String restApiVersion) {}

    /** GET /health: 200 with an empty body while the controller serves, as LINSTOR. */
    public CompletableFuture<RestResponse> health(Endpoint.Call call) {
        return CompletableFuture.completedFuture(new RestResponse(200, new byte[0]));
    }

    /** GET /v1/controller/version. */
    public CompletableFuture<RestResponse> version(Endpoint.Call call) {
        return CompletableFuture.completedFuture(replies.ok(new Version(version, "", "", REST_API_VERSION)));
    }

    /** GET /v1/controller/properties. */
    public CompletableFuture<RestResponse> listProps(Endpoint.Call call) {
        return replies.query(props.list(), replies::ok);
    }

    /**
     * POST /v1/controller/properties: sets, then deletes keys, then namespaces; one answer list
     * for all of it.
     */
    public CompletableFuture<RestResponse> modifyProps(Endpoint.Call call) {
        PropsModifyJson body = replies.json().read(call.request().body(), PropsModifyJson.class);
        var change = body.toChange();
        // The service changes one key (or namespace) per call, as the client protocol's SetCtrlProp does.
        List<CompletableFuture<List<io.linstorj.controller.api.ApiCallRc>>> steps = new java.util.ArrayList<>();
        change.overrides().forEach((key, value) -> steps.add(props.set(key, value)));
        change.deleteKeys().forEach(key -> steps.add(props.delete(key)));
        change.deleteNamespaces().stream().sorted().forEach(namespace -> steps.add(props.deleteNamespace(namespace)));
        return replies.mutation(all(steps), 201);
    }

    /** DELETE /v1/controller/properties/{key}: the key arrives as one segment with an encoded slash. */
    public CompletableFuture<RestResponse> deleteProp(Endpoint.Call call) {
        return replies.mutation(props.delete(call.parameter(0)), 200);
    }

    /** The entries of every step in order; a refused step's entries stand where its answer would. */
    private static CompletableFuture<List<io.linstorj.controller.api.ApiCallRc>> all(
            List<CompletableFuture<List<io.linstorj.controller.api.ApiCallRc>>> steps) {
        CompletableFuture<List<io.linstorj.controller.api.ApiCallRc>> result =
                CompletableFuture.completedFuture(List.of());
        for (var step : steps) {
            var guarded = step.exceptionally(error -> {
                Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                if (cause instanceof io.linstorj.controller.api.ApiRcException refused) {
                    return refused.replies();
                }
                throw new java.util.concurrent.CompletionException(cause);
            });
            result = result.thenCombine(guarded, (done, next) -> {
                List<io.linstorj.controller.api.ApiCallRc> joined = new java.util.ArrayList<>(done);
                joined.addAll(next);
                return joined;
            });
        }
        return result;
    }
}
