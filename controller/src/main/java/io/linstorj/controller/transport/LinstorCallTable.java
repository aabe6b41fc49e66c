package io.linstorj.controller.transport;

import static io.linstorj.controller.transport.LinstorMessages.filter;
import static io.linstorj.controller.transport.LinstorMessages.map;
import static io.linstorj.controller.transport.LinstorMessages.propsChange;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.resource.ConfirmedDeletions;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.SubmitterScope;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtNetInterface;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtStorPoolDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgDelNetInterface;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelStorPool;
import io.linstorj.protocol.linstor.MsgDelStorPoolDfn;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModNetInterface;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRsc;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModStorPool;
import io.linstorj.protocol.linstor.MsgModStorPoolDfn;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The call table of the client port: LINSTOR's client protocol of 2019 (python-linstor 0.7 - 0.9),
 * LINSTOR's call names with LINSTOR's message shapes ({@code io.linstorj.protocol.linstor}), over
 * the controller's services; LinstorJ's own clients speak it too. What LinstorJ serves beyond LINSTOR's
 * protocol of 2019 (resource groups, clones, snapshot properties, ...) travels in LinstorJ's
 * additions to those schemas: new messages, or fields from number 100 on that LINSTOR's clients
 * skip. Calls LINSTOR had but LinstorJ does not
 * serve here are answered UNKNOWN_API_CALL by the connection handler; fields LinstorJ cannot
 * honour (a DRBD secret, another transport, a minor change) are refused, never ignored.
 */
public final class LinstorCallTable {
    /** Resource property naming the storage pool of a new resource, as python-linstor sets it. */
    static final String KEY_STOR_POOL_NAME = "StorPoolName";

    private LinstorCallTable() {}

