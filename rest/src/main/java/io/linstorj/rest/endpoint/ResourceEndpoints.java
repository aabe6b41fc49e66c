package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.resource.ConfirmedDeletions;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.JsonInputException;
import io.linstorj.rest.json.ResourceAnswers;
import io.linstorj.rest.json.ResourceBodies;
import io.linstorj.rest.json.ResourceViewCache;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Resource definitions, volume definitions, resources and {@code /v1/view/resources}. */
public final class ResourceEndpoints {
    private final ResourceServices services;
    private final Replies replies;
    private final ResourceViewCache viewCache;
    private final ConfirmedDeletions deletions;

    /**
     * Creates the endpoints over the resource services; a resource or definition DELETE waits up
     * to {@code deletionWait} for its satellites to confirm.
     */
    public ResourceEndpoints(ResourceServices services, Replies replies, Duration deletionWait) {
        this.services = services;
        this.replies = replies;
        this.viewCache = new ResourceViewCache(replies.json());
        this.deletions = new ConfirmedDeletions(services, deletionWait);
    }

    /** GET /v1/resource-definitions?resource_definitions=..&with_volume_definitions=..&props=..&limit=..&offset=.. */
    public CompletableFuture<RestResponse> listDefinitions(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        boolean withVolumes = call.request()
                .queryValue("with_volume_definitions")
                .map(Boolean::parseBoolean)
                .orElse(false);
        return replies.query(
                services.definitions().list(call.request().queryValues("resource_definitions")),
                list -> replies.ok(ResourceAnswers.definitions(
                        query.apply(list, view -> view.definition().props()), withVolumes)));
    }

