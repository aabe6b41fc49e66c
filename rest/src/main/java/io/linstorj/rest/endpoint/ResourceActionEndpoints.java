package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.ResourceActionBodies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Actions on one resource: toggle disk (diskless / diskful, with or without a pool), make
 * available (create where missing, else leave or make diskful as asked), activate and deactivate.
 */
public final class ResourceActionEndpoints {
    private final ResourceServices services;
    private final Replies replies;

    /** Creates the endpoints over the resource services. */
    public ResourceActionEndpoints(ResourceServices services, Replies replies) {
        this.services = services;
        this.replies = replies;
    }

    /** PUT …/toggle-disk/diskless. */
    public CompletableFuture<RestResponse> toDiskless(Endpoint.Call call) {
        return toggle(call, true, "");
    }

    /** PUT …/toggle-disk/diskless/{disklesspool}. */
    public CompletableFuture<RestResponse> toDisklessPool(Endpoint.Call call) {
        return toggle(call, true, call.parameter(2));
    }

    /** PUT …/toggle-disk/diskful. */
    public CompletableFuture<RestResponse> toDiskful(Endpoint.Call call) {
        return toggle(call, false, "");
    }

    /** PUT …/toggle-disk/diskful/{storagepool}. */
    public CompletableFuture<RestResponse> toDiskfulPool(Endpoint.Call call) {
        return toggle(call, false, call.parameter(2));
    }

    private CompletableFuture<RestResponse> toggle(Endpoint.Call call, boolean diskless, String pool) {
        byte[] raw = call.request().body();
        if (raw.length > 0) {
            replies.json().read(raw, ResourceActionBodies.ToggleDisk.class).checked();
        }
        return replies.mutation(
                services.toggleDisk().toggle(call.parameter(0), call.parameter(1), diskless, pool), 200);
    }

    /** POST …/activate: 200 as LINSTOR, also when the resource was active already (INFO_NOOP). */
    public CompletableFuture<RestResponse> activate(Endpoint.Call call) {
        return replies.mutation(services.activation().activate(call.parameter(0), call.parameter(1)), 200);
    }

    /** POST …/deactivate: 200 as LINSTOR; 409 while the resource is in use. */
    public CompletableFuture<RestResponse> deactivate(Endpoint.Call call) {
        return replies.mutation(services.activation().deactivate(call.parameter(0), call.parameter(1)), 200);
    }

    /**
     * POST …/make-available, as LINSTOR: an existing replica stays (a diskless one becomes
     * diskful when {@code diskful} asks it); a missing one is created diskless when another node
     * holds the data, diskful otherwise or when asked, in the pool of resource create's chain.
     * The decision reads the state first; a replica created meanwhile makes the create answer
     * "exists" (409) rather than a second replica.
     */
    public CompletableFuture<RestResponse> makeAvailable(Endpoint.Call call) {
        String resourceName = call.parameter(0);
        String nodeName = call.parameter(1);
        byte[] raw = call.request().body();
        var body = (raw.length == 0
                        ? new ResourceActionBodies.MakeAvailable(null, null, null, null, null)
                        : replies.json().read(raw, ResourceActionBodies.MakeAvailable.class))
                .checked();
        var decided = services.resources()
                .list(List.of(), List.of(resourceName))
                .thenCompose(replicas -> act(replicas, resourceName, nodeName, body.wantsDiskful()));
        return replies.mutation(decided, 200);
    }

    private CompletableFuture<List<ApiCallRc>> act(
            List<ResourceView> replicas, String resourceName, String nodeName, boolean diskful) {
        Optional<Resource> here = replicas.stream()
                .map(ResourceView::resource)
                .filter(resource -> resource.nodeName().equalsIgnoreCase(nodeName))
                .findFirst();
        if (here.isPresent()) {
            if (diskful && here.get().isDiskless()) {
                return services.toggleDisk().toggle(resourceName, nodeName, false, "");
            }
            return CompletableFuture.completedFuture(List.of(
                    ApiCallRc.of(RetCodes.MASK_CRT | RetCodes.MASK_RSC, "Resource already deployed as requested")
                            .withObjRefs(Map.of(
                                    ApiCallRc.REF_RESOURCE_DEFINITION, resourceName, ApiCallRc.REF_NODE, nodeName))));
        }
        boolean dataElsewhere =
                replicas.stream().anyMatch(view -> !view.resource().isDiskless());
        Set<String> flags =
                diskful || !dataElsewhere ? Set.of() : Set.of(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS);
        return services.resources().create(new ResourceCreateRequest(resourceName, nodeName, flags, "", Map.of()));
    }
}
