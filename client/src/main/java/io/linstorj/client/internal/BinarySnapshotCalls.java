package io.linstorj.client.internal;

import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotVlmDfn;
import io.linstorj.protocol.linstor.MsgRollbackSnapshot;
import io.linstorj.protocol.linstor.RestoreNode;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.SnapshotDfn;
import java.time.Duration;
import java.util.List;

/**
 * The snapshot calls over the client protocol, in LINSTOR's snapshot messages with LinstorJ's
 * additions (snapshot properties, partial deletes) and LinstorJ's clone messages:
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
                        .setSnapshotDfn(SnapshotDfn.newBuilder()
                                .setRscName(resource)
                                .setSnapshotName(snapshot)
                                .addAllSnapshots(nodes.stream()
                                        .map(node -> Snapshot.newBuilder()
                                                .setNodeName(node)
                                                .build())
                                        .toList()))
                        .build());
    }

    @Override
    public MsgLstSnapshotDfn list(List<String> nodes, List<String> resources, Duration timeout) {
        List<MsgLstSnapshotDfn> lists = connection
                .callBlocking(
                        ApiCalls.LST_SNAPSHOT_DFN, timeout, Requests.filter(nodes, resources, List.of(), List.of()))
                .listOrThrow(MsgLstSnapshotDfn.parser(), list -> list);
        MsgLstSnapshotDfn.Builder all = MsgLstSnapshotDfn.newBuilder();
        lists.forEach(all::mergeFrom);
        return all.build();
    }

    @Override
    public List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout) {
        return mutate(
                ApiCalls.DEL_SNAPSHOT,
                timeout,
                MsgDelSnapshot.newBuilder()
                        .setRscName(resource)
                        .setSnapshotName(snapshot)
                        .addAllNodeNames(nodes)
                        .build());
    }

    @Override
    public List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout) {
        return mutate(
                ApiCalls.RESTORE_VLM_DFN,
                timeout,
                MsgRestoreSnapshotVlmDfn.newBuilder()
                        .setFromResourceName(resource)
                        .setFromSnapshotName(snapshot)
                        .setToResourceName(toResource)
                        .build());
    }

    @Override
    public List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout) {
        return mutate(
                ApiCalls.RESTORE_SNAPSHOT,
                timeout,
                MsgRestoreSnapshotRsc.newBuilder()
                        .setFromResourceName(resource)
                        .setFromSnapshotName(snapshot)
                        .setToResourceName(toResource)
                        .addAllNodes(nodes.stream()
                                .map(node ->
                                        RestoreNode.newBuilder().setName(node).build())
                                .toList())
                        .build());
    }

    @Override
    public List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout) {
        return mutate(
                ApiCalls.ROLLBACK_SNAPSHOT,
                timeout,
                MsgRollbackSnapshot.newBuilder()
                        .setRscName(resource)
                        .setSnapshotName(snapshot)
                        .build());
    }

    @Override
    public List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout) {
        return mutate(
                ApiCalls.CLONE_RSC_DFN,
                timeout,
                MsgCloneRscDfn.newBuilder()
                        .setRscName(resource)
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
                                .setRscName(resource)
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
}