    /** Builds the table over {@code services}. */
    public static Map<String, CallHandler> create(ControllerServices services, EventHub events) {
        Map<String, CallHandler> table = new LinkedHashMap<>();
        addNodeCalls(table, services);
        addStorageCalls(table, services);
        // Deletes answer once the satellites confirmed, as LINSTOR's did and as REST does.
        ConfirmedDeletions deletions = new ConfirmedDeletions(services.resources(), ConfirmedDeletions.DEFAULT_WAIT);
        addDefinitionCalls(table, services.resources(), deletions);
        addResourceCalls(table, services, deletions);
        addPropsAndKeyValueCalls(table, services);
        LinstorGroupCalls.addTo(table, services.groups());
        LinstorSnapshotCalls.addTo(table, services.snapshots());
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

    private static CompletableFuture<CallAnswer> reply(CompletableFuture<List<ApiCallRc>> replies) {
        return replies.thenApply(LinstorMessages::reply);
    }

    private static CompletableFuture<CallAnswer> refuse(long retCode, String message, String correction) {
        return CompletableFuture.completedFuture(
                LinstorMessages.reply(List.of(ApiCallRc.of(retCode, message).withCorrection(correction))));
    }

    private static void addNodeCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(
                ApiCalls.CRT_NODE,
                (session, call) -> reply(services.nodes()
                        .create(LinstorMessages.nodeRequest(
                                call.body(0, MsgCrtNode.parser()).getNode()))));
        table.put(ApiCalls.MOD_NODE, (session, call) -> {
            MsgModNode body = call.body(0, MsgModNode.parser());
            return reply(services.nodes()
                    .modify(
                            body.getNodeName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList()),
                            body.getNodeType()));
        });
        table.put(
                ApiCalls.DEL_NODE,
                (session, call) -> reply(services.nodes()
                        .delete(call.body(0, MsgDelNode.parser()).getNodeName())));
        table.put(
                ApiCalls.LOST_NODE,
                (session, call) -> reply(services.nodes()
                        .deleteLost(call.body(0, MsgDelNode.parser()).getNodeName())));
        table.put(
                ApiCalls.LST_NODE,
                (session, call) -> services.nodes()
                        .list(filter(call).getNodeNamesList())
                        .thenApply(
                                nodes -> new CallAnswer(ApiCalls.LST_NODE, List.of(LinstorMessages.nodeList(nodes)))));
        table.put(ApiCalls.CRT_NET_IF, (session, call) -> {
            MsgCrtNetInterface body = call.body(0, MsgCrtNetInterface.parser());
            return reply(services.netInterfaces()
                    .create(body.getNodeName(), LinstorMessages.netInterfaceRequest(body.getNetIf())));
        });
        table.put(ApiCalls.MOD_NET_IF, (session, call) -> {
            MsgModNetInterface body = call.body(0, MsgModNetInterface.parser());
            return reply(services.netInterfaces()
                    .modify(body.getNodeName(), LinstorMessages.netInterfaceRequest(body.getNetIf())));
        });
        table.put(ApiCalls.DEL_NET_IF, (session, call) -> {
            MsgDelNetInterface body = call.body(0, MsgDelNetInterface.parser());
            return reply(services.netInterfaces().delete(body.getNodeName(), body.getNetIfName()));
        });
    }

    private static void addStorageCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(ApiCalls.CRT_STOR_POOL_DFN, (session, call) -> {
            var definition = call.body(0, MsgCrtStorPoolDfn.parser()).getStorPoolDfn();
            return reply(services.storagePoolDefinitions()
                    .create(definition.getStorPoolName(), map(definition.getPropsList())));
        });
        table.put(ApiCalls.MOD_STOR_POOL_DFN, (session, call) -> {
            MsgModStorPoolDfn body = call.body(0, MsgModStorPoolDfn.parser());
            return reply(services.storagePoolDefinitions()
                    .modify(
                            body.getStorPoolName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(
                ApiCalls.DEL_STOR_POOL_DFN,
                (session, call) -> reply(services.storagePoolDefinitions()
                        .delete(call.body(0, MsgDelStorPoolDfn.parser()).getStorPoolName())));
        table.put(
                ApiCalls.LST_STOR_POOL_DFN,
                (session, call) -> services.storagePoolDefinitions()
                        .list(filter(call).getStorPoolNamesList())
                        .thenApply(list -> new CallAnswer(
                                ApiCalls.LST_STOR_POOL_DFN, List.of(LinstorMessages.poolDefinitionList(list)))));
        table.put(
                ApiCalls.CRT_STOR_POOL,
                (session, call) -> reply(services.storagePools()
                        .create(LinstorMessages.poolRequest(
                                call.body(0, MsgCrtStorPool.parser()).getStorPool()))));
        table.put(ApiCalls.MOD_STOR_POOL, (session, call) -> {
            MsgModStorPool body = call.body(0, MsgModStorPool.parser());
            return reply(services.storagePools()
                    .modify(
                            body.getNodeName(),
                            body.getStorPoolName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(ApiCalls.DEL_STOR_POOL, (session, call) -> {
            MsgDelStorPool body = call.body(0, MsgDelStorPool.parser());
            return reply(services.storagePools().delete(body.getNodeName(), body.getStorPoolName()));
        });
        table.put(ApiCalls.LST_STOR_POOL, (session, call) -> {
            Filter filter = filter(call);
            return services.storagePools()
                    .list(filter.getNodeNamesList(), filter.getStorPoolNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_STOR_POOL, List.of(LinstorMessages.poolList(list))));
        });
    }

    private static void addDefinitionCalls(
            Map<String, CallHandler> table, ResourceServices services, ConfirmedDeletions deletions) {
        table.put(ApiCalls.CRT_RSC_DFN, (session, call) -> {
            MsgCrtRscDfn body = call.body(0, MsgCrtRscDfn.parser());
            if (body.hasDrbdSecret()
                    || body.hasDrbdNewPeerSlots()
                    || !io.linstorj.controller.cluster.ResourceDefinition.TRANSPORT_IP.equals(
                            body.getDrbdTransportType())) {
                return refuse(
                        RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC_DFN | RetCodes.MASK_CRT,
                        "A DRBD secret, peer slot count or transport other than IP cannot be given to LinstorJ.",
                        "Leave drbd_secret, drbd_new_peer_slots and drbd_transport_type unset: LinstorJ chooses them.");
            }
            var definition = body.getRscDfn();
            int port = body.hasDrbdPort() ? body.getDrbdPort() : 0;
            List<VolumeDefinitionRequest> volumes = definition.getVlmDfnsList().stream()
                    .map(volume -> new VolumeDefinitionRequest(
                            volume.hasVlmNr() ? volume.getVlmNr() : null,
                            volume.getVlmSize(),
                            volume.hasMinorNr() ? volume.getMinorNr() : null,
                            map(volume.getVlmPropsList())))
                    .toList();
            return reply(services.definitions()
                    .create(new ResourceDefinitionCreateRequest(
                            definition.getRscName(),
                            port == 0 ? null : port,
                            map(definition.getRscDfnPropsList()),
                            definition.getRscGrpName(),
                            volumes)));
        });
        table.put(ApiCalls.MOD_RSC_DFN, (session, call) -> {
            MsgModRscDfn body = call.body(0, MsgModRscDfn.parser());
            if (body.hasRscDfnPort()
                    || body.hasDrbdPort()
                    || body.hasDrbdSecret()
                    || body.hasDrbdTransportType()
                    || body.hasDrbdNewRscPeerSlots()
                    || body.getLayerStackCount() > 0) {
                return refuse(
                        RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC_DFN | RetCodes.MASK_MOD,
                        "LinstorJ does not change a resource definition's port, secret, transport, peer slots or layers.",
                        "Modify only properties; to move a resource to another port, recreate its definition.");
            }
            return reply(services.definitions()
                    .modify(
                            body.getRscName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(
                ApiCalls.DEL_RSC_DFN,
                (session, call) -> reply(deletions.deleteDefinition(
                        call.body(0, MsgDelRscDfn.parser()).getRscName())));
        table.put(
                ApiCalls.LST_RSC_DFN,
                (session, call) -> services.definitions()
                        .list(filter(call).getResourceNamesList())
                        .thenApply(list ->
                                new CallAnswer(ApiCalls.LST_RSC_DFN, List.of(LinstorMessages.definitionList(list)))));
        table.put(ApiCalls.CRT_VLM_DFN, (session, call) -> {
            MsgCrtVlmDfn body = call.body(0, MsgCrtVlmDfn.parser());
            List<VolumeDefinitionRequest> volumes = new ArrayList<>();
            for (VlmDfnWithPayload payload : body.getVlmDfnsList()) {
                var volume = payload.getVlmDfn();
                volumes.add(new VolumeDefinitionRequest(
                        volume.hasVlmNr() ? volume.getVlmNr() : null,
                        volume.getVlmSize(),
                        payload.hasDrbdMinorNr() ? payload.getDrbdMinorNr() : null,
                        map(volume.getVlmPropsList())));
            }
            return reply(services.volumeDefinitions().create(body.getRscName(), volumes));
        });
        table.put(ApiCalls.MOD_VLM_DFN, (session, call) -> {
            MsgModVlmDfn body = call.body(0, MsgModVlmDfn.parser());
            if (body.hasVlmMinor()) {
                return refuse(
                        RetCodes.FAIL_INVLD_MINOR_NR | RetCodes.MASK_VLM_DFN | RetCodes.MASK_MOD,
                        "LinstorJ does not change the DRBD minor of a volume definition.",
                        "Leave vlm_minor unset; to use another minor, recreate the volume definition with it.");
            }
            return reply(services.volumeDefinitions()
                    .modify(
                            body.getRscName(),
                            body.getVlmNr(),
                            body.hasVlmSize() ? body.getVlmSize() : null,
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(ApiCalls.DEL_VLM_DFN, (session, call) -> {
            MsgDelVlmDfn body = call.body(0, MsgDelVlmDfn.parser());
            return reply(services.volumeDefinitions().delete(body.getRscName(), body.getVlmNr()));
        });
    }

    private static void addResourceCalls(
            Map<String, CallHandler> table, ControllerServices services, ConfirmedDeletions deletions) {
        ResourceServices resources = services.resources();
        table.put(
                ApiCalls.CRT_RSC,
                (session, call) -> createResources(
                        resources, call.body(0, MsgCrtRsc.parser()).getRscsList()));
        table.put(ApiCalls.MOD_RSC, (session, call) -> {
            MsgModRsc body = call.body(0, MsgModRsc.parser());
            return reply(resources
                    .resources()
                    .modify(
                            body.getRscName(),
                            body.getNodeName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(ApiCalls.DEL_RSC, (session, call) -> {
            MsgDelRsc body = call.body(0, MsgDelRsc.parser());
            return reply(deletions.deleteResource(body.getRscName(), body.getNodeName()));
        });
        table.put(ApiCalls.LST_RSC, (session, call) -> {
            Filter filter = filter(call);
            return resources
                    .resources()
                    .list(filter.getNodeNamesList(), filter.getResourceNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_RSC, List.of(LinstorMessages.resourceList(list))));
        });
        table.put(ApiCalls.LST_VLM, (session, call) -> {
            Filter filter = filter(call);
            return resources
                    .resources()
                    .listVolumes(
                            filter.getNodeNamesList(), filter.getResourceNamesList(), filter.getStorPoolNamesList())
                    .thenApply(list -> new CallAnswer(ApiCalls.LST_VLM, List.of(LinstorMessages.resourceList(list))));
        });
        table.put(ApiCalls.AUTO_PLACE_RSC, (session, call) -> {
            MsgAutoPlaceRsc body = call.body(0, MsgAutoPlaceRsc.parser());
            return reply(services.autoplace()
                    .autoplace(
                            body.getRscName(),
                            LinstorPlacementMessages.filter(
                                    body.getSelectFilter(), body.getLayerStackList(), body.getDisklessOnRemaining())));
        });
        table.put(ApiCalls.TOGGLE_DISK, (session, call) -> {
            MsgToggleDisk body = call.body(0, MsgToggleDisk.parser());
            if (body.hasMigrateFrom()) {
                return refuse(
                        RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC | RetCodes.MASK_MOD,
                        "LinstorJ does not migrate a disk from another node while toggling it.",
                        "Leave migrate_from unset: make the new replica diskful, then delete the old one.");
            }
            return reply(resources
                    .toggleDisk()
                    .toggle(body.getRscName(), body.getNodeName(), body.getDiskless(), body.getStorPoolName()));
        });
    }

    /**
     * Creates the resources one after the other. Each creation is its own durable change: when one
     * is refused, the ones before it stay created and the answer says so, entry by entry.
     */
    private static CompletableFuture<CallAnswer> createResources(
            ResourceServices resources, List<RscWithPayload> requested) {
        if (requested.isEmpty()) {
            return refuse(
                    RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC | RetCodes.MASK_CRT,
                    "The request names no resource to create.",
                    "Send at least one resource in MsgCrtRsc.rscs.");
        }
        CompletableFuture<List<ApiCallRc>> all = CompletableFuture.completedFuture(List.of());
        for (RscWithPayload payload : requested) {
            ResourceCreateRequest request = resourceRequest(payload);
            all = all.thenCompose(
                    before -> resources.resources().create(request).thenApply(replies -> {
                        List<ApiCallRc> joined = new ArrayList<>(before);
                        joined.addAll(replies);
                        return joined;
                    }));
        }
        return reply(all);
    }

    /** The pool comes from the resource's StorPoolName property, as python-linstor sends it. */
    private static ResourceCreateRequest resourceRequest(RscWithPayload payload) {
        var rsc = payload.getRsc();
        Map<String, String> props = new HashMap<>(map(rsc.getPropsList()));
        String pool = props.remove(KEY_STOR_POOL_NAME);
        return new ResourceCreateRequest(
                rsc.getName(),
                rsc.getNodeName(),
                new java.util.HashSet<>(rsc.getRscFlagsList()),
                pool == null ? "" : pool,
                props);
    }

    private static void addPropsAndKeyValueCalls(Map<String, CallHandler> table, ControllerServices services) {
        table.put(ApiCalls.SET_CTRL_PROP, (session, call) -> {
            MsgModCtrl body = call.body(0, MsgModCtrl.parser());
            int changes = body.getOverridePropsCount() + body.getDeletePropKeysCount() + body.getDelNamespacesCount();
            if (changes != 1) {
                return refuse(
                        RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_CTRL_CONF | RetCodes.MASK_MOD,
                        "SetCtrlProp changes one controller property per call; " + changes + " changes were sent.",
                        "Send one property to set, one key or one namespace to delete per call.");
            }
            if (body.getOverridePropsCount() == 1) {
                var entry = body.getOverrideProps(0);
                return reply(services.controllerProps().set(entry.getKey(), entry.getValue()));
            }
            if (body.getDeletePropKeysCount() == 1) {
                return reply(services.controllerProps().delete(body.getDeletePropKeys(0)));
            }
            return reply(services.controllerProps().deleteNamespace(body.getDelNamespaces(0)));
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
                                List.of(MsgLstCtrlCfgProps.newBuilder()
                                        .addAllProps(LinstorMessages.entries(props))
                                        .build()))));
        table.put(ApiCalls.MOD_KVS, (session, call) -> {
            MsgModKvs body = call.body(0, MsgModKvs.parser());
            return reply(services.keyValueStores()
                    .modify(
                            body.getKvsName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(
                ApiCalls.DEL_KVS,
                (session, call) -> reply(services.keyValueStores()
                        .delete(call.body(0, MsgDelKvs.parser()).getKvsName())));
        // LINSTOR's clients send LstKvs without a filter (every store); LinstorJ's filter names
        // the stores to list.
        table.put(
                ApiCalls.LST_KVS,
                (session, call) -> services.keyValueStores()
                        .list(filter(call).getNamesList())
                        .thenApply(stores ->
                                new CallAnswer(ApiCalls.LST_KVS, List.of(LinstorMessages.keyValueStoreList(stores)))));
    }
}
