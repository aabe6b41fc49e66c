package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.internal.SnapshotCalls;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgLstSnapshot;
import java.time.Duration;
import java.util.List;

/**
 * The snapshot calls over LINSTOR's REST API v1, on the paths of rest_v1_openapi.yaml:
 * {@code /v1/resource-definitions/{resource}/snapshots[/{snapshot}]}, {@code /v1/view/snapshots},
 * {@code .../snapshot-restore-volume-definition/{snapshot}}, {@code .../snapshot-restore-resource/{snapshot}},
 * {@code .../snapshot-rollback/{snapshot}}, {@code .../clone} and {@code .../clone/{clone}}. Answers as {@link RestCalls}
 * reads them; a clone answers LINSTOR's {@code ResourceDefinitionCloneStarted}, whose
 * {@code messages} are its entries.
 */
final class RestSnapshots implements SnapshotCalls {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HttpExchange http;
    private final RestCalls calls;

    RestSnapshots(HttpExchange http, RestCalls calls) {
        this.http = http;
        this.calls = calls;
    }

    @Override
    public List<ApiCallResponse> create(String resource, String snapshot, List<String> nodes, Duration timeout) {
        ObjectNode body = JSON.objectNode().put("name", snapshot);
        if (!nodes.isEmpty()) {
            nodes.forEach(body.putArray("nodes")::add);
        }
        return calls.mutate(
                        ApiCalls.CRT_SNAPSHOT,
                        "POST",
                        RestCalls.path("resource-definitions", resource, "snapshots"),
                        body,
                        timeout)
                .replies();
    }

    @Override
    public MsgLstSnapshot list(List<String> nodes, List<String> resources, Duration timeout) {
        String path = "/v1/view/snapshots" + RestCalls.query("nodes", nodes, "resources", resources);
        HttpAnswer answer = http.send("GET", path, null, timeout);
        if (!answer.isSuccess()) {
            throw new LinstorApiCallError(
                    ApiCalls.LST_SNAPSHOT_DFN,
                    RestCalls.refusal(ApiCalls.LST_SNAPSHOT_DFN, "GET", path, answer)
                            .replies());
        }
        MsgLstSnapshot.Builder list = MsgLstSnapshot.newBuilder();
        for (JsonNode snapshot : JsonViews.elements(answer.body())) {
            list.addSnapshots(JsonViews.snapshot(snapshot));
        }
        return list.build();
    }

    @Override
    public List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout) {
        return calls.mutate(
                        ApiCalls.DEL_SNAPSHOT,
                        "DELETE",
                        RestCalls.path("resource-definitions", resource, "snapshots", snapshot)
                                + RestCalls.query("nodes", nodes),
                        null,
                        timeout)
                .replies();
    }

    @Override
    public List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout) {
        return calls.mutate(
                        "RestoreVlmDfn",
                        "POST",
                        RestCalls.path(
                                "resource-definitions", resource, "snapshot-restore-volume-definition", snapshot),
                        JSON.objectNode().put("to_resource", toResource),
                        timeout)
                .replies();
    }

    @Override
    public List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout) {
        ObjectNode body = JSON.objectNode().put("to_resource", toResource);
        if (!nodes.isEmpty()) {
            nodes.forEach(body.putArray("nodes")::add);
        }
        return calls.mutate(
                        "RestoreRsc",
                        "POST",
                        RestCalls.path("resource-definitions", resource, "snapshot-restore-resource", snapshot),
                        body,
                        timeout)
                .replies();
    }

    @Override
    public List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout) {
        return calls.mutate(
                        "RollbackSnapshot",
                        "POST",
                        RestCalls.path("resource-definitions", resource, "snapshot-rollback", snapshot),
                        JSON.objectNode(),
                        timeout)
                .replies();
    }

    @Override
    public List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout) {
        calls.gate().require(ApiVersionGate.CLONE_RSC_DFN, "resourceDfnClone");
        String path = RestCalls.path("resource-definitions", resource, "clone");
        HttpAnswer answer = http.send("POST", path, JSON.objectNode().put("name", cloneName), timeout);
        JsonNode body = answer.body();
        if (body.isObject() && body.has("clone_name")) {
            // ResourceDefinitionCloneStarted: its messages are the answer, whatever the status.
            return JsonViews.apiCallRcs(body.path("messages"));
        }
        if (JsonViews.isApiCallRcList(body)) {
            return JsonViews.apiCallRcs(body);
        }
        if (answer.isSuccess()) {
            return List.of();
        }
        throw RestCalls.notLinstor("POST", path, answer);
    }

    @Override
    public String cloneStatus(String resource, String cloneName, Duration timeout) {
        calls.gate().require(ApiVersionGate.CLONE_RSC_DFN, "resourceDfnCloneStatus");
        String path = RestCalls.path("resource-definitions", resource, "clone", cloneName);
        HttpAnswer answer = http.send("GET", path, null, timeout);
        if (!answer.isSuccess()) {
            throw new LinstorApiCallError(
                    ApiCalls.CLONE_RSC_DFN_STATUS,
                    RestCalls.refusal(ApiCalls.CLONE_RSC_DFN_STATUS, "GET", path, answer)
                            .replies());
        }
        JsonNode status = answer.body().path("status");
        if (!status.isTextual()) {
            throw RestCalls.notLinstor("GET", path, answer);
        }
        return status.asText();
    }
}
