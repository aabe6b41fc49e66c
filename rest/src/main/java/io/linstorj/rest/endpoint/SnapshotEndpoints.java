package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.resource.ResourceDefinitionService;
import io.linstorj.controller.snapshot.SnapshotServices;
import io.linstorj.controller.snapshot.SnapshotView;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.ApiCallRcJson;
import io.linstorj.rest.json.SnapshotBodies;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Snapshots of resource definitions, their restore and rollback, clones, and {@code /v1/view/snapshots}. */
public final class SnapshotEndpoints {
    private final SnapshotServices services;
    private final ResourceDefinitionService definitions;
    private final Replies replies;

    /** Creates the endpoints over the snapshot services; {@code definitions} tells unknown resources apart. */
    public SnapshotEndpoints(SnapshotServices services, ResourceDefinitionService definitions, Replies replies) {
        this.services = services;
        this.definitions = definitions;
        this.replies = replies;
    }

    /** GET /v1/resource-definitions/{resource}/snapshots: 404 for an unknown resource definition. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        String resource = call.parameter(0);
        return replies.query(
                definitions
                        .list(List.of(resource))
                        .thenCompose(found -> found.isEmpty()
                                ? CompletableFuture.completedFuture((List<SnapshotView>) null)
                                : services.snapshots().list(resource)),
                list -> list == null
                        ? replies.error(ApiCallRc.of(
                                        RetCodes.FAIL_NOT_FOUND_RSC_DFN,
                                        "Resource definition '" + resource + "' not found.")
                                .withCorrection("Name an existing resource definition."))
                        : replies.ok(list.stream()
                                .map(SnapshotBodies.SnapshotJson::of)
                                .toList()));
    }

    /** POST /v1/resource-definitions/{resource}/snapshots: 201 once the snapshot is recorded. */
    public CompletableFuture<RestResponse> create(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), SnapshotBodies.SnapshotCreate.class);
        return replies.mutation(services.snapshots().create(body.toRequest(call.parameter(0))), 201);
    }

    /** POST /v1/actions/snapshot/multi: 201 once all the snapshots are recorded, to be taken at one point in time. */
    public CompletableFuture<RestResponse> createMulti(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), SnapshotBodies.MultiSnapshotCreate.class);
        return replies.mutation(services.snapshots().createMulti(body.toRequests()), 201);
    }

    /**
     * POST /v1/resource-definitions/{resource}/clone: 201 ResourceDefinitionCloneStarted once the
     * clone's definition and the source's snapshot are recorded; a refusal as an ApiCallRc list.
     */
    public CompletableFuture<RestResponse> cloneDefinition(Endpoint.Call call) {
        String source = call.parameter(0);
        var body = replies.json().read(call.request().body(), SnapshotBodies.CloneCreate.class);
        return services.clones().clone(body.toRequest(source)).handle((list, error) -> {
            if (error != null) {
                return replies.failure(error);
            }
            if (list.stream().anyMatch(ApiCallRc::isError)) {
                return replies.apiCallRcs(list, 201);
            }
            Instant now = Instant.now();
            return new RestResponse(
                    201,
                    replies.json()
                            .write(new SnapshotBodies.CloneStarted(
                                    "/v1/resource-definitions/" + source + "/clone/" + body.name(),
                                    source,
                                    body.name(),
                                    list.stream()
                                            .map(rc -> ApiCallRcJson.of(rc, now))
                                            .toList())));
        });
    }

    /** GET /v1/resource-definitions/{resource}/clone/{clone}: CLONING, COMPLETE or FAILED; 404 for no such clone. */
    public CompletableFuture<RestResponse> cloneStatus(Endpoint.Call call) {
        String source = call.parameter(0);
        String clone = call.parameter(1);
        return replies.query(
                services.clones().status(source, clone),
                status -> status.map(value -> replies.ok(new SnapshotBodies.CloneStatus(value.name())))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                        RetCodes.FAIL_NOT_FOUND_RSC_DFN,
                                        "Resource definition '" + clone + "' is no clone of '" + source + "'.")
                                .withCorrection("Name a clone made with POST /v1/resource-definitions/" + source
                                        + "/clone."))));
    }

    /** GET /v1/resource-definitions/{resource}/snapshots/{snapshot}: the snapshot, or 404. */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String snapshot = call.parameter(1);
        return replies.query(
                services.snapshots().get(call.parameter(0), snapshot),
                found -> found.map(view -> replies.ok(SnapshotBodies.SnapshotJson.of(view)))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                RetCodes.FAIL_NOT_FOUND_SNAPSHOT, "Snapshot '" + snapshot + "' not found."))));
    }

    /** DELETE /v1/resource-definitions/{resource}/snapshots/{snapshot}?nodes=..: 200, a warning when absent. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(
                services.snapshots()
                        .delete(
                                call.parameter(0),
                                call.parameter(1),
                                call.request().queryValues("nodes")),
                200);
    }

    /** POST /v1/resource-definitions/{resource}/snapshot-restore-resource/{snapshot}. */
    public CompletableFuture<RestResponse> restoreResource(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), SnapshotBodies.SnapshotRestore.class);
        return replies.mutation(
                services.restores().restoreResource(body.toRequest(call.parameter(0), call.parameter(1))), 200);
    }

    /** POST /v1/resource-definitions/{resource}/snapshot-restore-volume-definition/{snapshot}. */
    public CompletableFuture<RestResponse> restoreVolumeDefinitions(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), SnapshotBodies.SnapshotRestore.class);
        return replies.mutation(
                services.restores().restoreVolumeDefinitions(body.toRequest(call.parameter(0), call.parameter(1))),
                200);
    }

    /** POST /v1/resource-definitions/{resource}/snapshot-rollback/{snapshot}: the body may be empty or {}. */
    public CompletableFuture<RestResponse> rollback(Endpoint.Call call) {
        byte[] body = call.request().body();
        if (body.length > 0) {
            replies.json().read(body, SnapshotBodies.SnapshotRollback.class);
        }
        return replies.mutation(services.restores().rollback(call.parameter(0), call.parameter(1)), 200);
    }

    /** GET /v1/view/snapshots?nodes=..&resources=..&offset=..&limit=... */
    public CompletableFuture<RestResponse> view(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                services.snapshots()
                        .view(
                                call.request().queryValues("nodes"),
                                call.request().queryValues("resources")),
                list -> replies.ok(query.apply(list, view -> view.definition().props()).stream()
                        .map(SnapshotBodies.SnapshotJson::of)
                        .toList()));
    }
}
