package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.internal.Durations;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgAutoPlaceRsc;
import io.linstorj.protocol.proto.MsgCrtNetIf;
import io.linstorj.protocol.proto.MsgCrtNode;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtStorPool;
import io.linstorj.protocol.proto.MsgCrtStorPoolDfn;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgCrtVlmGrp;
import io.linstorj.protocol.proto.MsgDelCtrlProp;
import io.linstorj.protocol.proto.MsgDelKvs;
import io.linstorj.protocol.proto.MsgDelNetIf;
import io.linstorj.protocol.proto.MsgDelNode;
import io.linstorj.protocol.proto.MsgDelRsc;
import io.linstorj.protocol.proto.MsgDelRscDfn;
import io.linstorj.protocol.proto.MsgDelRscGrp;
import io.linstorj.protocol.proto.MsgDelStorPool;
import io.linstorj.protocol.proto.MsgDelStorPoolDfn;
import io.linstorj.protocol.proto.MsgDelVlmDfn;
import io.linstorj.protocol.proto.MsgDelVlmGrp;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgLstCtrlProps;
import io.linstorj.protocol.proto.MsgLstKvs;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstRscGrp;
import io.linstorj.protocol.proto.MsgLstStorPool;
import io.linstorj.protocol.proto.MsgLstStorPoolDfn;
import io.linstorj.protocol.proto.MsgLstVlmGrp;
import io.linstorj.protocol.proto.MsgModKvs;
import io.linstorj.protocol.proto.MsgModNetIf;
import io.linstorj.protocol.proto.MsgModNode;
import io.linstorj.protocol.proto.MsgModRscDfn;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgModStorPool;
import io.linstorj.protocol.proto.MsgModVlmDfn;
import io.linstorj.protocol.proto.MsgModVlmGrp;
import io.linstorj.protocol.proto.MsgSetCtrlProp;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.MsgToggleDisk;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The table from the client protocol's calls to LINSTOR's REST API v1: each call with its
 * request body becomes one HTTP request (the resource group list one per group more, for the
 * volume groups), and its JSON answer becomes the call's answer.
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

    private final HttpExchange http;
    private final ApiVersionGate gate;

    RestCalls(HttpExchange http, ControllerVersion version) {
        this.http = http;
        this.gate = new ApiVersionGate(version.restApiVersion(), http.address().toString());
    }

    /** What the controller's REST API version allows. */
    ApiVersionGate gate() {
        return gate;
    }

    /**
     * Runs {@code call} over REST.
     *
     * @throws LinstorNetworkError if no answer came or the answer is not LINSTOR's
     * @throws LinstorError if the call has no REST counterpart in this client, or the
     *     controller's REST API version is too old for it
     */
    RestAnswer call(String call, List<MessageLite> bodies, Duration timeout) {
        gate.require(call, call);
        MessageLite body = bodies.isEmpty() ? MsgListFilter.getDefaultInstance() : bodies.get(0);
        return switch (call) {
            case ApiCalls.CRT_NODE ->
                mutate(call, "POST", "/v1/nodes", JsonBodies.node(((MsgCrtNode) body).getNode()), timeout);
            case ApiCalls.MOD_NODE -> {
                MsgModNode modify = (MsgModNode) body;
                yield mutate(
                        call,
                        "PUT",
                        path("nodes", modify.getNodeName()),
                        JsonBodies.nodeModify(modify.getNodeType(), modify.getProps()),
                        timeout);
            }
            case ApiCalls.DEL_NODE ->
                mutate(call, "DELETE", path("nodes", ((MsgDelNode) body).getNodeName()), null, timeout);
            case ApiCalls.LST_NODE ->
                list(
                        call,
                        "/v1/nodes" + query("nodes", filter(body).getNodeNamesList()),
                        timeout,
                        json -> MsgLstNode.newBuilder()
                                .addAllNodes(map(json, JsonViews::node))
                                .build());
            case ApiCalls.CRT_NET_IF -> {
                MsgCrtNetIf create = (MsgCrtNetIf) body;
                yield mutate(
                        call,
                        "POST",
                        path("nodes", create.getNodeName(), "net-interfaces"),
                        JsonBodies.netInterface(create.getNetIf()),
                        timeout);
            }
            case ApiCalls.MOD_NET_IF -> {
                MsgModNetIf modify = (MsgModNetIf) body;
                yield mutate(
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
                MsgDelNetIf delete = (MsgDelNetIf) body;
                yield mutate(
                        call,
                        "DELETE",
                        path("nodes", delete.getNodeName(), "net-interfaces", delete.getNetIfName()),
                        null,
                        timeout);
            }
            case ApiCalls.CRT_STOR_POOL_DFN ->
                mutate(
                        call,
                        "POST",
                        "/v1/storage-pool-definitions",
                        JsonBodies.storagePoolDefinition(((MsgCrtStorPoolDfn) body).getStoragePoolDefinition()),
                        timeout);
            case ApiCalls.DEL_STOR_POOL_DFN ->
                mutate(
                        call,
                        "DELETE",
                        path("storage-pool-definitions", ((MsgDelStorPoolDfn) body).getStoragePoolName()),
                        null,
                        timeout);
            case ApiCalls.LST_STOR_POOL_DFN -> {
                Set<String> names = lowerCase(filter(body).getStoragePoolNamesList());
                yield list(
                        call,
                        "/v1/storage-pool-definitions",
                        timeout,
                        json -> MsgLstStorPoolDfn.newBuilder()
                                .addAllStoragePoolDefinitions(map(json, JsonViews::storagePoolDefinition).stream()
                                        .filter(definition ->
                                                names.isEmpty() || names.contains(lower(definition.getName())))
                                        .toList())
                                .build());
            }
            case ApiCalls.CRT_STOR_POOL -> {
                MsgCrtStorPool create = (MsgCrtStorPool) body;
                yield mutate(
                        call,
                        "POST",
                        path("nodes", create.getStoragePool().getNodeName(), "storage-pools"),
                        JsonBodies.storagePool(create),
                        timeout);
            }
            case ApiCalls.MOD_STOR_POOL -> {
                MsgModStorPool modify = (MsgModStorPool) body;
                yield mutate(
                        call,
                        "PUT",
                        path("nodes", modify.getNodeName(), "storage-pools", modify.getStoragePoolName()),
                        JsonBodies.propsModify(modify.getProps()),
                        timeout);
            }
            case ApiCalls.DEL_STOR_POOL -> {
                MsgDelStorPool delete = (MsgDelStorPool) body;
                yield mutate(
                        call,
                        "DELETE",
                        path("nodes", delete.getNodeName(), "storage-pools", delete.getStoragePoolName()),
                        null,
                        timeout);
            }
            case ApiCalls.LST_STOR_POOL -> {
                MsgListFilter filter = filter(body);
                yield list(
                        call,
                        "/v1/view/storage-pools"
                                + query(
                                        "nodes",
                                        filter.getNodeNamesList(),
                                        "storage_pools",
                                        filter.getStoragePoolNamesList()),
                        timeout,
                        json -> MsgLstStorPool.newBuilder()
                                .addAllStoragePools(map(json, JsonViews::storagePool))
                                .build());
            }
            case ApiCalls.CRT_RSC_DFN ->
                mutate(
                        call,
                        "POST",
                        "/v1/resource-definitions",
                        JsonBodies.resourceDefinition((MsgCrtRscDfn) body),
                        timeout);
            case ApiCalls.MOD_RSC_DFN -> {
                MsgModRscDfn modify = (MsgModRscDfn) body;
                yield mutate(
                        call,
                        "PUT",
                        path("resource-definitions", modify.getResourceName()),
                        JsonBodies.propsModify(modify.getProps()),
                        timeout);
            }
            case ApiCalls.DEL_RSC_DFN ->
                mutate(
                        call,
                        "DELETE",
                        path("resource-definitions", ((MsgDelRscDfn) body).getResourceName()),
                        null,
                        timeout);
            case ApiCalls.LST_RSC_DFN ->
                list(
                        call,
                        "/v1/resource-definitions"
                                + query(
                                        "resource_definitions",
                                        filter(body).getResourceNamesList(),
                                        "with_volume_definitions",
                                        List.of("true")),
                        timeout,
                        json -> MsgLstRscDfn.newBuilder()
                                .addAllResourceDefinitions(map(json, JsonViews::resourceDefinition))
                                .build());
            case ApiCalls.CRT_VLM_DFN -> {
                MsgCrtVlmDfn create = (MsgCrtVlmDfn) body;
                yield mutate(
                        call,
                        "POST",
                        path("resource-definitions", create.getResourceName(), "volume-definitions"),
                        JsonBodies.volumeDefinition(create),
                        timeout);
            }
            case ApiCalls.MOD_VLM_DFN -> {
                MsgModVlmDfn modify = (MsgModVlmDfn) body;
                yield mutate(
                        call,
                        "PUT",
                        path(
                                "resource-definitions",
                                modify.getResourceName(),
                                "volume-definitions",
                                Integer.toString(modify.getVolumeNumber())),
                        JsonBodies.volumeDefinitionModify(modify),
                        timeout);
            }
            case ApiCalls.DEL_VLM_DFN -> {
                MsgDelVlmDfn delete = (MsgDelVlmDfn) body;
                yield mutate(
                        call,
                        "DELETE",
                        path(
                                "resource-definitions",
                                delete.getResourceName(),
                                "volume-definitions",
                                Integer.toString(delete.getVolumeNumber())),
                        null,
                        timeout);
            }
            case ApiCalls.CRT_RSC -> {
                MsgCrtRsc create = (MsgCrtRsc) body;
                yield mutate(
                        call,
                        "POST",
                        path("resource-definitions", create.getResourceName(), "resources"),
                        JsonBodies.resourceCreate(create),
                        timeout);
            }
            case ApiCalls.DEL_RSC -> {
                MsgDelRsc delete = (MsgDelRsc) body;
                yield mutate(
                        call,
                        "DELETE",
                        path("resource-definitions", delete.getResourceName(), "resources", delete.getNodeName()),
                        null,
                        timeout);
            }
            case ApiCalls.LST_RSC, ApiCalls.LST_VLM -> {
                MsgListFilter filter = filter(body);
                yield list(
                        call,
                        "/v1/view/resources"
                                + query(
                                        "nodes",
                                        filter.getNodeNamesList(),
                                        "resources",
                                        filter.getResourceNamesList(),
                                        "storage_pools",
                                        filter.getStoragePoolNamesList()),
                        timeout,
                        json -> MsgLstRsc.newBuilder()
                                .addAllResources(map(json, JsonViews::resource))
                                .build());
            }
            case ApiCalls.TOGGLE_DISK -> {
                MsgToggleDisk toggle = (MsgToggleDisk) body;
                String resource = path(
                        "resource-definitions",
                        toggle.getResourceName(),
                        "resources",
                        toggle.getNodeName(),
                        "toggle-disk");
                String target = toggle.getDiskless()
                        ? "/diskless"
                        : toggle.getStoragePoolName().isEmpty()
                                ? "/diskful"
                                : "/diskful/" + segment(toggle.getStoragePoolName());
                yield mutate(call, "PUT", resource + target, null, timeout);
            }
            case ApiCalls.AUTO_PLACE_RSC -> {
                MsgAutoPlaceRsc place = (MsgAutoPlaceRsc) body;
                yield mutate(
                        call,
                        "POST",
                        path("resource-definitions", place.getResourceName(), "autoplace"),
                        JsonBodies.autoPlace(place.getSelectFilter()),
                        timeout);
            }
            case ApiCalls.LST_CTRL_PROPS ->
                list(
                        call,
                        "/v1/controller/properties",
                        timeout,
                        json -> MsgLstCtrlProps.newBuilder()
                                .putAllProps(JsonViews.map(json))
                                .build());
            case ApiCalls.SET_CTRL_PROP -> {
                MsgSetCtrlProp set = (MsgSetCtrlProp) body;
                ObjectNode json = JSON.objectNode();
                json.putObject("override_props").put(set.getKey(), set.getValue());
                yield mutate(call, "POST", "/v1/controller/properties", json, timeout);
            }
            case ApiCalls.DEL_CTRL_PROP -> {
                // A key holds slashes: the modify body names it whole, which every controller reads alike.
                ObjectNode json = JSON.objectNode();
                json.putArray("delete_props").add(((MsgDelCtrlProp) body).getKey());
                yield mutate(call, "POST", "/v1/controller/properties", json, timeout);
            }
            case ApiCalls.MOD_KVS -> {
                MsgModKvs modify = (MsgModKvs) body;
                yield mutate(
                        call,
                        "PUT",
                        path("key-value-store", modify.getKvsName()),
                        JsonBodies.propsModify(modify.getProps()),
                        timeout);
            }
            case ApiCalls.DEL_KVS ->
                mutate(call, "DELETE", path("key-value-store", ((MsgDelKvs) body).getKvsName()), null, timeout);
            case ApiCalls.LST_KVS -> {
                Set<String> names = lowerCase(filter(body).getNamesList());
                yield list(
                        call,
                        "/v1/key-value-store",
                        timeout,
                        json -> MsgLstKvs.newBuilder()
                                .addAllKeyValueStores(map(json, JsonViews::keyValueStore).stream()
                                        .filter(store -> names.isEmpty() || names.contains(lower(store.getName())))
                                        .toList())
                                .build());
            }
            case ApiCalls.CRT_RSC_GRP ->
                mutate(
                        call,
                        "POST",
                        "/v1/resource-groups",
                        JsonBodies.resourceGroup(((MsgCrtRscGrp) body).getResourceGroup()),
                        timeout);
            case ApiCalls.MOD_RSC_GRP -> {
                MsgModRscGrp modify = (MsgModRscGrp) body;
                yield mutate(
                        call,
                        "PUT",
                        path("resource-groups", modify.getResourceGroupName()),
                        JsonBodies.resourceGroupModify(modify),
                        timeout);
            }
            case ApiCalls.DEL_RSC_GRP ->
                mutate(
                        call,
                        "DELETE",
                        path("resource-groups", ((MsgDelRscGrp) body).getResourceGroupName()),
                        null,
                        timeout);
            case ApiCalls.LST_RSC_GRP -> resourceGroups(call, filter(body).getNamesList(), timeout);
            case ApiCalls.CRT_VLM_GRP -> {
                MsgCrtVlmGrp create = (MsgCrtVlmGrp) body;
                yield mutate(
                        call,
                        "POST",
                        path("resource-groups", create.getResourceGroupName(), "volume-groups"),
                        JsonBodies.volumeGroup(create),
                        timeout);
            }
            case ApiCalls.MOD_VLM_GRP -> {
                MsgModVlmGrp modify = (MsgModVlmGrp) body;
                yield mutate(
                        call,
                        "PUT",
                        path(
                                "resource-groups",
                                modify.getResourceGroupName(),
                                "volume-groups",
                                Integer.toString(modify.getVolumeNumber())),
                        JsonBodies.propsModify(modify.getProps()),
                        timeout);
            }
            case ApiCalls.DEL_VLM_GRP -> {
                MsgDelVlmGrp delete = (MsgDelVlmGrp) body;
                yield mutate(
                        call,
                        "DELETE",
                        path(
                                "resource-groups",
                                delete.getResourceGroupName(),
                                "volume-groups",
                                Integer.toString(delete.getVolumeNumber())),
                        null,
                        timeout);
            }
            case ApiCalls.LST_VLM_GRP ->
                list(
                        call,
                        path("resource-groups", filter(body).getNames(0), "volume-groups"),
                        timeout,
                        json -> MsgLstVlmGrp.newBuilder()
                                .addAllVolumeGroups(map(json, JsonViews::volumeGroup))
                                .build());
            case ApiCalls.SPAWN_RSC_DFN -> {
                MsgSpawnRscDfn spawn = (MsgSpawnRscDfn) body;
                yield mutate(
                        call,
                        "POST",
                        path("resource-groups", spawn.getResourceGroupName(), "spawn"),
                        JsonBodies.spawn(spawn),
                        timeout);
            }
            default -> throw new LinstorError(call + " is not supported over REST by this client");
        };
    }

    RestAnswer mutate(String call, String method, String path, @Nullable JsonNode body, Duration timeout) {
        HttpAnswer answer = http.send(method, path, body, timeout);
        if (JsonViews.isApiCallRcList(answer.body())) {
            return RestAnswer.ofReplies(call, JsonViews.apiCallRcs(answer.body()));
        }
        if (answer.isSuccess()) {
            return RestAnswer.ofReplies(call, List.of());
        }
        throw notLinstor(method, path, answer);
    }

    private RestAnswer list(String call, String path, Duration timeout, Function<JsonNode, MessageLite> build) {
        HttpAnswer answer = http.send("GET", path, null, timeout);
        if (!answer.isSuccess()) {
            return refusal(call, "GET", path, answer);
        }
        return RestAnswer.ofList(call, build.apply(answer.body()));
    }

    /** Every group of the list, each with its volume groups, which REST lists under the group. */
    private RestAnswer resourceGroups(String call, List<String> names, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = "/v1/resource-groups" + query("resource_groups", names);
        HttpAnswer groups = http.send("GET", path, null, timeout);
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
            HttpAnswer volumeGroups = http.send("GET", volumesPath, null, left);
            if (!volumeGroups.isSuccess()) {
                return refusal(call, "GET", volumesPath, volumeGroups);
            }
            list.addResourceGroups(JsonViews.resourceGroup(group, volumeGroups.body()));
        }
        return RestAnswer.ofList(call, list.build());
    }

    static RestAnswer refusal(String call, String method, String path, HttpAnswer answer) {
        if (!JsonViews.isApiCallRcList(answer.body())) {
            throw notLinstor(method, path, answer);
        }
        List<ApiCallResponse> replies = JsonViews.apiCallRcs(answer.body());
        if (replies.stream().noneMatch(ApiCallResponse::isError)) {
            // A status of 400 or more is a refusal, whatever ret_code the body carries.
            throw new LinstorApiCallError(call, replies);
        }
        return RestAnswer.ofReplies(call, replies);
    }

    static LinstorNetworkError notLinstor(String method, String path, HttpAnswer answer) {
        String body =
                answer.body().isMissingNode() ? "an empty body" : answer.body().toString();
        return new LinstorNetworkError("the controller answered " + method + " " + path + " with HTTP "
                + answer.status() + " and " + (body.length() > 200 ? body.substring(0, 200) + "..." : body)
                + ", not LINSTOR's ApiCallRc list; the controller may have applied the call");
    }

    private static MsgListFilter filter(MessageLite body) {
        return body instanceof MsgListFilter filter ? filter : MsgListFilter.getDefaultInstance();
    }

    private static <T> List<T> map(JsonNode json, Function<JsonNode, T> view) {
        return JsonViews.elements(json).stream().map(view).toList();
    }

    /** {@code /v1/first/second/...} with every segment percent-encoded. */
    static String path(String collection, String... segments) {
        StringBuilder path = new StringBuilder("/v1/").append(collection);
        for (String segment : segments) {
            path.append('/').append(segment(segment));
        }
        return path.toString();
    }

    static String segment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query of {@code name, values, name, values, ...}: each value repeats its name; empty lists are left out. */
    @SuppressWarnings("unchecked")
    static String query(Object... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            for (String value : (List<String>) namesAndValues[i + 1]) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(segment(value));
            }
        }
        return query.toString();
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(RestCalls::lower).collect(Collectors.toSet());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
