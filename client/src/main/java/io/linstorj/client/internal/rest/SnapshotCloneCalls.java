package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.notLinstor;
import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;
import static io.linstorj.client.internal.rest.RestRequests.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotVlmDfn;
import io.linstorj.protocol.linstor.MsgRollbackSnapshot;
import io.linstorj.protocol.linstor.RestoreNode;
import java.time.Duration;
import java.util.List;

/**
 * The snapshot and clone calls over REST: {@code /v1/resource-definitions/{resource}/snapshots[/{snapshot}]},
 * the list {@code /v1/view/snapshots}, the restores and rollback
 * ({@code .../snapshot-restore-volume-definition/{snapshot}}, {@code .../snapshot-restore-resource/{snapshot}},
 * {@code .../snapshot-rollback/{snapshot}}) and the clone of a resource definition with its status
 * ({@code .../clone[/{clone}]}).
 */
final class SnapshotCloneCalls {
    private final RestRequests rest;

    SnapshotCloneCalls(RestRequests rest) {
        this.rest = rest;
    }

    RestAnswer create(String call, MsgCrtSnapshot create, Duration timeout) {
        String path = path("resource-definitions", create.getSnapshotDfn().getRscName(), "snapshots");
        return rest.mutate(call, "POST", path, JsonBodies.snapshotCreate(create), timeout);
    }

    /** Deletes the snapshot, on the nodes named or, when none is, on all. */
    RestAnswer delete(String call, MsgDelSnapshot delete, Duration timeout) {
        String path = path("resource-definitions", delete.getRscName(), "snapshots", delete.getSnapshotName())
                + query("nodes", delete.getNodeNamesList());
        return rest.mutate(call, "DELETE", path, null, timeout);
    }

    RestAnswer list(String call, Filter filter, Duration timeout) {
        String path = "/v1/view/snapshots"
                + query("nodes", filter.getNodeNamesList(), "resources", filter.getResourceNamesList());
        return rest.list(call, path, timeout, JsonViews::snapshotList);
    }

    RestAnswer restoreVolumeDefinitions(String call, MsgRestoreSnapshotVlmDfn restore, Duration timeout) {
        String path = snapshotAction(
                restore.getFromResourceName(), "snapshot-restore-volume-definition", restore.getFromSnapshotName());
        return rest.mutate(
                call,
                "POST",
                path,
                JsonBodies.snapshotRestore(restore.getToResourceName(), List.<RestoreNode>of()),
                timeout);
    }

    RestAnswer restoreResources(String call, MsgRestoreSnapshotRsc restore, Duration timeout) {
        String path = snapshotAction(
                restore.getFromResourceName(), "snapshot-restore-resource", restore.getFromSnapshotName());
        return rest.mutate(call, "POST", path, JsonBodies.snapshotRestore(restore), timeout);
    }

    RestAnswer rollback(String call, MsgRollbackSnapshot rollback, Duration timeout) {
        String path = snapshotAction(rollback.getRscName(), "snapshot-rollback", rollback.getSnapshotName());
        return rest.mutate(call, "POST", path, JsonNodeFactory.instance.objectNode(), timeout);
    }

    /** A clone answers LINSTOR's {@code ResourceDefinitionCloneStarted}, whose {@code messages} are its entries. */
    RestAnswer cloneDefinition(String call, MsgCloneRscDfn clone, Duration timeout) {
        String path = path("resource-definitions", clone.getRscName(), "clone");
        HttpAnswer answer = rest.send("POST", path, JsonBodies.clone(clone), timeout);
        JsonNode body = answer.body();
        if (body.isObject() && body.has("clone_name")) {
            // ResourceDefinitionCloneStarted: its messages are the answer, whatever the status.
            return RestAnswer.ofReplies(call, JsonViews.apiCallRcs(body.path("messages")));
        }
        if (JsonViews.isApiCallRcList(body)) {
            return RestAnswer.ofReplies(call, JsonViews.apiCallRcs(body));
        }
        if (answer.isSuccess()) {
            return RestAnswer.ofReplies(call, List.of());
        }
        throw notLinstor("POST", path, answer);
    }

    /** The clone's status, answered as the controller answers it: the request with its status set. */
    RestAnswer cloneStatus(String call, MsgCloneRscDfnStatus request, Duration timeout) {
        String path = path("resource-definitions", request.getRscName(), "clone", request.getCloneName());
        HttpAnswer answer = rest.send("GET", path, null, timeout);
        if (!answer.isSuccess()) {
            return refusal(call, "GET", path, answer);
        }
        JsonNode status = answer.body().path("status");
        if (!status.isTextual()) {
            throw notLinstor("GET", path, answer);
        }
        return RestAnswer.ofList(
                call, request.toBuilder().setStatus(status.asText()).build());
    }

    /** {@code /v1/resource-definitions/{resource}/{action}/{snapshot}}: a restore or rollback from the snapshot. */
    private static String snapshotAction(String resource, String action, String snapshot) {
        return path("resource-definitions", resource, action, snapshot);
    }
}
