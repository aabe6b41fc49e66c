package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import io.linstorj.protocol.linstor.VlmGrp;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
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

    private static long code(List<ApiCallResponse> replies, int index) {
        return replies.get(index).getRetCode();
    }

    private static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
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
                                            .setStltPort(satellite.port())))
                            .build());
            client.callForReplies(
                    ApiCalls.CRT_STOR_POOL,
                    MsgCrtStorPool.newBuilder()
                            .setStorPool(StorPool.newBuilder()
                                    .setNodeName(NODES.get(i))
                                    .setStorPoolName("data")
                                    .setProviderKind(ProviderType.LVM)
                                    .addProps(entry("StorDriver/StorPoolName", "vg_data")))
                            .build());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MsgLstNode nodes = client.call(ApiCalls.LST_NODE).get(0).body(0, MsgLstNode.parser());
            assertThat(nodes.getNodesList())
                    .extracting(Node::getConnectionStatus)
                    .containsOnly(Node.ConnectionStatus.ONLINE);
            MsgLstStorPool pools = client.call(
                            ApiCalls.LST_STOR_POOL,
                            Filter.newBuilder().addStorPoolNames("data").build())
                    .get(0)
                    .body(0, MsgLstStorPool.parser());
            assertThat(pools.getStorPoolsList()).hasSize(3).allMatch(StorPool::hasFreeSpace);
        });
    }

    private void createResource(String name, long sizeKib) throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setRscDfn(RscDfn.newBuilder().setRscName(name))
                        .build());
        client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setRscName(name)
                        .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                .setVlmDfn(VlmDfn.newBuilder().setVlmSize(sizeKib)))
                        .build());
    }

    @Test
    void autoplaceOverTheProtocolPlacesOnOnlineSatellitesAndTheyReceiveTheReplicas() throws InterruptedException {
        onlineCluster();
        createResource("web", 102400);

        List<ApiCallResponse> replies = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setRscName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(2))
                        .build());
        List<ApiCallResponse> again = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setRscName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(2))
                        .build());
        List<ApiCallResponse> tooMany = client.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setRscName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(4))
                        .build());

        assertThat(replies)
                .extracting(ApiCallResponse::getRetCode)
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(3);
        assertThat(code(again, 0)).isEqualTo(MASK_RSC | MASK_CRT | INFO_NOOP);
        assertThat(code(tooMany, 0)).isEqualTo(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        MsgLstRsc list = client.call(ApiCalls.LST_RSC).get(0).body(0, MsgLstRsc.parser());
        assertThat(list.getResourcesList()).hasSize(2).allSatisfy(resource -> {
            assertThat(resource.getPropsList()).contains(entry("Internal/Drbd/InitialSync", "skip"));
            assertThat(resource.getVlms(0).getStorPoolName()).isEqualTo("data");
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
        List<ApiCallResponse> replies = client.callForReplies(
                ApiCalls.TOGGLE_DISK,
                MsgToggleDisk.newBuilder()
                        .setRscName("web")
                        .setNodeName("alpha")
                        .setDiskless(true)
                        .build());

        assertThat(code(replies, 0)).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
    }

    @Test
    void groupCreateListModifySpawnAndDeleteOverTheProtocol() throws InterruptedException {
        List<ApiCallResponse> created = client.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setRscGrp(RscGrp.newBuilder()
                                .setName("gold")
                                .setDescription("databases")
                                .addProps(entry("Aux/tier", "1"))
                                .setSelectFilter(AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2)
                                        .addStoragePoolList("data"))
                                .addVlmGrps(VlmGrp.newBuilder().addVlmProps(entry("Aux/kind", "data"))))
                        .build());
        List<ApiCallResponse> modified = client.callForReplies(
                ApiCalls.MOD_RSC_GRP,
                MsgModRscGrp.newBuilder()
                        .setRscGrpName("gold")
                        .setDescription("main databases")
                        .build());
        List<ApiCallResponse> spawned = client.callForReplies(
                ApiCalls.SPAWN_RSC_DFN,
                MsgSpawnRscDfn.newBuilder()
                        .setRscGrpName("gold")
                        .setRscDfnName("db1")
                        .addVlmSizes(102400)
                        .setDefinitionsOnly(true)
                        .build());

        assertThat(created)
                .extracting(ApiCallResponse::getRetCode)
                .containsExactly(MASK_RSC_GRP | MASK_CRT | CREATED, MASK_VLM_GRP | MASK_CRT | CREATED);
        assertThat(code(modified, 0)).isEqualTo(MASK_RSC_GRP | MASK_MOD | MODIFIED);
        assertThat(spawned).allMatch(reply -> !isError(reply.getRetCode())).hasSize(2);
        MsgLstRscGrp groups = client.call(
                        ApiCalls.LST_RSC_GRP,
                        Filter.newBuilder().addNames("GOLD").build())
                .get(0)
                .body(0, MsgLstRscGrp.parser());
        assertThat(groups.getRscGrpsList()).singleElement().satisfies(group -> {
            assertThat(group.getDescription()).isEqualTo("main databases");
            assertThat(group.getPropsList()).contains(entry("Aux/tier", "1"));
            assertThat(group.getSelectFilter().getPlaceCount()).isEqualTo(2);
            assertThat(group.getSelectFilter().hasAdditionalPlaceCount()).isFalse();
            assertThat(group.getSelectFilter().getStoragePoolListList()).containsExactly("data");
            assertThat(group.getVlmGrpsList())
                    .singleElement()
                    .satisfies(volumeGroup ->
                            assertThat(volumeGroup.getVlmPropsList()).contains(entry("Aux/kind", "data")));
        });
        MsgLstVlmGrp volumeGroups = client.call(
                        ApiCalls.LST_VLM_GRP,
                        Filter.newBuilder().addNames("gold").build())
                .get(0)
                .body(0, MsgLstVlmGrp.parser());
        assertThat(volumeGroups.getVlmGrpsList()).extracting(VlmGrp::getVlmNr).containsExactly(0);
        List<ApiCallResponse> missing = client.callForReplies(
                ApiCalls.LST_VLM_GRP, Filter.newBuilder().addNames("silver").build());
        assertThat(code(missing, 0)).isEqualTo(MASK_VLM_GRP | FAIL_NOT_FOUND_RSC_GRP);
        MsgLstRscDfn definitions = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        assertThat(definitions.getRscDfns(0).getRscGrpName()).isEqualTo("gold");
        List<ApiCallResponse> inUse = client.callForReplies(
                ApiCalls.DEL_RSC_GRP,
                MsgDelRscGrp.newBuilder().setRscGrpName("gold").build());
        assertThat(code(inUse, 0)).isEqualTo(MASK_RSC_GRP | MASK_DEL | FAIL_IN_USE);
        assertThat(inUse.get(0).getCause()).contains("db1");
    }
}
