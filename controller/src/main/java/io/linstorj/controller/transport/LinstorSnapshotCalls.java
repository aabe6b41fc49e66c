package io.linstorj.controller.transport;

import static io.linstorj.controller.transport.LinstorMessages.filter;
import static io.linstorj.controller.transport.LinstorMessages.map;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.snapshot.CloneRequest;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotRestoreRequest;
import io.linstorj.controller.snapshot.SnapshotServices;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotVlmDfn;
import io.linstorj.protocol.linstor.MsgRollbackSnapshot;
import io.linstorj.protocol.linstor.RestoreNode;
import io.linstorj.protocol.linstor.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The snapshot and clone calls in LINSTOR's dialect: LINSTOR's snapshot messages (with LinstorJ's
 * additions for properties and partial deletes) and LinstorJ's clone messages, over the snapshot
 * services.
 */
final class LinstorSnapshotCalls {
    private LinstorSnapshotCalls() {}

    static void addTo(Map<String, CallHandler> table, SnapshotServices services) {
        table.put(ApiCalls.CRT_SNAPSHOT, (session, call) -> {
            var definition = call.body(0, MsgCrtSnapshot.parser()).getSnapshotDfn();
            return reply(services.snapshots()
                    .create(new SnapshotCreateRequest(
                            definition.getRscName(),
                            definition.getSnapshotName(),
                            definition.getSnapshotsList().stream()
                                    .map(Snapshot::getNodeName)
                                    .toList(),
                            map(definition.getSnapshotDfnPropsList()))));
        });
        table.put(ApiCalls.DEL_SNAPSHOT, (session, call) -> {
            MsgDelSnapshot body = call.body(0, MsgDelSnapshot.parser());
            return reply(
                    services.snapshots().delete(body.getRscName(), body.getSnapshotName(), body.getNodeNamesList()));
        });
        table.put(ApiCalls.LST_SNAPSHOT_DFN, (session, call) -> {
            Filter filter = filter(call);
            return services.snapshots()
                    .view(filter.getNodeNamesList(), filter.getResourceNamesList())
                    .thenApply(list ->
                            new CallAnswer(ApiCalls.LST_SNAPSHOT_DFN, List.of(LinstorMessages.snapshotList(list))));
        });
        table.put(ApiCalls.RESTORE_SNAPSHOT, (session, call) -> {
            MsgRestoreSnapshotRsc body = call.body(0, MsgRestoreSnapshotRsc.parser());
            return reply(services.restores()
                    .restoreResource(new SnapshotRestoreRequest(
                            body.getFromResourceName(),
                            body.getFromSnapshotName(),
                            body.getToResourceName(),
                            body.getNodesList().stream()
                                    .map(RestoreNode::getName)
                                    .toList())));
        });
        table.put(ApiCalls.RESTORE_VLM_DFN, (session, call) -> {
            MsgRestoreSnapshotVlmDfn body = call.body(0, MsgRestoreSnapshotVlmDfn.parser());
            return reply(services.restores()
                    .restoreVolumeDefinitions(new SnapshotRestoreRequest(
                            body.getFromResourceName(),
                            body.getFromSnapshotName(),
                            body.getToResourceName(),
                            List.of())));
        });
        table.put(ApiCalls.ROLLBACK_SNAPSHOT, (session, call) -> {
            MsgRollbackSnapshot body = call.body(0, MsgRollbackSnapshot.parser());
            return reply(services.restores().rollback(body.getRscName(), body.getSnapshotName()));
        });
        table.put(ApiCalls.CLONE_RSC_DFN, (session, call) -> {
            MsgCloneRscDfn body = call.body(0, MsgCloneRscDfn.parser());
            return reply(services.clones()
                    .clone(new CloneRequest(
                            body.getRscName(),
                            body.getCloneName(),
                            map(body.getOverridePropsList()),
                            body.getDeletePropKeysList(),
                            body.getDelNamespacesList())));
        });
        table.put(ApiCalls.CLONE_RSC_DFN_STATUS, (session, call) -> {
            MsgCloneRscDfnStatus body = call.body(0, MsgCloneRscDfnStatus.parser());
            return services.clones()
                    .status(body.getRscName(), body.getCloneName())
                    .thenApply(status -> status.map(value -> new CallAnswer(
                                    ApiCalls.CLONE_RSC_DFN_STATUS,
                                    List.of(body.toBuilder()
                                            .setStatus(value.name())
                                            .build())))
                            .orElseGet(() -> LinstorMessages.reply(List.of(ApiCallRc.of(
                                            RetCodes.FAIL_NOT_FOUND_RSC_DFN,
                                            "Resource definition '" + body.getCloneName() + "' is no clone of '"
                                                    + body.getRscName() + "'.")
                                    .withCorrection(
                                            "Name a clone made with CloneRscDfn of '" + body.getRscName() + "'.")))));
        });
    }

    private static CompletableFuture<CallAnswer> reply(CompletableFuture<List<ApiCallRc>> replies) {
        return replies.thenApply(LinstorMessages::reply);
    }
}
