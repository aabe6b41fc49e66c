package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgAutoPlaceRsc;
import io.linstorj.protocol.proto.MsgCrtNode;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtStorPool;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgDelRscGrp;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstRscGrp;
import io.linstorj.protocol.proto.MsgLstStorPool;
import io.linstorj.protocol.proto.MsgLstVlmGrp;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.MsgToggleDisk;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.VolumeDefinition;
import io.linstorj.protocol.proto.VolumeGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AutoPlaceRsc, ToggleDisk and the group calls over real sockets, with stand-in satellites. */
class PlacementAndGroupCallsTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient client;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        client = RawProtocolClient.connect(controller.address());
    }

    @AfterEach
    void stop() {
        client.close();
        controller.close();
        satellites.forEach(FakeSatellite::close);
    }

    private static long code(List<MsgApiCallResponse> replies, int index) {
        return replies.get(index).getRetCode();
    }

    /** Three nodes with online stand-in satellites reporting a 1 GiB LVM pool "data" each. */
    private void onlineCluster() throws InterruptedException {
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (31 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            satellites.add(satellite);
            client.callForReplies(
                    ApiCalls.CRT_NODE,
                    MsgCrtNode.newBuilder()
                            .setNode(Node.newBuilder()
                                    .setName(NODES.get(i))
                                    .setType("Satellite")
                                    .addNetInterfaces(NetInterface.newBuilder()
                                            .setName("default")
                                            .setAddress(address)
                                            .setSatellitePort(satellite.port())))
                            .build());
            client.callForReplies(
                    ApiCalls.CRT_STOR_POOL,
                    MsgCrtStorPool.newBuilder()
                            .setStoragePool(StoragePool.newBuilder()
                                    .setNodeName(NODES.get(i))
                                    .setStoragePoolName("data")
                                    .setProviderKind("LVM")
                                    .putProps("StorDriver/StorPoolName", "vg_data"))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MsgLstNode nodes = client.call(ApiCalls.LST_NODE).get(0).body(0, MsgLstNode.parser());
            assertThat(nodes.getNodesList())
                    .extracting(Node::getConnectionStatus)
                    .containsOnly("ONLINE");
            MsgLstStorPool pools = client.call(
                            ApiCalls.LST_STOR_POOL,
                            MsgListFilter.newBuilder()
                                    .addStoragePoolNames("data")
                                    .build())
                    .get(0)
                    .body(0, MsgLstStorPool.parser());
            assertThat(pools.getStoragePoolsList()).hasSize(3).allMatch(StoragePool::hasFreeCapacity);
        });
    }

    private void createResource(String name, long sizeKib) throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setResourceDefinition(ResourceDefinition.newBuilder().setName(name))
                        .build());
        client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setResourceName(name)
                        .addVolumeDefinitions(VolumeDefinition.newBuilder().setSizeKib(sizeKib))
                        .build());
    }

    @Test
    void autoplaceOverTheProtocolPlacesOnOnlineSatellitesAndTheyReceiveTheReplicas() throws InterruptedException {
        onlineCluster();
        createResource("web", 102400);

        List<MsgApiCallResponse> replies = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setResourceName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(2))
                        .build());
        List<MsgApiCallResponse> again = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setResourceName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(2))
                        .build());
        List<MsgApiCallResponse> tooMany = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setResourceName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(4))
                        .build());

        assertThat(replies)
                .extracting(MsgApiCallResponse::getRetCode)
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(3);
        assertThat(code(again, 0)).isEqualTo(MASK_RSC | MASK_CRT | INFO_NOOP);
        assertThat(code(tooMany, 0)).isEqualTo(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        MsgLstRsc list = client.call(ApiCalls.LST_RSC).get(0).body(0, MsgLstRsc.parser());
        assertThat(list.getResourcesList()).hasSize(2).allSatisfy(resource -> {
            assertThat(resource.getPropsMap()).containsEntry("Internal/Drbd/InitialSync", "skip");
            assertThat(resource.getVolumes(0).getStoragePoolName()).isEqualTo("data");
        });
        String chosen = list.getResources(0).getNodeName();
        FakeSatellite satellite = satellites.get(NODES.indexOf(chosen));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            MsgNodeDesiredState state = satellite.desiredStates().poll(1, TimeUnit.SECONDS);
            return state != null
                    && state.getResourcesCount() == 1
                    && state.getResources(0).getPeersCount() == 1;
        });
    }

    @Test
    void toggleDiskOverTheProtocolRefusesAMissingReplica() throws InterruptedException {
        List<MsgApiCallResponse> replies = client.callForReplies(
                ApiCalls.TOGGLE_DISK,
                MsgToggleDisk.newBuilder()
                        .setResourceName("web")
                        .setNodeName("alpha")
                        .setDiskless(true)
                        .build());

        assertThat(code(replies, 0)).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
    }

    @Test
    void groupCreateListModifySpawnAndDeleteOverTheProtocol() throws InterruptedException {
        List<MsgApiCallResponse> created = client.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setResourceGroup(ResourceGroup.newBuilder()
                                .setName("gold")
                                .setDescription("databases")
                                .putProps("Aux/tier", "1")
                                .setSelectFilter(AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2)
                                        .addStoragePoolList("data"))
                                .addVolumeGroups(VolumeGroup.newBuilder().putProps("Aux/kind", "data")))
                        .build());
        List<MsgApiCallResponse> modified = client.callForReplies(
                ApiCalls.MOD_RSC_GRP,
                MsgModRscGrp.newBuilder()
                        .setResourceGroupName("gold")
                        .setDescription("main databases")
                        .build());
        List<MsgApiCallResponse> spawned = client.callForReplies(
                ApiCalls.SPAWN_RSC_DFN,
                MsgSpawnRscDfn.newBuilder()
                        .setResourceGroupName("gold")
                        .setResourceDefinitionName("db1")
                        .addVolumeSizesKib(102400)
                        .setDefinitionsOnly(true)
                        .build());

        assertThat(created)
                .extracting(MsgApiCallResponse::getRetCode)
                .containsExactly(MASK_RSC_GRP | MASK_CRT | CREATED, MASK_VLM_GRP | MASK_CRT | CREATED);
        assertThat(code(modified, 0)).isEqualTo(MASK_RSC_GRP | MASK_MOD | MODIFIED);
        assertThat(spawned).allMatch(reply -> !isError(reply.getRetCode())).hasSize(2);
        MsgLstRscGrp groups = client.call(
                        ApiCalls.LST_RSC_GRP,
                        MsgListFilter.newBuilder().addNames("GOLD").build())
                .get(0)
                .body(0, MsgLstRscGrp.parser());
        assertThat(groups.getResourceGroupsList()).singleElement().satisfies(group -> {
            assertThat(group.getDescription()).isEqualTo("main databases");
            assertThat(group.getPropsMap()).containsEntry("Aux/tier", "1");
            assertThat(group.getSelectFilter().getPlaceCount()).isEqualTo(2);
            assertThat(group.getSelectFilter().hasAdditionalPlaceCount()).isFalse();
            assertThat(group.getSelectFilter().getStoragePoolListList()).containsExactly("data");
            assertThat(group.getVolumeGroupsList())
                    .singleElement()
                    .satisfies(
                            volumeGroup -> assertThat(volumeGroup.getPropsMap()).containsEntry("Aux/kind", "data"));
        });
        MsgLstVlmGrp volumeGroups = client.call(
                        ApiCalls.LST_VLM_GRP,
                        MsgListFilter.newBuilder().addNames("gold").build())
                .get(0)
                .body(0, MsgLstVlmGrp.parser());
        assertThat(volumeGroups.getVolumeGroupsList())
                .extracting(VolumeGroup::getVolumeNumber)
                .containsExactly(0);
        List<MsgApiCallResponse> missing = client.callForReplies(
                ApiCalls.LST_VLM_GRP,
                MsgListFilter.newBuilder().addNames("silver").build());
        assertThat(code(missing, 0)).isEqualTo(MASK_VLM_GRP | FAIL_NOT_FOUND_RSC_GRP);
        MsgLstRscDfn definitions = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        assertThat(definitions.getResourceDefinitions(0).getResourceGroupName()).isEqualTo("gold");
        List<MsgApiCallResponse> inUse = client.callForReplies(
                ApiCalls.DEL_RSC_GRP,
                MsgDelRscGrp.newBuilder().setResourceGroupName("gold").build());
        assertThat(code(inUse, 0)).isEqualTo(MASK_RSC_GRP | MASK_DEL | FAIL_IN_USE);
        assertThat(inUse.get(0).getCause()).contains("db1");
    }
}
