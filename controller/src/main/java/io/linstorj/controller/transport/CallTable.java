package io.linstorj.controller.transport;

import static io.linstorj.controller.transport.ReplyMessages.filter;
import static io.linstorj.controller.transport.ReplyMessages.propsChange;
import static io.linstorj.controller.transport.ReplyMessages.reply;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.group.GroupServices;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.SubmitterScope;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The client protocol's dispatch table: every call name ({@link ApiCalls}) with the handler that
 * parses its body, calls a service and translates the answer. Calls missing here are answered
 * UNKNOWN_API_CALL by the connection handler.
 */
public final class CallTable {
    private CallTable() {}

    /** Builds the table over {@code services}. */
    public static Map<String, CallHandler> create(ControllerServices services, EventHub events) {
        Map<String, CallHandler> table = new LinkedHashMap<>();
        addNodeCalls(table, services);
        addStorageCalls(table, services);
        addResourceCalls(table, services.resources());
        addPropsAndKeyValueCalls(table, services);
        addPlacementCalls(table, services);
        addGroupCalls(table, services.groups());
        SnapshotCallHandlers.addTo(table, services.snapshots());
        WatchCalls watches = new WatchCalls(events);
        table.put(ApiCalls.CRT_WATCH, watches::create);
        table.put(ApiCalls.DEL_WATCH, watches::delete);
        // The client's keep-alive: an idle connection that pings is not closed by the idle timeout.
        table.put(
                ApiCalls.PING,
                (session, call) -> CompletableFuture.completedFuture(new CallAnswer(ApiCalls.PONG, List.of())));
        table.replaceAll((name, handler) -> asSessionSubmitter(services.submitters(), handler));
        return Collections.unmodifiableMap(table);
    }

    /** Runs {@code handler} with its session as the submitter of what it writes, for the writer's fairness. */
    static CallHandler asSessionSubmitter(SubmitterScope submitters, CallHandler handler) {
        return (session, call) ->
                submitters.callAs(SubmitterScope.session(session.id()), () -> handler.handle(session, call));
    }

