package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.ByteString;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscState;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.StorPoolFreeSpace;
import io.linstorj.protocol.linstor.Vlm;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmGrp;
import io.linstorj.protocol.linstor.VlmState;
import io.linstorj.protocol.proto.MsgHeader.MsgType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The controller's answers, as its LINSTOR dialect writes them (the wire schemas), become
 * ApiCallResponse entries, typed list answers, or refusals.
 */
class LinstorAnswersTest {
    private static final long NODE_CREATED = RetCodes.MASK_NODE | RetCodes.MASK_CRT | RetCodes.CREATED;

    private FakeController controller;
    private Linstor lin;

    @BeforeEach
    void connect() {
        controller = FakeController.start();
        lin = Linstor.connect(controller.uri());
    }

    @AfterEach
    void disconnect() {
        lin.close();
        controller.close();
    }

    @Test
    void mutationRepliesBecomeApiCallResponsesInOrder() {
        io.linstorj.protocol.linstor.ApiCallResponse created = io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                .setRetCode(NODE_CREATED)
                .setMessage("Node 'alpha' registered.")
                .addObjRefs(entry("Node", "alpha"))
                .build();
        io.linstorj.protocol.linstor.ApiCallResponse warning = io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                .setRetCode(RetCodes.MASK_NODE | RetCodes.WARN_NOT_CONNECTED)
                .setMessage("No active connection to satellite 'alpha'")
                .setCause("The satellite is not reachable")
                .setCorrection("Start the satellite")
                .setDetails("127.0.0.11:3366")
                .addErrorReportIds("5F3A-000001")
                .build();
        controller.answerWith(call -> List.of(
                FakeController.reply(call.apiCallId(), created), FakeController.reply(call.apiCallId(), warning)));

        List<ApiCallResponse> replies = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);

