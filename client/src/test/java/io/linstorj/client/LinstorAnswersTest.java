package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.ByteString;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.DrbdResourceDefinitionData;
import io.linstorj.protocol.proto.KeyValueStore;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgHeader.MsgType;
import io.linstorj.protocol.proto.MsgLstCtrlProps;
import io.linstorj.protocol.proto.MsgLstKvs;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstRscGrp;
import io.linstorj.protocol.proto.MsgLstStorPool;
import io.linstorj.protocol.proto.MsgLstStorPoolDfn;
import io.linstorj.protocol.proto.MsgLstVlmGrp;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.ResourceState;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import io.linstorj.protocol.proto.Volume;
import io.linstorj.protocol.proto.VolumeDefinition;
import io.linstorj.protocol.proto.VolumeGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controller's answers become ApiCallResponse entries, typed list answers, or refusals. */
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
        MsgApiCallResponse created = MsgApiCallResponse.newBuilder()
                .setRetCode(NODE_CREATED)
                .setMessage("Node 'alpha' registered.")
                .putObjRefs("Node", "alpha")
                .build();
        MsgApiCallResponse warning = MsgApiCallResponse.newBuilder()
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
                .setConnectionStatus("ONLINE")
                .putProps("Aux/site", "a")
                .addNetInterfaces(NetInterface.newBuilder().setName("data").setAddress("127.0.0.21"))
                .addNetInterfaces(NetInterface.newBuilder()
                        .setName("default")
                        .setAddress("127.0.0.11")
                        .setSatellitePort(3366)
                        .setSatelliteEncryptionType("PLAIN"))
                .build();
        MsgLstNode list = MsgLstNode.newBuilder()
                .addNodes(alpha)
                .addNodes(Node.newBuilder().setName("bravo"))
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
        assertThat(answer.get(0).nodes().get(1).address()).isEmpty();
        assertThat(answer.get(0).toString()).contains("alpha", "127.0.0.11", "ONLINE");
    }

    @Test
    void storagePoolListIsTyped() {
        StoragePool pool = StoragePool.newBuilder()
                .setNodeName("alpha")
                .setStoragePoolName("DfltStorPool")
                .setProviderKind("LVM_THIN")
                .putProps("StorDriver/StorPoolName", "vg0/thin")
                .setFreeCapacity(1024)
                .setTotalCapacity(4096)
                .addReports(FakeController.response(RetCodes.WARN_STORAGE_ERROR, "slow"))
                .build();
        StoragePool fresh = StoragePool.newBuilder()
                .setNodeName("bravo")
                .setStoragePoolName("DfltStorPool")
                .build();
        answerList(
                ApiCalls.LST_STOR_POOL,
                MsgLstStorPool.newBuilder()
                        .addStoragePools(pool)
                        .addStoragePools(fresh)
                        .build()
                        .toByteString());

        List<StoragePoolInfo> pools = lin.storagePoolList().get(0).storagePools();

        assertThat(pools.get(0).providerPool()).isEqualTo("vg0/thin");
        assertThat(pools.get(0).providerKind()).isEqualTo(Consts.PROVIDER_KIND_LVM_THIN);
        assertThat(pools.get(0).freeCapacityKib()).isEqualTo(OptionalLong.of(1024));
        assertThat(pools.get(0).totalCapacityKib()).isEqualTo(OptionalLong.of(4096));
        assertThat(pools.get(0).reports()).singleElement().matches(ApiCallResponse::isWarning);
        assertThat(pools.get(1).freeCapacityKib()).isEmpty();
    }

    @Test
    void storagePoolDefinitionListIsTyped() {
        answerList(
                ApiCalls.LST_STOR_POOL_DFN,
                MsgLstStorPoolDfn.newBuilder()
                        .addStoragePoolDefinitions(StoragePoolDefinition.newBuilder()
                                .setName("ssd")
                                .putProps("a", "b"))
                        .build()
                        .toByteString());

        assertThat(lin.storagePoolDfnList().get(0).storagePoolDefinitions())
                .containsExactly(new StoragePoolDefinitionInfo("ssd", Map.of("a", "b")));
    }

    @Test
    void resourceDefinitionListIsTypedWithVolumeDefinitions() {
        ResourceDefinition rsc = ResourceDefinition.newBuilder()
                .setName("rsc")
                .setDrbd(DrbdResourceDefinitionData.newBuilder().setPort(7000))
                .addVolumeDefinitions(VolumeDefinition.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(10240)
                        .setMinorNumber(1000))
                .addVolumeDefinitions(
                        VolumeDefinition.newBuilder().setVolumeNumber(1).setSizeKib(2048))
                .build();
        answerList(
                ApiCalls.LST_RSC_DFN,
                MsgLstRscDfn.newBuilder().addResourceDefinitions(rsc).build().toByteString());

        ResourceDefinitionInfo definition =
                lin.resourceDfnList().get(0).resourceDefinitions().get(0);

        assertThat(definition.name()).isEqualTo("rsc");
        assertThat(definition.drbdPort()).isEqualTo(OptionalInt.of(7000));
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
                        MsgLstKvs.newBuilder()
                                .addKeyValueStores(KeyValueStore.newBuilder()
                                        .setName("myKV")
                                        .putProps("/foo/bar/key", "val"))
                                .build()));
            default ->
                List.of(FakeController.listAnswer(
                        call.apiCallId(),
                        call.content(),
                        MsgLstCtrlProps.newBuilder()
                                .putProps("TcpPortAutoRange", "7000-7999")
                                .build()));
        });

        KeyValueStoreListResponse stores = lin.keyValueStoreList("myKV").get(0);
        assertThat(stores.props("myKV")).containsExactly(Map.entry("/foo/bar/key", "val"));
        assertThat(stores.props("other")).isEmpty();
        assertThat(lin.controllerProps().get(0).props()).containsEntry("TcpPortAutoRange", "7000-7999");
    }

    @Test
    void refusedListThrowsWithTheControllersResponses() {
        MsgApiCallResponse notFound = MsgApiCallResponse.newBuilder()
                .setRetCode(RetCodes.FAIL_NOT_FOUND_NODE)
                .setMessage("Node 'ghost' not found.")
                .setCause("No such node")
                .build();
        MsgApiCallResponse denied = FakeController.response(RetCodes.FAIL_ACC_DENIED_NODE, "Access denied.");
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
                .addResources(Resource.newBuilder()
                        .setName("rsc")
                        .setNodeName("alpha")
                        .setState(ResourceState.newBuilder()
                                .setReady(false)
                                .addReports(MsgApiCallResponse.newBuilder()
                                        .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_RSC)
                                        .setMessage(
                                                "Volume 0 of 'rsc' has no backing storage: storage pool 'data' is unusable.")
                                        .setCause("cannot create directory /srv/pools/data")
                                        .setCorrection(
                                                "Repair the storage pool or move the replica to another pool."))))
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

    private static MsgLstRsc resources() {
        Resource alpha = Resource.newBuilder()
                .setName("rsc")
                .setNodeName("alpha")
                .setNodeId(0)
                .setState(ResourceState.newBuilder().setReady(true))
                .addVolumes(Volume.newBuilder()
                        .setVolumeNumber(0)
                        .setStoragePoolName("DfltStorPool")
                        .setProviderKind("FILE_THIN")
                        .setBackingDisk("/dev/loop3")
                        .setDevicePath("/dev/drbd1000")
                        .setDiskState("UpToDate")
                        .setAllocatedSizeKib(10240)
                        .setMinorNumber(1000))
                .build();
        Resource bravo = Resource.newBuilder()
                .setName("rsc")
                .setNodeName("bravo")
                .setNodeId(1)
                .addFlags("DRBD_DISKLESS")
                .addVolumes(Volume.newBuilder().setVolumeNumber(0).setDiskState("Diskless"))
                .build();
        return MsgLstRsc.newBuilder().addResources(alpha).addResources(bravo).build();
    }

    @Test
    void resourceGroupListBecomesGroupsWithFiltersAndVolumeGroups() {
        MsgLstRscGrp list = MsgLstRscGrp.newBuilder()
                .addResourceGroups(ResourceGroup.newBuilder()
                        .setName("gold")
                        .setDescription("fast")
                        .putProps("Aux/tier", "1")
                        .setSelectFilter(AutoSelectFilter.newBuilder()
                                .setPlaceCount(3)
                                .setStoragePool("ssd")
                                .addReplicasOnDifferent("Aux/rack"))
                        .addVolumeGroups(
                                VolumeGroup.newBuilder().setVolumeNumber(0).putProps("a", "b")))
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
                        .addResourceGroups(ResourceGroup.newBuilder().setName("plain"))
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
                        .addVolumeGroups(VolumeGroup.newBuilder().setVolumeNumber(1))
                        .build())));

        assertThat(lin.volumeGroupList("gold").get(0).volumeGroups())
                .containsExactly(new VolumeGroupInfo(1, Map.of(), List.of()));
    }
}
