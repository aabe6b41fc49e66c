package io.linstorj.controller.transport;

import static io.linstorj.controller.transport.ReplyMessages.filter;
import static io.linstorj.controller.transport.ReplyMessages.reply;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.snapshot.SnapshotServices;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgCloneRscDfn;
import io.linstorj.protocol.proto.MsgCloneRscDfnStatus;
import io.linstorj.protocol.proto.MsgCrtSnapshot;
import io.linstorj.protocol.proto.MsgDelSnapshot;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgRestoreSnapshot;
import io.linstorj.protocol.proto.MsgRollbackSnapshot;
import java.util.List;
import java.util.Map;

/**
 * The snapshot and clone calls of LinstorJ's own dialect: each parses its body, calls the
 * snapshot services (as REST does) and translates the answer.
 */
final class SnapshotCallHandlers {
    private SnapshotCallHandlers() {}

    static void addTo(Map<String, CallHandler> table, SnapshotServices services) {
        table.put(
                ApiCalls.CRT_SNAPSHOT,
                (session, call) -> reply(services.snapshots()
                        .create(SnapshotMessages.createRequest(call.body(0, MsgCrtSnapshot.parser())))));
        table.put(ApiCalls.DEL_SNAPSHOT, (session, call) -> {
            MsgDelSnapshot body = call.body(0, MsgDelSnapshot.parser());
            return reply(services.snapshots()
                    .delete(body.getResourceName(), body.getSnapshotName(), body.getNodeNamesList()));
        });
        table.put(ApiCalls.LST_SNAPSHOT_DFN, (session, call) -> {
            MsgListFilter filter = filter(call);
            return services.snapshots()
                    .view(filter.getNodeNamesList(), filter.getResourceNamesList())
                    .thenApply(list ->
                            new CallAnswer(ApiCalls.LST_SNAPSHOT_DFN, List.of(SnapshotMessages.snapshotList(list))));
        });
        table.put(ApiCalls.RESTORE_VLM_DFN, (session, call) -> {
            MsgRestoreSnapshot body = call.body(0, MsgRestoreSnapshot.parser());
            return reply(
                    services.restores().restoreVolumeDefinitions(SnapshotMessages.restoreRequest(body, List.of())));
        });
        table.put(ApiCalls.RESTORE_SNAPSHOT, (session, call) -> {
            MsgRestoreSnapshot body = call.body(0, MsgRestoreSnapshot.parser());
            return reply(services.restores()
                    .restoreResource(SnapshotMessages.restoreRequest(body, body.getNodeNamesList())));
        });
        table.put(ApiCalls.ROLLBACK_SNAPSHOT, (session, call) -> {
            MsgRollbackSnapshot body = call.body(0, MsgRollbackSnapshot.parser());
            return reply(services.restores().rollback(body.getResourceName(), body.getSnapshotName()));
        });
        table.put(
                ApiCalls.CLONE_RSC_DFN,
                (session, call) -> reply(
                        services.clones().clone(SnapshotMessages.cloneRequest(call.body(0, MsgCloneRscDfn.parser())))));
        table.put(ApiCalls.CLONE_RSC_DFN_STATUS, (session, call) -> {
            MsgCloneRscDfnStatus body = call.body(0, MsgCloneRscDfnStatus.parser());
            return services.clones()
                    .status(body.getResourceName(), body.getCloneName())
                    .thenApply(status -> status.map(value -> new CallAnswer(
                                    ApiCalls.CLONE_RSC_DFN_STATUS,
                                    List.of(body.toBuilder()
                                            .setStatus(value.name())
                                            .build())))
                            .orElseGet(() -> reply(List.of(ApiCallRc.of(
                                            RetCodes.FAIL_NOT_FOUND_RSC_DFN,
                                            "Resource definition '" + body.getCloneName() + "' is no clone of '"
                                                    + body.getResourceName() + "'.")
                                    .withCorrection("Name a clone made with CloneRscDfn of '" + body.getResourceName()
                                            + "'.")))));
        });
    }
}
