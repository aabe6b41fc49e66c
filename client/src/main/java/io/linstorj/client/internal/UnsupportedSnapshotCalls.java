package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorError;
import io.linstorj.client.SnapshotInfo;
import java.time.Duration;
import java.util.List;

/** Snapshot calls of a transport that has none yet: each one refuses, naming the way that works. */
final class UnsupportedSnapshotCalls implements SnapshotCalls {
    private final String transport;

    UnsupportedSnapshotCalls(String transport) {
        this.transport = transport;
    }

    @Override
    public List<ApiCallResponse> create(String resource, String snapshot, List<String> nodes, Duration timeout) {
        throw refused("snapshotCreate");
    }

    @Override
    public List<SnapshotInfo> list(List<String> nodes, List<String> resources, Duration timeout) {
        throw refused("snapshotList");
    }

    @Override
    public List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout) {
        throw refused("snapshotDelete");
    }

    @Override
    public List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout) {
        throw refused("snapshotVolumeDfnRestore");
    }

    @Override
    public List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout) {
        throw refused("snapshotRestore");
    }

    @Override
    public List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout) {
        throw refused("snapshotRollback");
    }

    @Override
    public List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout) {
        throw refused("resourceDfnClone");
    }

    private LinstorError refused(String method) {
        return new LinstorError(method + " is not supported over the binary protocol (" + transport + ") yet; "
                + "connect with an http:// or https:// URI (LINSTOR's REST API) for snapshots and clones");
    }
}
