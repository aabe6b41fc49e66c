package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.autoplace.AutoplaceService;
import io.linstorj.controller.group.GroupServices;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.GroupBodies;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Resource groups, their volume groups, spawn and autoplace, over the group services and the
 * autoplace service as the client protocol's group and placement calls use them.
 */
public final class GroupEndpoints {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final GroupServices groups;
    private final AutoplaceService autoplace;
    private final Replies replies;

    /** Creates the endpoints. */
    public GroupEndpoints(GroupServices groups, AutoplaceService autoplace, Replies replies) {
        this.groups = groups;
        this.autoplace = autoplace;
        this.replies = replies;
    }

    /** GET /v1/resource-groups?resource_groups=..&props=..&limit=..&offset=.. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        ListQuery query = ListQuery.of(call.request());
        return replies.query(
                groups.resourceGroups().list(call.request().queryValues("resource_groups")),
                list -> replies.ok(query.apply(list, view -> view.group().props()).stream()
                        .map(view -> GroupBodies.ResourceGroupJson.of(view.group()))
                        .toList()));
    }

    /** GET /v1/resource-groups/{resource_group}: the group, or 404 (LINSTOR serves it; the spec lacks it). */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        String name = call.parameter(0);
        return replies.query(
                groups.resourceGroups().list(List.of(name)),
                list -> list.stream()
                        .findFirst()
                        .map(view -> replies.ok(GroupBodies.ResourceGroupJson.of(view.group())))
                        .orElseGet(() -> groupNotFound(name)));
    }

    /** POST /v1/resource-groups: 201. */
    public CompletableFuture<RestResponse> create(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), GroupBodies.ResourceGroupCreate.class);
        return replies.mutation(groups.resourceGroups().create(body.toRequest()), 201);
    }

    /** PUT /v1/resource-groups/{resource_group}: description, properties, select filter. */
    public CompletableFuture<RestResponse> modify(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), GroupBodies.ResourceGroupModify.class);
        return replies.mutation(groups.resourceGroups().modify(body.toRequest(call.parameter(0))), 200);
    }

    /** DELETE /v1/resource-groups/{resource_group}: 200, also with the warning for a missing group (as LINSTOR). */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        return replies.mutation(groups.resourceGroups().delete(call.parameter(0)), 200);
    }

    /** GET /v1/resource-groups/{resource_group}/volume-groups: 404 for an unknown group. */
    public CompletableFuture<RestResponse> listVolumeGroups(Endpoint.Call call) {
        return replies.query(
                groups.volumeGroups().list(call.parameter(0)),
                list -> replies.ok(
                        list.stream().map(GroupBodies.VolumeGroupJson::of).toList()));
    }

    /** GET /v1/resource-groups/{resource_group}/volume-groups/{volume_number}: the volume group, or 404. */
    public CompletableFuture<RestResponse> getVolumeGroup(Endpoint.Call call) {
        int number = VolumeNumbers.parse(call.parameter(1));
        return replies.query(
                groups.volumeGroups().list(call.parameter(0)),
                list -> list.stream()
                        .filter(group -> group.volumeNumber() == number)
                        .findFirst()
                        .map(group -> replies.ok(GroupBodies.VolumeGroupJson.of(group)))
                        .orElseGet(() -> replies.error(ApiCallRc.of(
                                        RetCodes.FAIL_NOT_FOUND_VLM_GRP | RetCodes.MASK_VLM_GRP,
                                        "Volume group with number '" + number + "' of resource group '"
                                                + call.parameter(0) + "' not found.")
                                .withCorrection("Check the volume number."))));
    }

    /** POST /v1/resource-groups/{resource_group}/volume-groups: one volume group, 201. */
    public CompletableFuture<RestResponse> createVolumeGroup(Endpoint.Call call) {
        var body = replies.json().read(nonEmpty(call.request().body()), GroupBodies.VolumeGroupJson.class);
        return replies.mutation(groups.volumeGroups().create(call.parameter(0), List.of(body.toRequest())), 201);
    }

    /** PUT /v1/resource-groups/{resource_group}/volume-groups/{volume_number}: properties. */
    public CompletableFuture<RestResponse> modifyVolumeGroup(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), GroupBodies.VolumeGroupModify.class);
        return replies.mutation(
                groups.volumeGroups()
                        .modify(
                                call.parameter(0),
                                VolumeNumbers.parse(call.parameter(1)),
                                body.props().toChange()),
                200);
    }

    /** DELETE /v1/resource-groups/{resource_group}/volume-groups/{volume_number}. */
    public CompletableFuture<RestResponse> deleteVolumeGroup(Endpoint.Call call) {
        return replies.mutation(
                groups.volumeGroups().delete(call.parameter(0), VolumeNumbers.parse(call.parameter(1))), 200);
    }

    /**
     * POST /v1/resource-groups/{resource_group}/spawn: 201; with {@code partial: true} the sizes
     * may be fewer or more than the group's volume groups.
     */
    public CompletableFuture<RestResponse> spawn(Endpoint.Call call) {
        var body = replies.json().read(call.request().body(), GroupBodies.Spawn.class);
        return replies.mutation(groups.spawn().spawn(body.toRequest(call.parameter(0))), 201);
    }

    /** POST /v1/resource-definitions/{resource}/autoplace: 201; an empty body is {@code {}}. */
    public CompletableFuture<RestResponse> autoplace(Endpoint.Call call) {
        var body = replies.json().read(nonEmpty(call.request().body()), GroupBodies.AutoPlace.class);
        return replies.mutation(autoplace.autoplace(call.parameter(0), body.toFilter()), 201);
    }

    private static byte[] nonEmpty(byte[] body) {
        return body.length == 0 ? EMPTY_OBJECT : body;
    }

    private RestResponse groupNotFound(String name) {
        return replies.error(ApiCallRc.of(
                        RetCodes.FAIL_NOT_FOUND_RSC_GRP | RetCodes.MASK_RSC_GRP,
                        "Resource group '" + name + "' not found.")
                .withCorrection("Create the resource group first or check the name."));
    }

    /** Volume numbers of paths. */
    private static final class VolumeNumbers {
        private VolumeNumbers() {}

        static int parse(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new ApiRcException(ApiCallRc.of(
                                RetCodes.FAIL_INVLD_VLM_NR | RetCodes.MASK_VLM_GRP,
                                "The volume number '" + text + "' is not a number.")
                        .withCorrection("Give a volume number 0 - 65535."));
            }
        }
    }
}