    private static void addNodeCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(
                ApiCalls.CRT_NODE,
                (session, call) -> reply(services.nodes()
                        .create(NodeMessages.createRequest(
                                call.body(0, MsgCrtNode.parser()).getNode()))));
        table.put(ApiCalls.MOD_NODE, (session, call) -> {
            MsgModNode body = call.body(0, MsgModNode.parser());
            return reply(services.nodes().modify(body.getNodeName(), propsChange(body.getProps()), body.getNodeType()));
        });
        table.put(
                ApiCalls.DEL_NODE,
                (session, call) -> reply(services.nodes()
                        .delete(call.body(0, MsgDelNode.parser()).getNodeName())));
        table.put(
                ApiCalls.LST_NODE,
                (session, call) -> services.nodes()
                        .list(filter(call).getNodeNamesList())
                        .thenApply(nodes -> new CallAnswer(ApiCalls.LST_NODE, List.of(NodeMessages.nodeList(nodes)))));
        table.put(ApiCalls.CRT_NET_IF, (session, call) -> {
            MsgCrtNetIf body = call.body(0, MsgCrtNetIf.parser());
            return reply(services.netInterfaces()
                    .create(body.getNodeName(), NodeMessages.netInterfaceRequest(body.getNetIf())));
        });
        table.put(ApiCalls.MOD_NET_IF, (session, call) -> {
            MsgModNetIf body = call.body(0, MsgModNetIf.parser());
            return reply(services.netInterfaces()
                    .modify(body.getNodeName(), NodeMessages.netInterfaceRequest(body.getNetIf())));
        });
        table.put(ApiCalls.DEL_NET_IF, (session, call) -> {
            MsgDelNetIf body = call.body(0, MsgDelNetIf.parser());
            return reply(services.netInterfaces().delete(body.getNodeName(), body.getNetIfName()));
        });
    }

    private static void addStorageCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(ApiCalls.CRT_STOR_POOL_DFN, (session, call) -> {
            var definition = call.body(0, MsgCrtStorPoolDfn.parser()).getStoragePoolDefinition();
            return reply(services.storagePoolDefinitions().create(definition.getName(), definition.getPropsMap()));
        });
        table.put(
                ApiCalls.DEL_STOR_POOL_DFN,
                (session, call) -> reply(services.storagePoolDefinitions()
                        .delete(call.body(0, MsgDelStorPoolDfn.parser()).getStoragePoolName())));
        table.put(
                ApiCalls.LST_STOR_POOL_DFN,
                (session, call) -> services.storagePoolDefinitions()
                        .list(filter(call).getStoragePoolNamesList())
                        .thenApply(list -> new CallAnswer(
                                ApiCalls.LST_STOR_POOL_DFN, List.of(StorageMessages.definitionList(list)))));
        table.put(
                ApiCalls.CRT_STOR_POOL,
                (session, call) -> reply(services.storagePools()
                        .create(StorageMessages.createRequest(
                                call.body(0, MsgCrtStorPool.parser()).getStoragePool()))));
        table.put(ApiCalls.MOD_STOR_POOL, (session, call) -> {
            MsgModStorPool body = call.body(0, MsgModStorPool.parser());
            return reply(services.storagePools()
                    .modify(body.getNodeName(), body.getStoragePoolName(), propsChange(body.getProps())));
        });
        table.put(ApiCalls.DEL_STOR_POOL, (session, call) -> {
            MsgDelStorPool body = call.body(0, MsgDelStorPool.parser());
            return reply(services.storagePools().delete(body.getNodeName(), body.getStoragePoolName()));
        });
        table.put(ApiCalls.LST_STOR_POOL, (session, call) -> {
            MsgListFilter filter = filter(call);
            return services.storagePools()
                    .list(filter.getNodeNamesList(), filter.getStoragePoolNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_STOR_POOL, List.of(StorageMessages.poolList(list))));
        });
    }

    private static void addResourceCalls(Map<String, CallHandler> table, ResourceServices services) {
        table.put(
                ApiCalls.CRT_RSC_DFN,
                (session, call) -> reply(services.definitions()
                        .create(ResourceMessages.definitionRequest(
                                call.body(0, MsgCrtRscDfn.parser()).getResourceDefinition()))));
        table.put(ApiCalls.MOD_RSC_DFN, (session, call) -> {
            MsgModRscDfn body = call.body(0, MsgModRscDfn.parser());
            return reply(services.definitions().modify(body.getResourceName(), propsChange(body.getProps())));
        });
        table.put(
                ApiCalls.DEL_RSC_DFN,
                (session, call) -> reply(services.definitions()
                        .delete(call.body(0, MsgDelRscDfn.parser()).getResourceName())));
        table.put(
                ApiCalls.LST_RSC_DFN,
                (session, call) -> services.definitions()
                        .list(filter(call).getResourceNamesList())
                        .thenApply(list ->
                                new CallAnswer(ApiCalls.LST_RSC_DFN, List.of(ResourceMessages.definitionList(list)))));
        table.put(ApiCalls.CRT_VLM_DFN, (session, call) -> {
            MsgCrtVlmDfn body = call.body(0, MsgCrtVlmDfn.parser());
            return reply(services.volumeDefinitions()
                    .create(
                            body.getResourceName(),
                            body.getVolumeDefinitionsList().stream()
                                    .map(ResourceMessages::volumeRequest)
                                    .toList()));
        });
        table.put(ApiCalls.MOD_VLM_DFN, (session, call) -> {
            MsgModVlmDfn body = call.body(0, MsgModVlmDfn.parser());
            return reply(services.volumeDefinitions()
                    .modify(
                            body.getResourceName(),
                            body.getVolumeNumber(),
                            body.hasSizeKib() ? body.getSizeKib() : null,
                            propsChange(body.getProps())));
        });
        table.put(ApiCalls.DEL_VLM_DFN, (session, call) -> {
            MsgDelVlmDfn body = call.body(0, MsgDelVlmDfn.parser());
            return reply(services.volumeDefinitions().delete(body.getResourceName(), body.getVolumeNumber()));
        });
        table.put(
                ApiCalls.CRT_RSC,
                (session, call) -> reply(services.resources()
                        .create(ResourceMessages.resourceRequest(call.body(0, MsgCrtRsc.parser())))));
        table.put(ApiCalls.DEL_RSC, (session, call) -> {
            MsgDelRsc body = call.body(0, MsgDelRsc.parser());
            return reply(services.resources().delete(body.getResourceName(), body.getNodeName()));
        });
        table.put(ApiCalls.LST_RSC, (session, call) -> {
            MsgListFilter filter = filter(call);
            return services.resources()
                    .list(filter.getNodeNamesList(), filter.getResourceNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_RSC, List.of(ResourceMessages.resourceList(list))));
        });
        table.put(ApiCalls.LST_VLM, (session, call) -> {
            MsgListFilter filter = filter(call);
            return services.resources()
                    .listVolumes(
                            filter.getNodeNamesList(), filter.getResourceNamesList(), filter.getStoragePoolNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_VLM, List.of(ResourceMessages.resourceList(list))));
        });
    }

    private static void addPlacementCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(ApiCalls.AUTO_PLACE_RSC, (session, call) -> {
            MsgAutoPlaceRsc body = call.body(0, MsgAutoPlaceRsc.parser());
            return reply(services.autoplace()
                    .autoplace(body.getResourceName(), PlacementMessages.filter(body.getSelectFilter())));
        });
        table.put(ApiCalls.TOGGLE_DISK, (session, call) -> {
            MsgToggleDisk body = call.body(0, MsgToggleDisk.parser());
            return reply(services.resources()
                    .toggleDisk()
                    .toggle(body.getResourceName(), body.getNodeName(), body.getDiskless(), body.getStoragePoolName()));
        });
    }

    private static void addGroupCalls(Map<String, CallHandler> table, GroupServices groups) {
        table.put(
                ApiCalls.CRT_RSC_GRP,
                (session, call) -> reply(groups.resourceGroups()
                        .create(GroupMessages.createRequest(
                                call.body(0, MsgCrtRscGrp.parser()).getResourceGroup()))));
        table.put(
                ApiCalls.MOD_RSC_GRP,
                (session, call) -> reply(groups.resourceGroups()
                        .modify(GroupMessages.modifyRequest(call.body(0, MsgModRscGrp.parser())))));
        table.put(
                ApiCalls.DEL_RSC_GRP,
                (session, call) -> reply(groups.resourceGroups()
                        .delete(call.body(0, MsgDelRscGrp.parser()).getResourceGroupName())));
        table.put(
                ApiCalls.LST_RSC_GRP,
                (session, call) -> groups.resourceGroups()
                        .list(filter(call).getNamesList())
                        .thenApply(
                                list -> new CallAnswer(ApiCalls.LST_RSC_GRP, List.of(GroupMessages.groupList(list)))));
        table.put(ApiCalls.CRT_VLM_GRP, (session, call) -> {
            MsgCrtVlmGrp body = call.body(0, MsgCrtVlmGrp.parser());
            return reply(groups.volumeGroups()
                    .create(
                            body.getResourceGroupName(),
                            body.getVolumeGroupsList().stream()
                                    .map(GroupMessages::volumeGroupRequest)
                                    .toList()));
        });
        table.put(ApiCalls.MOD_VLM_GRP, (session, call) -> {
            MsgModVlmGrp body = call.body(0, MsgModVlmGrp.parser());
            return reply(groups.volumeGroups()
                    .modify(body.getResourceGroupName(), body.getVolumeNumber(), propsChange(body.getProps())));
        });
        table.put(ApiCalls.DEL_VLM_GRP, (session, call) -> {
            MsgDelVlmGrp body = call.body(0, MsgDelVlmGrp.parser());
            return reply(groups.volumeGroups().delete(body.getResourceGroupName(), body.getVolumeNumber()));
        });
        table.put(ApiCalls.LST_VLM_GRP, (session, call) -> {
            List<String> names = filter(call).getNamesList();
            if (names.size() != 1) {
                return CompletableFuture.completedFuture(reply(List.of(ApiCallRc.of(
                                RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_VLM_GRP,
                                "LstVlmGrp lists the volume groups of one resource group; " + names.size()
                                        + " names were given.")
                        .withCorrection("Name exactly one resource group in the filter's names."))));
            }
            return groups.volumeGroups()
                    .list(names.get(0))
                    .thenApply(
                            list -> new CallAnswer(ApiCalls.LST_VLM_GRP, List.of(GroupMessages.volumeGroupList(list))));
        });
        table.put(
                ApiCalls.SPAWN_RSC_DFN,
                (session, call) ->
                        reply(groups.spawn().spawn(GroupMessages.spawnRequest(call.body(0, MsgSpawnRscDfn.parser())))));
    }

    private static void addPropsAndKeyValueCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(ApiCalls.SET_CTRL_PROP, (session, call) -> {
            MsgSetCtrlProp body = call.body(0, MsgSetCtrlProp.parser());
            return reply(services.controllerProps().set(body.getKey(), body.getValue()));
        });
        table.put(
                ApiCalls.DEL_CTRL_PROP,
                (session, call) -> reply(services.controllerProps()
                        .delete(call.body(0, MsgDelCtrlProp.parser()).getKey())));
        table.put(
                ApiCalls.LST_CTRL_PROPS,
                (session, call) -> services.controllerProps()
                        .list()
                        .thenApply(props -> new CallAnswer(
                                ApiCalls.LST_CTRL_PROPS,
                                List.of(MsgLstCtrlProps.newBuilder()
                                        .putAllProps(props)
                                        .build()))));
        table.put(ApiCalls.MOD_KVS, (session, call) -> {
            MsgModKvs body = call.body(0, MsgModKvs.parser());
            return reply(services.keyValueStores().modify(body.getKvsName(), propsChange(body.getProps())));
        });
        table.put(
                ApiCalls.DEL_KVS,
                (session, call) -> reply(services.keyValueStores()
                        .delete(call.body(0, MsgDelKvs.parser()).getKvsName())));
        table.put(
                ApiCalls.LST_KVS,
                (session, call) -> services.keyValueStores()
                        .list(filter(call).getNamesList())
                        .thenApply(stores -> new CallAnswer(ApiCalls.LST_KVS, List.of(keyValueStoreList(stores)))));
    }

    private static MsgLstKvs keyValueStoreList(List<KeyValueStore> stores) {
        MsgLstKvs.Builder list = MsgLstKvs.newBuilder();
        for (KeyValueStore store : stores) {
            list.addKeyValueStores(io.linstorj.protocol.proto.KeyValueStore.newBuilder()
                    .setName(store.name())
                    .putAllProps(store.props()));
        }
        return list.build();
    }
}
