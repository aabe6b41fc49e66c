package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;
import static io.linstorj.client.internal.rest.RestRequests.segment;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorError;
import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgModRsc;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.RscWithPayload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource and volume calls over REST: {@code /v1/resource-definitions/{resource}/resources[/{node}]},
 * its {@code toggle-disk} and {@code autoplace}, and the list {@code /v1/view/resources}, which
 * carries the volumes too.
 */
final class ResourceCalls {
    private final RestRequests rest;

    ResourceCalls(RestRequests rest) {
        this.rest = rest;
    }

    /**
     * Creates the resources, one POST per resource definition in the order named: each is its own
     * durable change, so when one is refused the ones before stay created and the entries say so.
     */
    RestAnswer create(String call, MsgCrtRsc create, Duration timeout) {
        List<RscWithPayload> resources = create.getRscsList();
        if (resources.isEmpty()) {
            throw new LinstorError(call + " names no resource to create");
        }
        List<ApiCallResponse> replies = new ArrayList<>();
        int start = 0;
        while (start < resources.size()) {
            String name = resources.get(start).getRsc().getName();
            int end = start;
            while (end < resources.size()
                    && resources.get(end).getRsc().getName().equalsIgnoreCase(name)) {
                end++;
            }
            replies.addAll(rest.mutate(
                            call,
                            "POST",
                            path("resource-definitions", name, "resources"),
                            JsonBodies.resourceCreate(resources.subList(start, end)),
                            timeout)
                    .replies());
            start = end;
        }
        return RestAnswer.ofReplies(call, replies);
    }

    RestAnswer modify(String call, MsgModRsc modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(call, "PUT", resource(modify.getRscName(), modify.getNodeName()), props, timeout);
    }

    RestAnswer delete(String call, MsgDelRsc delete, Duration timeout) {
        return rest.mutate(call, "DELETE", resource(delete.getRscName(), delete.getNodeName()), null, timeout);
    }

    /** The resources and their volumes, filtered by node, resource and storage pool. */
    RestAnswer list(String call, Filter filter, Duration timeout) {
        String path = "/v1/view/resources"
                + query(
                        "nodes",
                        filter.getNodeNamesList(),
                        "resources",
                        filter.getResourceNamesList(),
                        "storage_pools",
                        filter.getStorPoolNamesList());
        return rest.list(call, path, timeout, JsonViews::resourceList);
    }

    /** Makes the resource diskless, or diskful (in the named pool, if any); a migration is refused. */
    RestAnswer toggleDisk(String call, MsgToggleDisk toggle, Duration timeout) {
        if (toggle.hasMigrateFrom()) {
            throw new LinstorError(call + " with migrate_from is not supported over REST by this client");
        }
        String target = toggle.getDiskless()
                ? "/diskless"
                : toggle.getStorPoolName().isEmpty() ? "/diskful" : "/diskful/" + segment(toggle.getStorPoolName());
        String path = resource(toggle.getRscName(), toggle.getNodeName()) + "/toggle-disk" + target;
        return rest.mutate(call, "PUT", path, null, timeout);
    }

    RestAnswer autoPlace(String call, MsgAutoPlaceRsc place, Duration timeout) {
        String path = path("resource-definitions", place.getRscName(), "autoplace");
        return rest.mutate(call, "POST", path, JsonBodies.autoPlace(place), timeout);
    }

    private static String resource(String resource, String node) {
        return path("resource-definitions", resource, "resources", node);
    }
}