        assertThat(replies)
                .containsExactly(
                        new ApiCallResponse(
                                NODE_CREATED,
                                "Node 'alpha' registered.",
                                "",
                                "",
                                "",
                                Map.of("Node", "alpha"),
                                List.of()),
                        new ApiCallResponse(
                                RetCodes.MASK_NODE | RetCodes.WARN_NOT_CONNECTED,
                                "No active connection to satellite 'alpha'",
                                "The satellite is not reachable",
                                "Start the satellite",
                                "127.0.0.11:3366",
                                Map.of(),
                                List.of("5F3A-000001")));
        assertThat(replies.get(0).isSuccess(Consts.MASK_NODE | Consts.MASK_CRT)).isTrue();
        assertThat(replies.get(1).isWarning(Consts.WARN_NOT_CONNECTED)).isTrue();
        assertThat(Linstor.allApiResponsesSuccess(replies)).isFalse();
        assertThat(Linstor.allApiResponsesNoError(replies)).isTrue();
        assertThat((Object) Linstor.returnIfFailure(replies))
                .as("warnings do not end a watch")
                .isNull();
    }

    @Test
    void nodeListIsTyped() {
        Node alpha = Node.newBuilder()
                .setName("alpha")
                .setType("Satellite")
                .setConnectionStatus(Node.ConnectionStatus.ONLINE)
                .addProps(entry("Aux/site", "a"))
                .addNetInterfaces(NetInterface.newBuilder().setName("data").setAddress("127.0.0.21"))
                .addNetInterfaces(NetInterface.newBuilder()
                        .setName("default")
                        .setAddress("127.0.0.11")
                        .setStltPort(3366)
                        .setStltEncryptionType("PLAIN"))
                .setSatelliteInfo("DRBD driver: emulated")
                .build();
        MsgLstNode list = MsgLstNode.newBuilder()
                .addNodes(alpha)
                .addNodes(Node.newBuilder().setName("bravo").setType("Satellite"))
                .build();
        answerList(ApiCalls.LST_NODE, list.toByteString());

        List<NodeListResponse> answer = lin.nodeList();

        assertThat(answer).hasSize(1);
        assertThat(answer.get(0).protoMsg()).isEqualTo(list);
        NodeInfo node = answer.get(0).nodes().get(0);
        assertThat(node.name()).isEqualTo("alpha");
        assertThat(node.type()).isEqualTo(Consts.VAL_NODE_TYPE_STLT);
        assertThat(node.address()).isEqualTo("127.0.0.11");
        assertThat(node.connectionStatus()).isEqualTo("ONLINE");
        assertThat(node.props()).containsExactly(Map.entry("Aux/site", "a"));
        assertThat(node.netInterfaces()).contains(new NetInterfaceInfo("default", "127.0.0.11", 3366, "PLAIN"));
        assertThat(node.satelliteInfo()).isEqualTo("DRBD driver: emulated");
        assertThat(answer.get(0).nodes().get(1).connectionStatus())
                .as("a node without connection status")
                .isEmpty();
        assertThat(answer.get(0).nodes().get(1).address()).isEmpty();
        assertThat(answer.get(0).toString()).contains("alpha", "127.0.0.11", "ONLINE");
    }

    @Test
    void storagePoolListIsTyped() {
        StorPool pool = StorPool.newBuilder()
                .setNodeName("alpha")
                .setStorPoolName("DfltStorPool")
                .setProviderKind(ProviderType.LVM_THIN)
                .setProviderKindName("LVM_THIN")
                .addProps(entry("StorDriver/StorPoolName", "vg0/thin"))
                .setFreeSpace(StorPoolFreeSpace.newBuilder()
                        .setStorPoolUuid("")
                        .setStorPoolName("DfltStorPool")
                        .setFreeCapacity(1024)
                        .setTotalCapacity(4096))
                .addReports(FakeController.response(RetCodes.WARN_STORAGE_ERROR, "slow"))
                .build();
        // A file pool travels as UNKNOWN_PROVIDER for LINSTOR's clients, its kind named beside it.
        StorPool fresh = StorPool.newBuilder()
                .setNodeName("bravo")
                .setStorPoolName("DfltStorPool")
                .setProviderKind(ProviderType.UNKNOWN_PROVIDER)
                .setProviderKindName("FILE_THIN")
                .build();
        answerList(
                ApiCalls.LST_STOR_POOL,
                MsgLstStorPool.newBuilder()
                        .addStorPools(pool)
                        .addStorPools(fresh)
                        .build()
                        .toByteString());

        List<StoragePoolInfo> pools = lin.storagePoolList().get(0).storagePools();

        assertThat(pools.get(0).providerPool()).isEqualTo("vg0/thin");
        assertThat(pools.get(0).providerKind()).isEqualTo(Consts.PROVIDER_KIND_LVM_THIN);
        assertThat(pools.get(0).freeCapacityKib()).isEqualTo(OptionalLong.of(1024));
        assertThat(pools.get(0).totalCapacityKib()).isEqualTo(OptionalLong.of(4096));
        assertThat(pools.get(0).reports()).singleElement().matches(ApiCallResponse::isWarning);
        assertThat(pools.get(1).freeCapacityKib()).isEmpty();
        assertThat(pools.get(1).providerKind()).isEqualTo(Consts.PROVIDER_KIND_FILE_THIN);
    }

    @Test
    void storagePoolDefinitionListIsTyped() {
        answerList(
                ApiCalls.LST_STOR_POOL_DFN,
                MsgLstStorPoolDfn.newBuilder()
                        .addStorPoolDfns(
                                StorPoolDfn.newBuilder().setStorPoolName("ssd").addProps(entry("a", "b")))
                        .build()
                        .toByteString());

        assertThat(lin.storagePoolDfnList().get(0).storagePoolDefinitions())
                .containsExactly(new StoragePoolDefinitionInfo("ssd", Map.of("a", "b")));
    }

    @Test
    void resourceDefinitionListIsTypedWithVolumeDefinitions() {
        RscDfn rsc = RscDfn.newBuilder()
                .setRscName("rsc")
                .setDrbdPort(7000)
                .setRscGrpName("gold")
                .addRscDfnFlags("DELETE")
                .addRscDfnProps(entry("Aux/a", "1"))
                .addVlmDfns(VlmDfn.newBuilder().setVlmNr(0).setVlmSize(10240).setMinorNr(1000))
                .addVlmDfns(VlmDfn.newBuilder().setVlmNr(1).setVlmSize(2048))
                .build();
        answerList(
                ApiCalls.LST_RSC_DFN,
                MsgLstRscDfn.newBuilder().addRscDfns(rsc).build().toByteString());

        ResourceDefinitionInfo definition =
                lin.resourceDfnList().get(0).resourceDefinitions().get(0);

        assertThat(definition.name()).isEqualTo("rsc");
        assertThat(definition.drbdPort()).isEqualTo(OptionalInt.of(7000));
        assertThat(definition.resourceGroupName()).isEqualTo("gold");
        assertThat(definition.flags()).containsExactly("DELETE");
        assertThat(definition.props()).containsExactly(Map.entry("Aux/a", "1"));
        assertThat(definition.volumeDefinitions())
                .containsExactly(
                        new VolumeDefinitionInfo(0, 10240, OptionalInt.of(1000), Map.of(), List.of()),
                        new VolumeDefinitionInfo(1, 2048, OptionalInt.empty(), Map.of(), List.of()));
    }

    @Test
    void resourceListIsTypedWithObservedVolumeState() {
        answerList(ApiCalls.LST_RSC, resources().toByteString());

        List<ResourceInfo> resources = lin.resourceList().get(0).resources();

        ResourceInfo alpha = resources.get(0);
        assertThat(alpha.nodeName()).isEqualTo("alpha");
        assertThat(alpha.ready()).contains(true);
        assertThat(alpha.inUse()).contains(false);
        assertThat(alpha.isDiskless()).isFalse();
        assertThat(alpha.volumes())
                .containsExactly(new VolumeInfo(
                        "rsc",
                        "alpha",
                        0,
                        "DfltStorPool",
                        "FILE_THIN",
                        "/dev/loop3",
                        "/dev/drbd1000",
                        "UpToDate",
                        OptionalLong.of(10240),
                        OptionalInt.of(1000),
                        Map.of(),
                        List.of()));
        ResourceInfo bravo = resources.get(1);
        assertThat(bravo.isDiskless()).isTrue();
        assertThat(bravo.ready()).isEqualTo(Optional.empty());
    }

    @Test
    void volumeListFlattensVolumesOfAllResources() {
        answerList(ApiCalls.LST_VLM, resources().toByteString());

        VolumeListResponse answer = lin.volumeList().get(0);

        assertThat(answer.volumes())
                .extracting(VolumeInfo::nodeName, VolumeInfo::diskState)
                .containsExactly(tuple("alpha", "UpToDate"), tuple("bravo", "Diskless"));
        assertThat(answer.resources()).hasSize(2);
    }

    @Test
    void keyValueStoreListAndControllerPropsAreTyped() {
        controller.answerWith(call -> switch (call.content()) {
            case ApiCalls.LST_KVS ->
                List.of(FakeController.listAnswer(
                        call.apiCallId(),
                        call.content(),
                        MsgRspKvs.newBuilder()
                                .addKeyValueStore(
                                        Kvs.newBuilder().setName("myKV").addProps(entry("/foo/bar/key", "val")))
                                .build()));
            default ->
                List.of(FakeController.listAnswer(
                        call.apiCallId(),
                        call.content(),
                        MsgLstCtrlCfgProps.newBuilder()
                                .addProps(entry("TcpPortAutoRange", "7000-7999"))
                                .build()));
        });

        KeyValueStoreListResponse stores = lin.keyValueStoreList("myKV").get(0);
        assertThat(stores.props("myKV")).containsExactly(Map.entry("/foo/bar/key", "val"));
        assertThat(stores.props("other")).isEmpty();
        assertThat(lin.controllerProps().get(0).props()).containsEntry("TcpPortAutoRange", "7000-7999");
    }

    @Test
    void refusedListThrowsWithTheControllersResponses() {
        io.linstorj.protocol.linstor.ApiCallResponse notFound =
                io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.FAIL_NOT_FOUND_NODE)
                        .setMessage("Node 'ghost' not found.")
                        .setCause("No such node")
                        .build();
        io.linstorj.protocol.linstor.ApiCallResponse denied =
                FakeController.response(RetCodes.FAIL_ACC_DENIED_NODE, "Access denied.");
        controller.answerWith(call -> List.of(FakeController.reply(call.apiCallId(), notFound, denied)));

        assertThatThrownBy(() -> lin.nodeList(List.of("ghost")))
                .isInstanceOfSatisfying(LinstorApiCallError.class, error -> {
                    assertThat(error.getMessage())
                            .isEqualTo("LstNode refused by the controller: ERROR: Node 'ghost' not found."
                                    + "\n    Cause: No such node");
                    assertThat(error.getMainError().isError(Consts.FAIL_NOT_FOUND_NODE))
                            .isTrue();
                    assertThat(error.getApiCallResponses()).hasSize(2);
                    assertThat(error.getErrors())
                            .singleElement()
                            .extracting(Throwable::getMessage)
                            .isEqualTo("ERROR: Access denied.");
                });
    }

    @Test
    void infoBesideAListDoesNotRefuseIt() {
        controller.answerWith(call -> List.of(
                FakeController.reply(call.apiCallId(), FakeController.response(RetCodes.MASK_INFO, "note")),
                FakeController.listAnswer(call.apiCallId(), call.content(), MsgLstNode.getDefaultInstance())));

        List<NodeListResponse> answer = lin.nodeList();
        assertThat(answer).hasSize(1);
        assertThat(answer.get(0).nodes()).isEmpty();
    }

    @Test
    void listWithoutListFrameIsEmpty() {
        assertThat(lin.nodeList()).isEmpty();
    }

    @Test
    void unparsableAnswerIsANetworkError() {
        answerList(ApiCalls.LST_NODE, ByteString.copyFromUtf8("not a protobuf message \u0000\u00ff"));

        assertThatThrownBy(lin::nodeList)
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("answer to LstNode does not parse");
    }

    private void answerList(String call, ByteString body) {
        controller.answerWith(received -> List.of(new ProtocolMessage(
                ProtocolMessage.headerOf(MsgType.ANSWER, received.apiCallId(), call), List.of(body))));
    }

    @Test
    void resourceTheSatelliteCannotRealiseCarriesTheReasonInItsTypedState() {
        MsgLstRsc list = MsgLstRsc.newBuilder()
                .addResources(Rsc.newBuilder().setName("rsc").setNodeName("alpha"))
                .addResourceStates(RscState.newBuilder()
                        .setRscName("rsc")
                        .setNodeName("alpha")
                        .setInUse(false)
                        .setReady(false)
                        .addReports(io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                                .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_RSC)
                                .setMessage(
                                        "Volume 0 of 'rsc' has no backing storage: storage pool 'data' is unusable.")
                                .setCause("cannot create directory /srv/pools/data")
                                .setCorrection("Repair the storage pool or move the replica to another pool.")))
                .build();
        answerList(ApiCalls.LST_RSC, list.toByteString());

        ResourceInfo resource = lin.resourceList().get(0).resources().get(0);

        assertThat(resource.ready()).contains(false);
        assertThat(resource.hasProblems()).isTrue();
        assertThat(resource.reports()).singleElement().satisfies(report -> {
            assertThat(report.isError()).isTrue();
            assertThat(report.message()).contains("unusable");
            assertThat(report.cause()).contains("/srv/pools/data");
            assertThat(report.correction()).isNotEmpty();
        });
    }

    /** As LinstorMessages writes them: the observed state of alpha beside the resources, none of bravo. */
    private static MsgLstRsc resources() {
        Rsc alpha = Rsc.newBuilder()
                .setName("rsc")
                .setNodeName("alpha")
                .setDrbdNodeId(0)
                .addVlms(Vlm.newBuilder()
                        .setVlmNr(0)
                        .setStorPoolName("DfltStorPool")
                        .setProviderKind(ProviderType.UNKNOWN_PROVIDER)
                        .setProviderKindName("FILE_THIN")
                        .setBackingDisk("/dev/loop3")
                        .setDevicePath("/dev/drbd1000")
                        .setDiskState("UpToDate")
                        .setAllocatedSize(10240)
                        .setMinorNr(1000))
                .build();
        Rsc bravo = Rsc.newBuilder()
                .setName("rsc")
                .setNodeName("bravo")
                .setDrbdNodeId(1)
                .addRscFlags("DRBD_DISKLESS")
                .addVlms(Vlm.newBuilder().setVlmNr(0).setDiskState("Diskless"))
                .build();
        RscState alphaState = RscState.newBuilder()
                .setRscName("rsc")
                .setNodeName("alpha")
                .setInUse(false)
                .setReady(true)
                .addVlmStates(VlmState.newBuilder().setVlmNr(0).setDiskState("UpToDate"))
                .build();
        return MsgLstRsc.newBuilder()
                .addResources(alpha)
                .addResources(bravo)
                .addResourceStates(alphaState)
                .build();
    }

    @Test
    void resourceGroupListBecomesGroupsWithFiltersAndVolumeGroups() {
        MsgLstRscGrp list = MsgLstRscGrp.newBuilder()
                .addRscGrps(RscGrp.newBuilder()
                        .setName("gold")
                        .setDescription("fast")
                        .addProps(entry("Aux/tier", "1"))
                        .setSelectFilter(AutoSelectFilter.newBuilder()
                                .setPlaceCount(3)
                                .setStoragePool("ssd")
                                .addReplicasOnDifferent("Aux/rack"))
                        .addVlmGrps(VlmGrp.newBuilder().setVlmNr(0).addVlmProps(entry("a", "b"))))
                .build();
        controller.answerWith(call -> List.of(FakeController.listAnswer(call.apiCallId(), ApiCalls.LST_RSC_GRP, list)));

        ResourceGroupListResponse answer = lin.resourceGroupList().get(0);

        assertThat(answer.protoMsg()).isEqualTo(list);
        ResourceGroupInfo gold = answer.resourceGroup("gold").orElseThrow();
        assertThat(gold.description()).isEqualTo("fast");
        assertThat(gold.props()).containsEntry("Aux/tier", "1");
        assertThat(gold.selectFilter())
                .isEqualTo(io.linstorj.client.AutoSelectFilter.builder()
                        .placeCount(3)
                        .storagePool("ssd")
                        .replicasOnDifferent(List.of("Aux/rack"))
                        .build());
        assertThat(gold.volumeGroups()).containsExactly(new VolumeGroupInfo(0, Map.of("a", "b"), List.of()));
        assertThat(answer.resourceGroup("silver")).isEmpty();
    }

    @Test
    void unsetSelectFilterFieldsReadAsUnconstrained() {
        controller.answerWith(call -> List.of(FakeController.listAnswer(
                call.apiCallId(),
                ApiCalls.LST_RSC_GRP,
                MsgLstRscGrp.newBuilder()
                        .addRscGrps(RscGrp.newBuilder().setName("plain"))
                        .build())));

        io.linstorj.client.AutoSelectFilter filter =
                lin.resourceGroupList().get(0).resourceGroups().get(0).selectFilter();

        assertThat(filter)
                .isEqualTo(io.linstorj.client.AutoSelectFilter.builder().build());
        assertThat(filter.placeCount()).isNull();
        assertThat(filter.storagePool()).isNull();
    }

    @Test
    void volumeGroupListBecomesVolumeGroups() {
        controller.answerWith(call -> List.of(FakeController.listAnswer(
                call.apiCallId(),
                ApiCalls.LST_VLM_GRP,
                MsgLstVlmGrp.newBuilder()
                        .addVlmGrps(VlmGrp.newBuilder().setVlmNr(1))
                        .build())));

        assertThat(lin.volumeGroupList("gold").get(0).volumeGroups())
                .containsExactly(new VolumeGroupInfo(1, Map.of(), List.of()));
    }

    @Test
    void selectFilterReadsLayersAndProvidersByNameBeforeLinstorsEnums() {
        controller.answerWith(call -> List.of(FakeController.listAnswer(
                call.apiCallId(),
                ApiCalls.LST_RSC_GRP,
                MsgLstRscGrp.newBuilder()
                        .addRscGrps(RscGrp.newBuilder()
                                .setName("files")
                                .setSelectFilter(AutoSelectFilter.newBuilder()
                                        .addLayerStackNames("DRBD")
                                        .addLayerStackNames("WRITECACHE")
                                        .addLayerStack(io.linstorj.protocol.linstor.LayerType.DRBD)
                                        .addProviderNames("FILE_THIN")))
                        .addRscGrps(RscGrp.newBuilder()
                                .setName("lvm")
                                .setSelectFilter(AutoSelectFilter.newBuilder()
                                        .addLayerStack(io.linstorj.protocol.linstor.LayerType.STORAGE)
                                        .addProviders(ProviderType.LVM)))
                        .build())));

        List<ResourceGroupInfo> groups = lin.resourceGroupList().get(0).resourceGroups();

        assertThat(groups.get(0).selectFilter().layerStack()).containsExactly("DRBD", "WRITECACHE");
        assertThat(groups.get(0).selectFilter().providerList()).containsExactly("FILE_THIN");
        assertThat(groups.get(1).selectFilter().layerStack()).containsExactly("STORAGE");
        assertThat(groups.get(1).selectFilter().providerList()).containsExactly("LVM");
    }

    private static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }
}
