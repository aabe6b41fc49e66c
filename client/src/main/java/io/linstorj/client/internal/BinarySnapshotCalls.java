package io.linstorj.client.internal;

import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgCloneRscDfn;
import io.linstorj.protocol.proto.MsgCloneRscDfnStatus;
import io.linstorj.protocol.proto.MsgCrtSnapshot;
import io.linstorj.protocol.proto.MsgDelSnapshot;
import io.linstorj.protocol.proto.MsgLstSnapshot;
import io.linstorj.protocol.proto.MsgRestoreSnapshot;
import io.linstorj.protocol.proto.MsgRollbackSnapshot;
import java.time.Duration;
import java.util.List;

/**
 * The snapshot calls over the client protocol, in LinstorJ's own message shapes (calls.proto):
 * CrtSnapshot, LstSnapshotDfn, DelSnapshot, RestoreVlmDfn, RestoreSnapshot, RollbackSnapshot,
 * CloneRscDfn and CloneRscDfnStatus. Answers are the controller's entries, as for every other call.
 */
final class BinarySnapshotCalls implements SnapshotCalls {
    private final ClientConnection connection;

    BinarySnapshotCalls(ClientConnection connection) {
        this.connection = connection;
    }

    @Override
    public List<ApiCallResponse> create(String resource, String snapshot, List<String> nodes, Duration timeout) {
        return mutate(
                ApiCalls.CRT_SNAPSHOT,
                timeout,
                MsgCrtSnapshot.newBuilder()
                        .setResourceName(resource)
                        .setSnapshotName(snapshot)
                        .addAllNodeNames(nodes)
                        .build());
    }

    @Override
    public MsgLstSnapshot list(List<String> nodes, List<String> resources, Duration timeout) {
        List<MsgLstSnapshot> lists = connection
                .callBlocking(
                        ApiCalls.LST_SNAPSHOT_DFN, timeout, Requests.filter(nodes, resources, List.of(), List.of()))
                .listOrThrow(MsgLstSnapshot.parser(), list -> list);
        MsgLstSnapshot.Builder all = MsgLstSnapshot.newBuilder();
        lists.forEach(all::mergeFrom);
        return all.build();
    }

    @Override
    public List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout) {
        return mutate(
                ApiCalls.DEL_SNAPSHOT,
                timeout,
                MsgDelSnapshot.newBuilder()
                        .setResourceName(resource)
                        .setSnapshotName(snapshot)
                        .addAllNodeNames(nodes)
                        .build());
    }

    @Override
    public List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout) {
        return mutate(ApiCalls.RESTORE_VLM_DFN, timeout, restore(resource, snapshot, toResource, List.of()));
    }

    @Override
    public List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout) {
        return mutate(ApiCalls.RESTORE_SNAPSHOT, timeout, restore(resource, snapshot, toResource, nodes));
    }

    @Override
    public List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout) {
        return mutate(
                ApiCalls.ROLLBACK_SNAPSHOT,
                timeout,
                MsgRollbackSnapshot.newBuilder()
                        .setResourceName(resource)
                        .setSnapshotName(snapshot)
                        .build());
    }

    @Override
    public List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout) {
        return mutate(
                ApiCalls.CLONE_RSC_DFN,
                timeout,
                MsgCloneRscDfn.newBuilder()
                        .setResourceName(resource)
                        .setCloneName(cloneName)
                        .build());
    }

    @Override
    public String cloneStatus(String resource, String cloneName, Duration timeout) {
        List<String> statuses = connection
                .callBlocking(
                        ApiCalls.CLONE_RSC_DFN_STATUS,
                        timeout,
                        MsgCloneRscDfnStatus.newBuilder()
                                .setResourceName(resource)
                                .setCloneName(cloneName)
                                .build())
                .listOrThrow(MsgCloneRscDfnStatus.parser(), MsgCloneRscDfnStatus::getStatus);
        if (statuses.isEmpty()) {
            throw new LinstorNetworkError("the controller answered " + ApiCalls.CLONE_RSC_DFN_STATUS + " of '"
                    + cloneName + "' without a status");
        }
        return statuses.get(0);
    }

    private List<ApiCallResponse> mutate(String call, Duration timeout, MessageLite body) {
        return connection.callBlocking(call, timeout, body).replies();
    }

    private static MsgRestoreSnapshot restore(String resource, String snapshot, String toResource, List<String> nodes) {
        return MsgRestoreSnapshot.newBuilder()
                .setResourceName(resource)
                .setSnapshotName(snapshot)
                .setToResourceName(toResource)
                .addAllNodeNames(nodes)
                .build();
    }
}
