package io.linstorj.client.internal.rest;

import com.google.protobuf.MessageLite;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The table from the calls of LINSTOR's client protocol to LINSTOR's REST API v1: each call, with
 * its request message ({@code io.linstorj.protocol.linstor}, read as the controller's
 * LINSTOR-dialect table reads it), goes to the class of its object family, which sends its HTTP
 * request(s) and turns the JSON answer into the call's answer: the wire list message
 * {@link JsonViews} builds, or the entries. Before that, a call the controller's REST API version
 * does not have yet is refused ({@link ApiVersionGate}).
 *
 * <p>Status handling as LINSTOR's own clients do it ({@link RestRequests}). Lists use only the
 * list endpoints with their query filters, never the single-object GETs that LINBIT's controller
 * lacks for some objects, and filter by name where the spec has no query filter (names compare
 * case-insensitively, as LINSTOR's do).
 */
final class RestCalls {
    /** One call's translation, given the call's name, its request message and its timeout. */
    @FunctionalInterface
    interface Translation<M> {
        RestAnswer send(String call, M request, Duration timeout);
    }

    /** The Java API's names of the clone calls, for the refusal of a controller too old for them. */
    private static final Map<String, String> CLONE_CALLS =
            Map.of(ApiCalls.CLONE_RSC_DFN, "resourceDfnClone", ApiCalls.CLONE_RSC_DFN_STATUS, "resourceDfnCloneStatus");

    private final ApiVersionGate gate;
    private final Map<String, Translation<MessageLite>> table;

    RestCalls(HttpExchange http, ControllerVersion version) {
        this.gate = new ApiVersionGate(version.restApiVersion(), http.address().toString());
        this.table = table(new RestRequests(http));
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
        Translation<MessageLite> translation = table.get(call);
        if (translation == null) {
            throw new LinstorError(call + " is not supported over REST by this client");
        }
        return translation.send(call, body, timeout);
    }

    private static Map<String, Translation<MessageLite>> table(RestRequests rest) {
        NodeCalls nodes = new NodeCalls(rest);
        StoragePoolCalls pools = new StoragePoolCalls(rest);
        DefinitionCalls definitions = new DefinitionCalls(rest);
        ResourceCalls resources = new ResourceCalls(rest);
        GroupCalls groups = new GroupCalls(rest);
        SnapshotCloneCalls snapshots = new SnapshotCloneCalls(rest);
        PropertyCalls props = new PropertyCalls(rest);
        return Map.ofEntries(
                on(ApiCalls.CRT_NODE, MsgCrtNode.class, nodes::create),
                on(ApiCalls.MOD_NODE, MsgModNode.class, nodes::modify),
                on(ApiCalls.DEL_NODE, MsgDelNode.class, nodes::delete),
                on(ApiCalls.LOST_NODE, MsgDelNode.class, nodes::lost),
                onList(ApiCalls.LST_NODE, nodes::list),
                on(ApiCalls.CRT_NET_IF, MsgCrtNetInterface.class, nodes::createNetInterface),
                on(ApiCalls.MOD_NET_IF, MsgModNetInterface.class, nodes::modifyNetInterface),
                on(ApiCalls.DEL_NET_IF, MsgDelNetInterface.class, nodes::deleteNetInterface),
                on(ApiCalls.CRT_STOR_POOL_DFN, MsgCrtStorPoolDfn.class, pools::createDefinition),
                on(ApiCalls.MOD_STOR_POOL_DFN, MsgModStorPoolDfn.class, pools::modifyDefinition),
                on(ApiCalls.DEL_STOR_POOL_DFN, MsgDelStorPoolDfn.class, pools::deleteDefinition),
                onList(ApiCalls.LST_STOR_POOL_DFN, pools::listDefinitions),
                on(ApiCalls.CRT_STOR_POOL, MsgCrtStorPool.class, pools::create),
                on(ApiCalls.MOD_STOR_POOL, MsgModStorPool.class, pools::modify),
                on(ApiCalls.DEL_STOR_POOL, MsgDelStorPool.class, pools::delete),
                onList(ApiCalls.LST_STOR_POOL, pools::list),
                on(ApiCalls.CRT_RSC_DFN, MsgCrtRscDfn.class, definitions::createResourceDefinition),
                on(ApiCalls.MOD_RSC_DFN, MsgModRscDfn.class, definitions::modifyResourceDefinition),
                on(ApiCalls.DEL_RSC_DFN, MsgDelRscDfn.class, definitions::deleteResourceDefinition),
                onList(ApiCalls.LST_RSC_DFN, definitions::listResourceDefinitions),
                on(ApiCalls.CRT_VLM_DFN, MsgCrtVlmDfn.class, definitions::createVolumeDefinition),
                on(ApiCalls.MOD_VLM_DFN, MsgModVlmDfn.class, definitions::modifyVolumeDefinition),
                on(ApiCalls.DEL_VLM_DFN, MsgDelVlmDfn.class, definitions::deleteVolumeDefinition),
                on(ApiCalls.CRT_RSC, MsgCrtRsc.class, resources::create),
                on(ApiCalls.MOD_RSC, MsgModRsc.class, resources::modify),
                on(ApiCalls.DEL_RSC, MsgDelRsc.class, resources::delete),
                onList(ApiCalls.LST_RSC, resources::list),
                onList(ApiCalls.LST_VLM, resources::list),
                on(ApiCalls.TOGGLE_DISK, MsgToggleDisk.class, resources::toggleDisk),
                on(ApiCalls.AUTO_PLACE_RSC, MsgAutoPlaceRsc.class, resources::autoPlace),
                on(ApiCalls.CRT_RSC_GRP, MsgCrtRscGrp.class, groups::createResourceGroup),
                on(ApiCalls.MOD_RSC_GRP, MsgModRscGrp.class, groups::modifyResourceGroup),
                on(ApiCalls.DEL_RSC_GRP, MsgDelRscGrp.class, groups::deleteResourceGroup),
                onList(ApiCalls.LST_RSC_GRP, groups::listResourceGroups),
                on(ApiCalls.CRT_VLM_GRP, MsgCrtVlmGrp.class, groups::createVolumeGroup),
                on(ApiCalls.MOD_VLM_GRP, MsgModVlmGrp.class, groups::modifyVolumeGroup),
                on(ApiCalls.DEL_VLM_GRP, MsgDelVlmGrp.class, groups::deleteVolumeGroup),
                onList(ApiCalls.LST_VLM_GRP, groups::listVolumeGroups),
                on(ApiCalls.SPAWN_RSC_DFN, MsgSpawnRscDfn.class, groups::spawn),
                on(ApiCalls.CRT_SNAPSHOT, MsgCrtSnapshot.class, snapshots::create),
                on(ApiCalls.DEL_SNAPSHOT, MsgDelSnapshot.class, snapshots::delete),
                onList(ApiCalls.LST_SNAPSHOT_DFN, snapshots::list),
                on(ApiCalls.RESTORE_VLM_DFN, MsgRestoreSnapshotVlmDfn.class, snapshots::restoreVolumeDefinitions),
                on(ApiCalls.RESTORE_SNAPSHOT, MsgRestoreSnapshotRsc.class, snapshots::restoreResources),
                on(ApiCalls.ROLLBACK_SNAPSHOT, MsgRollbackSnapshot.class, snapshots::rollback),
                on(ApiCalls.CLONE_RSC_DFN, MsgCloneRscDfn.class, snapshots::cloneDefinition),
                on(ApiCalls.CLONE_RSC_DFN_STATUS, MsgCloneRscDfnStatus.class, snapshots::cloneStatus),
                onList(ApiCalls.LST_CTRL_PROPS, props::listControllerProps),
                on(ApiCalls.SET_CTRL_PROP, MsgModCtrl.class, props::setControllerProps),
                on(ApiCalls.DEL_CTRL_PROP, MsgDelCtrlProp.class, props::deleteControllerProp),
                on(ApiCalls.MOD_KVS, MsgModKvs.class, props::modifyKeyValueStore),
                on(ApiCalls.DEL_KVS, MsgDelKvs.class, props::deleteKeyValueStore),
                onList(ApiCalls.LST_KVS, props::listKeyValueStores));
    }

    /** A call whose request message is a {@code type}. */
    private static <M extends MessageLite> Map.Entry<String, Translation<MessageLite>> on(
            String call, Class<M> type, Translation<M> translation) {
        return Map.entry(call, (name, body, timeout) -> translation.send(name, type.cast(body), timeout));
    }

    /** A list call, whose optional Filter body absent means "all". */
    private static Map.Entry<String, Translation<MessageLite>> onList(String call, Translation<Filter> translation) {
        return Map.entry(call, (name, body, timeout) -> translation.send(name, RestRequests.filter(body), timeout));
    }
}
