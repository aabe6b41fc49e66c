package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.filter;
import static io.linstorj.client.internal.rest.RestRequests.named;
import static io.linstorj.client.internal.rest.RestRequests.notLinstor;
import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;
import static io.linstorj.client.internal.rest.RestRequests.refusal;
import static io.linstorj.client.internal.rest.RestRequests.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.internal.Durations;
import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtNetInterface;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtStorPoolDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgDelNetInterface;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgDelStorPool;
import io.linstorj.protocol.linstor.MsgDelStorPoolDfn;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgDelVlmGrp;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModNetInterface;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRsc;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModStorPool;
import io.linstorj.protocol.linstor.MsgModStorPoolDfn;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgModVlmGrp;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotVlmDfn;
import io.linstorj.protocol.linstor.MsgRollbackSnapshot;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.RestoreNode;
import io.linstorj.protocol.linstor.RscWithPayload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The table from the calls of LINSTOR's client protocol to LINSTOR's REST API v1: each call with
 * its request message ({@code io.linstorj.protocol.linstor}, read as the controller's
 * LINSTOR-dialect table reads it) becomes one HTTP request (the resource group list one per group
 * more, for the volume groups; a resource create one per resource definition named), and its JSON
 * answer becomes the call's answer: the wire list message {@link JsonViews} builds, or the entries.
 *
 * <p>Status handling as LINSTOR's own clients do it: a mutation's answer is the ApiCallRc list in
 * the body whatever the status (a refusal is data); a list's answer with status 400 or above is
 * its refusal, the ApiCallRc list in the body. Lists use only the list endpoints with their query
 * filters, never the single-object GETs that LINBIT's controller lacks for some objects, and
 * filter by name here where the spec has no query filter (names compare case-insensitively, as
 * LINSTOR's do).
 */
final class RestCalls {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The Java API's names of the clone calls, for the refusal of a controller too old for them. */
    private static final Map<String, String> CLONE_CALLS =
            Map.of(ApiCalls.CLONE_RSC_DFN, "resourceDfnClone", ApiCalls.CLONE_RSC_DFN_STATUS, "resourceDfnCloneStatus");

    private final RestRequests rest;
    private final ApiVersionGate gate;

    RestCalls(HttpExchange http, ControllerVersion version) {
        this.rest = new RestRequests(http);
        this.gate = new ApiVersionGate(version.restApiVersion(), http.address().toString());
    }

    /**
     * Runs {@code call} over REST.
     *
     * @throws LinstorNetworkError if no answer came or the answer is not LINSTOR's
     * @throws LinstorError if the call or a field of its request has no REST counterpart in this
     *     client, or the controller's REST API version is too old for it
     */
    RestAnswer call(String call, List<MessageLite> bodies, Duration timeout) {
        if (CLONE_CALLS.containsKey(call)) {
            gate.require(ApiVersionGate.CLONE_RSC_DFN, CLONE_CALLS.get(call));
        } else {
            gate.require(call, call);
        }
        MessageLite body = bodies.isEmpty() ? Filter.getDefaultInstance() : bodies.get(0);
        return switch (call) {
            case ApiCalls.CRT_NODE ->
                rest.mutate(call, "POST", "/v1/nodes", JsonBodies.node(((MsgCrtNode) body).getNode()), timeout);
            case ApiCalls.MOD_NODE -> {
                MsgModNode modify = (MsgModNode) body;
                yield rest.mutate(
                        call, "PUT", path("nodes", modify.getNodeName()), JsonBodies.nodeModify(modify), timeout);
            }
            case ApiCalls.DEL_NODE ->
                rest.mutate(call, "DELETE", path("nodes", ((MsgDelNode) body).getNodeName()), null, timeout);
            case ApiCalls.LOST_NODE ->
                rest.mutate(call, "DELETE", path("nodes", ((MsgDelNode) body).getNodeName(), "lost"), null, timeout);
            case ApiCalls.LST_NODE ->
                rest.list(
                        call,
                        "/v1/nodes" + query("nodes", filter(body).getNodeNamesList()),
                        timeout,
                        JsonViews::nodeList);
            case ApiCalls.CRT_NET_IF -> {
                MsgCrtNetInterface create = (MsgCrtNetInterface) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("nodes", create.getNodeName(), "net-interfaces"),
                        JsonBodies.netInterface(create.getNetIf()),
                        timeout);
            }
            case ApiCalls.MOD_NET_IF -> {
                MsgModNetInterface modify = (MsgModNetInterface) body;
                yield rest.mutate(
                        call,
                        "PUT",
                        path(
                                "nodes",
                                modify.getNodeName(),
                                "net-interfaces",
                                modify.getNetIf().getName()),
                        JsonBodies.netInterface(modify.getNetIf()),
                        timeout);
            }
            case ApiCalls.DEL_NET_IF -> {
                MsgDelNetInterface delete = (MsgDelNetInterface) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path("nodes", delete.getNodeName(), "net-interfaces", delete.getNetIfName()),
                        null,
                        timeout);
            }
            case ApiCalls.CRT_STOR_POOL_DFN ->
                rest.mutate(
                        call,
                        "POST",
                        "/v1/storage-pool-definitions",
                        JsonBodies.storagePoolDefinition(((MsgCrtStorPoolDfn) body).getStorPoolDfn()),
                        timeout);
            case ApiCalls.MOD_STOR_POOL_DFN -> {
                MsgModStorPoolDfn modify = (MsgModStorPoolDfn) body;
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path("storage-pool-definitions", modify.getStorPoolName()),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_STOR_POOL_DFN ->
                rest.mutate(
                        call,
                        "DELETE",
                        path("storage-pool-definitions", ((MsgDelStorPoolDfn) body).getStorPoolName()),
                        null,
                        timeout);
            case ApiCalls.LST_STOR_POOL_DFN -> {
                Predicate<String> named = named(filter(body).getStorPoolNamesList());
                yield rest.list(
                        call,
                        "/v1/storage-pool-definitions",
                        timeout,
                        json -> JsonViews.storagePoolDefinitionList(json, named));
            }
            case ApiCalls.CRT_STOR_POOL -> {
                MsgCrtStorPool create = (MsgCrtStorPool) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("nodes", create.getStorPool().getNodeName(), "storage-pools"),
                        JsonBodies.storagePool(create.getStorPool()),
                        timeout);
            }
            case ApiCalls.MOD_STOR_POOL -> {
                MsgModStorPool modify = (MsgModStorPool) body;
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path("nodes", modify.getNodeName(), "storage-pools", modify.getStorPoolName()),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_STOR_POOL -> {
                MsgDelStorPool delete = (MsgDelStorPool) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path("nodes", delete.getNodeName(), "storage-pools", delete.getStorPoolName()),
                        null,
                        timeout);
            }
            case ApiCalls.LST_STOR_POOL -> {
                Filter filter = filter(body);
                yield rest.list(
                        call,
                        "/v1/view/storage-pools"
                                + query(
                                        "nodes",
                                        filter.getNodeNamesList(),
                                        "storage_pools",
                                        filter.getStorPoolNamesList()),
                        timeout,
                        JsonViews::storagePoolList);
            }
            case ApiCalls.CRT_RSC_DFN ->
                rest.mutate(
                        call,
                        "POST",
                        "/v1/resource-definitions",
                        JsonBodies.resourceDefinition((MsgCrtRscDfn) body),
                        timeout);
            case ApiCalls.MOD_RSC_DFN -> {
                MsgModRscDfn modify = (MsgModRscDfn) body;
                if (modify.hasRscDfnPort()
                        || modify.hasDrbdPort()
                        || modify.hasDrbdSecret()
                        || modify.hasDrbdTransportType()
                        || modify.hasDrbdNewRscPeerSlots()
                        || modify.getLayerStackCount() > 0) {
                    throw new LinstorError(
                            call + " over REST changes only properties in this client; its port, secret, transport,"
                                    + " peer slots or layers are not supported");
                }
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path("resource-definitions", modify.getRscName()),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_RSC_DFN ->
                rest.mutate(
                        call,
                        "DELETE",
                        path("resource-definitions", ((MsgDelRscDfn) body).getRscName()),
                        null,
                        timeout);
            case ApiCalls.LST_RSC_DFN ->
                rest.list(
                        call,
                        "/v1/resource-definitions"
                                + query(
                                        "resource_definitions",
                                        filter(body).getResourceNamesList(),
                                        "with_volume_definitions",
                                        List.of("true")),
                        timeout,
                        JsonViews::resourceDefinitionList);
            case ApiCalls.CRT_VLM_DFN -> {
                MsgCrtVlmDfn create = (MsgCrtVlmDfn) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("resource-definitions", create.getRscName(), "volume-definitions"),
                        JsonBodies.volumeDefinition(create),
                        timeout);
            }
            case ApiCalls.MOD_VLM_DFN -> {
                MsgModVlmDfn modify = (MsgModVlmDfn) body;
                yield rest.mutate(
                        call,
                        "PUT",
                        path(
                                "resource-definitions",
                                modify.getRscName(),
                                "volume-definitions",
                                Integer.toString(modify.getVlmNr())),
                        JsonBodies.volumeDefinitionModify(modify),
                        timeout);
            }
            case ApiCalls.DEL_VLM_DFN -> {
                MsgDelVlmDfn delete = (MsgDelVlmDfn) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path(
                                "resource-definitions",
                                delete.getRscName(),
                                "volume-definitions",
                                Integer.toString(delete.getVlmNr())),
                        null,
                        timeout);
            }
            case ApiCalls.CRT_RSC -> createResources(call, ((MsgCrtRsc) body).getRscsList(), timeout);
            case ApiCalls.MOD_RSC -> {
                MsgModRsc modify = (MsgModRsc) body;
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path("resource-definitions", modify.getRscName(), "resources", modify.getNodeName()),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_RSC -> {
                MsgDelRsc delete = (MsgDelRsc) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path("resource-definitions", delete.getRscName(), "resources", delete.getNodeName()),
                        null,
                        timeout);
            }
            case ApiCalls.LST_RSC, ApiCalls.LST_VLM -> {
                Filter filter = filter(body);
                yield rest.list(
                        call,
                        "/v1/view/resources"
                                + query(
                                        "nodes",
                                        filter.getNodeNamesList(),
                                        "resources",
                                        filter.getResourceNamesList(),
                                        "storage_pools",
                                        filter.getStorPoolNamesList()),
                        timeout,
                        JsonViews::resourceList);
            }
            case ApiCalls.TOGGLE_DISK -> {
                MsgToggleDisk toggle = (MsgToggleDisk) body;
                if (toggle.hasMigrateFrom()) {
                    throw new LinstorError(call + " with migrate_from is not supported over REST by this client");
                }
                String resource = path(
                        "resource-definitions", toggle.getRscName(), "resources", toggle.getNodeName(), "toggle-disk");
                String target = toggle.getDiskless()
                        ? "/diskless"
                        : toggle.getStorPoolName().isEmpty()
                                ? "/diskful"
                                : "/diskful/" + segment(toggle.getStorPoolName());
                yield rest.mutate(call, "PUT", resource + target, null, timeout);
            }
            case ApiCalls.AUTO_PLACE_RSC -> {
                MsgAutoPlaceRsc place = (MsgAutoPlaceRsc) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("resource-definitions", place.getRscName(), "autoplace"),
                        JsonBodies.autoPlace(place),
                        timeout);
            }
            case ApiCalls.LST_CTRL_PROPS ->
                rest.list(call, "/v1/controller/properties", timeout, JsonViews::controllerProps);
            case ApiCalls.SET_CTRL_PROP -> {
                MsgModCtrl modify = (MsgModCtrl) body;
                yield rest.modifyProps(
                        call,
                        "POST",
                        "/v1/controller/properties",
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_CTRL_PROP -> {
                // A key holds slashes: the modify body names it whole, which every controller reads alike.
                ObjectNode json = JSON.objectNode();
                json.putArray("delete_props").add(((MsgDelCtrlProp) body).getKey());
                yield rest.mutate(call, "POST", "/v1/controller/properties", json, timeout);
            }
            case ApiCalls.MOD_KVS -> {
                MsgModKvs modify = (MsgModKvs) body;
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path("key-value-store", modify.getKvsName()),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_KVS ->
                rest.mutate(call, "DELETE", path("key-value-store", ((MsgDelKvs) body).getKvsName()), null, timeout);
            case ApiCalls.LST_KVS -> {
                Predicate<String> named = named(filter(body).getNamesList());
                yield rest.list(call, "/v1/key-value-store", timeout, json -> JsonViews.keyValueStoreList(json, named));
            }
            case ApiCalls.CRT_RSC_GRP ->
                rest.mutate(
                        call,
                        "POST",
                        "/v1/resource-groups",
                        JsonBodies.resourceGroup(((MsgCrtRscGrp) body).getRscGrp()),
                        timeout);
            case ApiCalls.MOD_RSC_GRP -> {
                MsgModRscGrp modify = (MsgModRscGrp) body;
                yield rest.mutate(
                        call,
                        "PUT",
                        path("resource-groups", modify.getRscGrpName()),
                        JsonBodies.resourceGroupModify(modify),
                        timeout);
            }
            case ApiCalls.DEL_RSC_GRP ->
                rest.mutate(
                        call, "DELETE", path("resource-groups", ((MsgDelRscGrp) body).getRscGrpName()), null, timeout);
            case ApiCalls.LST_RSC_GRP -> resourceGroups(call, filter(body).getNamesList(), timeout);
            case ApiCalls.CRT_VLM_GRP -> {
                MsgCrtVlmGrp create = (MsgCrtVlmGrp) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("resource-groups", create.getRscGrpName(), "volume-groups"),
                        JsonBodies.volumeGroup(create),
                        timeout);
            }
            case ApiCalls.MOD_VLM_GRP -> {
                MsgModVlmGrp modify = (MsgModVlmGrp) body;
                yield rest.modifyProps(
                        call,
                        "PUT",
                        path(
                                "resource-groups",
                                modify.getRscGrpName(),
                                "volume-groups",
                                Integer.toString(modify.getVlmNr())),
                        new PropsModify(
                                modify.getOverridePropsList(),
                                modify.getDeletePropKeysList(),
                                modify.getDelNamespacesList()),
                        timeout);
            }
            case ApiCalls.DEL_VLM_GRP -> {
                MsgDelVlmGrp delete = (MsgDelVlmGrp) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path(
                                "resource-groups",
                                delete.getRscGrpName(),
                                "volume-groups",
                                Integer.toString(delete.getVlmNr())),
                        null,
                        timeout);
            }
            case ApiCalls.LST_VLM_GRP -> volumeGroups(call, filter(body).getNamesList(), timeout);
            case ApiCalls.SPAWN_RSC_DFN -> {
                MsgSpawnRscDfn spawn = (MsgSpawnRscDfn) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("resource-groups", spawn.getRscGrpName(), "spawn"),
                        JsonBodies.spawn(spawn),
                        timeout);
            }
            case ApiCalls.CRT_SNAPSHOT -> {
                MsgCrtSnapshot create = (MsgCrtSnapshot) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path("resource-definitions", create.getSnapshotDfn().getRscName(), "snapshots"),
                        JsonBodies.snapshotCreate(create),
                        timeout);
            }
            case ApiCalls.DEL_SNAPSHOT -> {
                MsgDelSnapshot delete = (MsgDelSnapshot) body;
                yield rest.mutate(
                        call,
                        "DELETE",
                        path("resource-definitions", delete.getRscName(), "snapshots", delete.getSnapshotName())
                                + query("nodes", delete.getNodeNamesList()),
                        null,
                        timeout);
            }
            case ApiCalls.LST_SNAPSHOT_DFN -> {
                Filter filter = filter(body);
                yield rest.list(
                        call,
                        "/v1/view/snapshots"
                                + query("nodes", filter.getNodeNamesList(), "resources", filter.getResourceNamesList()),
                        timeout,
                        JsonViews::snapshotList);
            }
            case ApiCalls.RESTORE_VLM_DFN -> {
                MsgRestoreSnapshotVlmDfn restore = (MsgRestoreSnapshotVlmDfn) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path(
                                "resource-definitions",
                                restore.getFromResourceName(),
                                "snapshot-restore-volume-definition",
                                restore.getFromSnapshotName()),
                        JsonBodies.snapshotRestore(restore.getToResourceName(), List.<RestoreNode>of()),
                        timeout);
            }
            case ApiCalls.RESTORE_SNAPSHOT -> {
                MsgRestoreSnapshotRsc restore = (MsgRestoreSnapshotRsc) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path(
                                "resource-definitions",
                                restore.getFromResourceName(),
                                "snapshot-restore-resource",
                                restore.getFromSnapshotName()),
                        JsonBodies.snapshotRestore(restore),
                        timeout);
            }
            case ApiCalls.ROLLBACK_SNAPSHOT -> {
                MsgRollbackSnapshot rollback = (MsgRollbackSnapshot) body;
                yield rest.mutate(
                        call,
                        "POST",
                        path(
                                "resource-definitions",
                                rollback.getRscName(),
                                "snapshot-rollback",
                                rollback.getSnapshotName()),
                        JSON.objectNode(),
                        timeout);
            }
            case ApiCalls.CLONE_RSC_DFN -> clone(call, (MsgCloneRscDfn) body, timeout);
            case ApiCalls.CLONE_RSC_DFN_STATUS -> cloneStatus(call, (MsgCloneRscDfnStatus) body, timeout);
            default -> throw new LinstorError(call + " is not supported over REST by this client");
        };
    }

    /**
     * Creates the resources, one POST per resource definition in the order named: each is its own
     * durable change, so when one is refused the ones before stay created and the entries say so.
     */
    private RestAnswer createResources(String call, List<RscWithPayload> resources, Duration timeout) {
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

    /** A clone answers LINSTOR's {@code ResourceDefinitionCloneStarted}, whose {@code messages} are its entries. */
    private RestAnswer clone(String call, MsgCloneRscDfn clone, Duration timeout) {
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
    private RestAnswer cloneStatus(String call, MsgCloneRscDfnStatus request, Duration timeout) {
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

    /** Every group of the list, each with its volume groups, which REST lists under the group. */
    private RestAnswer resourceGroups(String call, List<String> names, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = "/v1/resource-groups" + query("resource_groups", names);
        HttpAnswer groups = rest.send("GET", path, null, timeout);
        if (!groups.isSuccess()) {
            return refusal(call, "GET", path, groups);
        }
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        for (JsonNode group : JsonViews.elements(groups.body())) {
            String volumesPath = path("resource-groups", group.path("name").asText(), "volume-groups");
            // The call's timeout bounds the whole list, not each of its requests.
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new LinstorNetworkError(call + " to the controller timed out after " + Durations.readable(timeout)
                        + " while listing the groups' volume groups");
            }
            HttpAnswer volumeGroups = rest.send("GET", volumesPath, null, left);
            if (!volumeGroups.isSuccess()) {
                return refusal(call, "GET", volumesPath, volumeGroups);
            }
            list.addRscGrps(JsonViews.resourceGroup(group, volumeGroups.body()));
        }
        return RestAnswer.ofList(call, list.build());
    }

    /**
     * The volume groups of the one resource group the filter names; any other count is refused as
     * the controller refuses it.
     */
    private RestAnswer volumeGroups(String call, List<String> names, Duration timeout) {
        if (names.size() != 1) {
            throw new LinstorApiCallError(
                    call,
                    List.of(new ApiCallResponse(
                            Consts.FAIL_INVLD_REQUEST | Consts.MASK_VLM_GRP,
                            call + " lists the volume groups of one resource group; " + names.size()
                                    + " names were given.",
                            "",
                            "Name exactly one resource group in the filter's names.",
                            "",
                            Map.of(),
                            List.of())));
        }
        return rest.list(
                call, path("resource-groups", names.get(0), "volume-groups"), timeout, JsonViews::volumeGroupList);
    }
}
