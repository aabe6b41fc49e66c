package io.linstorj.client.internal.rest;

import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.internal.SnapshotCalls;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.Filter;
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
 * The snapshot and clone calls over LINSTOR's REST API v1: each builds the request message of
 * LINSTOR's client protocol as the binary transport sends it, and {@link RestCalls} (through
 * {@link SnapshotCloneCalls}) translates it to the paths of rest_v1_openapi.yaml
 * ({@code /v1/resource-definitions/{resource}/snapshots[/{snapshot}]},
 * {@code /v1/view/snapshots}, {@code .../snapshot-restore-volume-definition/{snapshot}},
 * {@code .../snapshot-restore-resource/{snapshot}}, {@code .../snapshot-rollback/{snapshot}},
 * {@code .../clone} and {@code .../clone/{clone}}), answering as it answers every call.
 */
final class RestSnapshots implements SnapshotCalls {
    private final RestCalls calls;

    RestSnapshots(RestCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<ApiCallResponse> create(String resource, String snapshot, List<String> nodes, Duration timeout) {
        SnapshotDfn.Builder definition =
                SnapshotDfn.newBuilder().setRscName(resource).setSnapshotName(snapshot);
        nodes.forEach(node -> definition.addSnapshots(Snapshot.newBuilder().setNodeName(node)));
        return mutate(
                ApiCalls.CRT_SNAPSHOT,
                MsgCrtSnapshot.newBuilder().setSnapshotDfn(definition).build(),
                timeout);
    }

    @Override
    public MsgLstSnapshotDfn list(List<String> nodes, List<String> resources, Duration timeout) {
        Filter filter = Filter.newBuilder()
                .addAllNodeNames(nodes)
                .addAllResourceNames(resources)
                .build();
        MsgLstSnapshotDfn.Builder all = MsgLstSnapshotDfn.newBuilder();
        calls.call(ApiCalls.LST_SNAPSHOT_DFN, List.of(filter), timeout)
                .listOrThrow(MsgLstSnapshotDfn.parser(), list -> list)
                .forEach(all::mergeFrom);
        return all.build();
    }

    @Override
    public List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout) {
        return mutate(
                ApiCalls.DEL_SNAPSHOT,
                MsgDelSnapshot.newBuilder()
                        .setRscName(resource)
                        .setSnapshotName(snapshot)
                        .addAllNodeNames(nodes)
                        .build(),
                timeout);
    }

    @Override
    public List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout) {
        return mutate(
                ApiCalls.RESTORE_VLM_DFN,
                MsgRestoreSnapshotVlmDfn.newBuilder()
                        .setFromResourceName(resource)
                        .setFromSnapshotName(snapshot)
                        .setToResourceName(toResource)
                        .build(),
                timeout);
    }

    @Override
    public List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout) {
        MsgRestoreSnapshotRsc.Builder restore = MsgRestoreSnapshotRsc.newBuilder()
                .setFromResourceName(resource)
                .setFromSnapshotName(snapshot)
                .setToResourceName(toResource);
        nodes.forEach(node -> restore.addNodes(RestoreNode.newBuilder().setName(node)));
        return mutate(ApiCalls.RESTORE_SNAPSHOT, restore.build(), timeout);
    }

    @Override
    public List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout) {
        return mutate(
                ApiCalls.ROLLBACK_SNAPSHOT,
                MsgRollbackSnapshot.newBuilder()
                        .setRscName(resource)
                        .setSnapshotName(snapshot)
                        .build(),
                timeout);
    }

    @Override
    public List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout) {
        return mutate(
                ApiCalls.CLONE_RSC_DFN,
                MsgCloneRscDfn.newBuilder()
                        .setRscName(resource)
                        .setCloneName(cloneName)
                        .build(),
                timeout);
    }

    @Override
    public String cloneStatus(String resource, String cloneName, Duration timeout) {
        MsgCloneRscDfnStatus request = MsgCloneRscDfnStatus.newBuilder()
                .setRscName(resource)
                .setCloneName(cloneName)
                .build();
        return calls.call(ApiCalls.CLONE_RSC_DFN_STATUS, List.of(request), timeout)
                .listOrThrow(MsgCloneRscDfnStatus.parser(), MsgCloneRscDfnStatus::getStatus)
                .get(0);
    }

    private List<ApiCallResponse> mutate(String call, MessageLite body, Duration timeout) {
        return calls.call(call, List.of(body), timeout).replies();
    }
}