    /** GET /v1/resource-definitions/{resource}: the definition, or 404. */
    public CompletableFuture<RestResponse> getDefinition(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                services.definitions().list(List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(ResourceAnswers.definition(view.definition())))
                        .orElseGet(() -> definitionNotFound(name)));
    }

    /** POST /v1/resource-definitions. */
    public CompletableFuture<RestResponse> createDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.DefinitionCreate.class);
        return replies.mutation(services.definitions().create(body.toRequest()), 201);
    }

    /** PUT /v1/resource-definitions/{resource}: properties. */
    public CompletableFuture<RestResponse> modifyDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.DefinitionModify.class);
        return replies.mutation(
                services.definitions().modify(call.parameter(0), body.props().toChange()), 200);
    }

    /** DELETE /v1/resource-definitions/{resource}. */
    public CompletableFuture<RestResponse> deleteDefinition(Endpoint.Call call) {
        return deleted(deletions.deleteDefinition(call.parameter(0)));
    }

    /** GET /v1/resource-definitions/{resource}/volume-definitions: the list, or 404 for an unknown definition. */
    public CompletableFuture<RestResponse> listVolumeDefinitions(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                services.definitions().list(List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(ResourceAnswers.volumeDefinitions(view.volumeDefinitions())))
                        .orElseGet(() -> definitionNotFound(name)));
    }

    /** GET /v1/resource-definitions/{resource}/volume-definitions/{volume_number}: the volume definition, or 404. */
    public CompletableFuture<RestResponse> getVolumeDefinition(Endpoint.Call call) {
        String name = call.parameter(0);
        int number = volumeNumber(call.parameter(1));
        return replies.query(
                services.definitions().list(List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> view.volumeDefinitions().stream()
                                .filter(vd -> vd.volumeNumber() == number)
                                .findFirst()
                                .map(vd -> replies.ok(ResourceAnswers.volumeDefinition(vd)))
                                .orElseGet(() -> replies.error(ApiCallRc.of(
                                        RetCodes.FAIL_NOT_FOUND_VLM_DFN,
                                        "Volume definition '" + number + "' not found."))))
                        .orElseGet(() -> definitionNotFound(name)));
    }

    /** POST /v1/resource-definitions/{resource}/volume-definitions: 200 on success, as LINSTOR answers it. */
    public CompletableFuture<RestResponse> createVolumeDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.VolumeDefinitionCreate.class);
        return replies.mutation(services.volumeDefinitions().create(call.parameter(0), List.of(body.toRequest())), 200);
    }

    /** PUT /v1/resource-definitions/{resource}/volume-definitions/{volume_number}: size ({@code size_kib}) and properties. */
    public CompletableFuture<RestResponse> modifyVolumeDefinition(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.VolumeDefinitionModify.class);
        return replies.mutation(
                services.volumeDefinitions()
                        .modify(
                                call.parameter(0),
                                volumeNumber(call.parameter(1)),
                                body.sizeKib(),
                                body.props().toChange()),
                200);
    }

    /** DELETE /v1/resource-definitions/{resource}/volume-definitions/{volume_number}. */
    public CompletableFuture<RestResponse> deleteVolumeDefinition(Endpoint.Call call) {
        return replies.mutation(
                services.volumeDefinitions().delete(call.parameter(0), volumeNumber(call.parameter(1))), 200);
    }

    /** GET /v1/resource-definitions/{resource}/resources: 404 for an unknown definition. */
    public CompletableFuture<RestResponse> listResources(Endpoint.Call call) {
        String name = call.parameter(0);
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                services.definitions()
                        .list(List.of(name))
                        .thenCompose(definitions -> definitions.isEmpty()
                                ? CompletableFuture.completedFuture(
                                        (List<io.linstorj.controller.resource.ResourceView>) null)
                                : services.resources().list(call.request().queryValues("nodes"), List.of(name))),
                list -> list == null
                        ? definitionNotFound(name)
                        : replies.ok(ResourceAnswers.resources(
                                query.apply(list, view -> view.resource().props()), false)));
    }

    /** GET /v1/resource-definitions/{resource}/resources/{node}: the resource, or 404. */
    public CompletableFuture<RestResponse> getResource(Endpoint.Call call) {
        String name = call.parameter(0);
        String node = call.parameter(1);
        return replies.query(
                services.resources().list(List.of(node), List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(ResourceAnswers.resource(view)))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                RetCodes.FAIL_NOT_FOUND_RSC, "Resource '" + name + "' on '" + node + "' not found."))));
    }

    /** POST /v1/resource-definitions/{resource}/resources: a list of resources to create. */
    public CompletableFuture<RestResponse> createResources(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.ResourceCreate[].class);
        if (body.length == 0) {
            throw new JsonInputException("The list of resources to create is empty.");
        }
        return replies.mutation(chain(call.parameter(0), List.of(body), null), 201);
    }

    /** POST /v1/resource-definitions/{resource}/resources/{node}: one resource, on the node of the path. */
    public CompletableFuture<RestResponse> createResource(Endpoint.Call call) {
        byte[] raw = call.request().body();
        var body = raw.length == 0
                ? ResourceBodies.ResourceCreate.empty()
                : replies.json().read(raw, ResourceBodies.ResourceCreate.class);
        return replies.mutation(chain(call.parameter(0), List.of(body), call.parameter(1)), 201);
    }

    /** PUT /v1/resource-definitions/{resource}/resources/{node}: properties; 404 for an unknown resource. */
    public CompletableFuture<RestResponse> modifyResource(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), ResourceBodies.ResourceModify.class);
        return replies.mutation(
                services.resources()
                        .modify(
                                call.parameter(0),
                                call.parameter(1),
                                body.props().toChange()),
                200);
    }

    /** DELETE /v1/resource-definitions/{resource}/resources/{node}. */
    public CompletableFuture<RestResponse> deleteResource(Endpoint.Call call) {
        return deleted(deletions.deleteResource(call.parameter(0), call.parameter(1)));
    }

    /**
     * A delete's answer, 200 once its satellites confirmed (or the wait gave up with a warning); a
     * client that hangs up cancels the answer, and with it the wait for the satellites.
     */
    private CompletableFuture<RestResponse> deleted(CompletableFuture<List<ApiCallRc>> confirmed) {
        CompletableFuture<RestResponse> answer = confirmed.handle(
                (entries, error) -> error == null ? replies.apiCallRcs(entries, 200) : replies.failure(error));
        answer.whenComplete((response, failure) -> {
            if (failure != null) {
                confirmed.cancel(false);
            }
        });
        return answer;
    }

    /** GET /v1/resource-definitions/{resource}/resources/{node}/volumes. */
    public CompletableFuture<RestResponse> listVolumes(Endpoint.Call call) {
        String name = call.parameter(0);
        String node = call.parameter(1);
        return replies.query(
                services.resources().list(List.of(node), List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(ResourceAnswers.volumes(view)))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                RetCodes.FAIL_NOT_FOUND_RSC,
                                "Resource '" + name + "' not found on node '" + node + "'."))));
    }

    /** GET /v1/view/resources?nodes=..&resources=..&storage_pools=..&props=..&limit=..&offset=.. */
    public CompletableFuture<RestResponse> view(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        var request = call.request();
        boolean everything = query.takesAll()
                && request.queryValues("nodes").isEmpty()
                && request.queryValues("resources").isEmpty()
                && request.queryValues("storage_pools").isEmpty();
        return replies.query(
                services.resources()
                        .listVolumes(
                                request.queryValues("nodes"),
                                request.queryValues("resources"),
                                request.queryValues("storage_pools")),
                list -> new RestResponse(
                        200,
                        viewCache.resources(
                                query.apply(list, view -> view.resource().props()), everything)));
    }

    /** Creates the resources one after another; the first refusal stops the rest. */
    private CompletableFuture<List<ApiCallRc>> chain(
            String resourceName, List<ResourceBodies.ResourceCreate> bodies, String nodeName) {
        var requests = bodies.stream()
                .map(body -> body.toRequest(resourceName, nodeName))
                .toList();
        CompletableFuture<List<ApiCallRc>> result = CompletableFuture.completedFuture(List.of());
        for (var request : requests) {
            result = result.thenCompose(done -> {
                if (done.stream().anyMatch(ApiCallRc::isError)) {
                    return CompletableFuture.completedFuture(done);
                }
                return services.resources().create(request).handle((next, error) -> {
                    List<ApiCallRc> joined = new java.util.ArrayList<>(done);
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        if (!(cause instanceof io.linstorj.controller.api.ApiRcException refused)) {
                            throw new java.util.concurrent.CompletionException(cause);
                        }
                        joined.addAll(refused.replies());
                    } else {
                        joined.addAll(next);
                    }
                    return joined;
                });
            });
        }
        return result;
    }

    private RestResponse definitionNotFound(String name) {
        return replies.error(
                ApiCallRc.of(RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource definition '" + name + "' not found.")
                        .withCorrection("Name an existing resource definition."));
    }

    private static int volumeNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new io.linstorj.controller.api.ApiRcException(
                    ApiCallRc.of(RetCodes.FAIL_INVLD_VLM_NR, "The volume number '" + text + "' is not a number.")
                            .withCorrection("Give a volume number 0 - 65535."));
        }
    }
}
