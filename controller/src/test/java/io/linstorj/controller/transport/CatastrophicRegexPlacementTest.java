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
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtStorPool;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstStorPool;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.VolumeDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autoplace and spawn with regular expressions that make a backtracking engine run for hours, over
 * real sockets: they are answered, and another client is answered meanwhile. Each wait gives up
 * after 30 s ({@link RawProtocolClient#take}); that bounds a hang, it is no timing assertion.
 */
class CatastrophicRegexPlacementTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");
    /** 46 a's and "-b": a resource name on which those patterns backtrack exponentially. */
    private static final String MANY_AS = "a".repeat(46) + "-b";

    private static final List<String> PATTERNS = List.of("(.*a){20}$", "(a+)+$", "(a|aa)+b");

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient placing;
    private RawProtocolClient listing;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        placing = RawProtocolClient.connect(controller.address());
        listing = RawProtocolClient.connect(controller.address());
        onlineCluster();
        createDefinition(MANY_AS);
        for (String node : NODES) {
            placing.callForReplies(
                    ApiCalls.CRT_RSC,
                    MsgCrtRsc.newBuilder()
                            .setResourceName(MANY_AS)
                            .setNodeName(node)
                            .addFlags("DISKLESS")
                            .build());
        }
    }

    @AfterEach
    void stop() {
        placing.close();
        listing.close();
        controller.close();
        satellites.forEach(FakeSatellite::close);
    }

    /** Three nodes with online stand-in satellites reporting a 1 GiB LVM pool "data" each. */
    private void onlineCluster() throws InterruptedException {
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (41 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            satellites.add(satellite);
            placing.callForReplies(
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
            placing.callForReplies(
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
            MsgLstNode nodes = placing.call(ApiCalls.LST_NODE).get(0).body(0, MsgLstNode.parser());
            assertThat(nodes.getNodesList())
                    .extracting(Node::getConnectionStatus)
                    .containsOnly("ONLINE");
            MsgLstStorPool pools = placing.call(
                            ApiCalls.LST_STOR_POOL,
                            MsgListFilter.newBuilder()
                                    .addStoragePoolNames("data")
                                    .build())
                    .get(0)
                    .body(0, MsgLstStorPool.parser());
            assertThat(pools.getStoragePoolsList()).hasSize(3).allMatch(StoragePool::hasFreeCapacity);
        });
    }

    private void createDefinition(String name) throws InterruptedException {
        placing.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setResourceDefinition(ResourceDefinition.newBuilder().setName(name))
                        .build());
        placing.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setResourceName(name)
                        .addVolumeDefinitions(VolumeDefinition.newBuilder().setSizeKib(10240))
                        .build());
    }

    private List<MsgApiCallResponse> replies(long id) throws InterruptedException {
        List<MsgApiCallResponse> replies = new ArrayList<>();
        placing.awaitAnswers(id).forEach(answer -> replies.addAll(answer.allBodies(MsgApiCallResponse.parser())));
        return replies;
    }

    @Test
    void autoplacesWithCatastrophicPatternsAreAnsweredAndDoNotHoldUpOtherClients() throws InterruptedException {
        Map<String, Long> calls = new LinkedHashMap<>();
        for (String pattern : PATTERNS) {
            String resource = "web" + calls.size();
            createDefinition(resource);
            long id = placing.newId();
            placing.send(
                    id,
                    ApiCalls.AUTO_PLACE_RSC,
                    MsgAutoPlaceRsc.newBuilder()
                            .setResourceName(resource)
                            .setSelectFilter(AutoSelectFilter.newBuilder()
                                    .setPlaceCount(2)
                                    .setNotPlaceWithRscRegex(pattern))
                            .build());
            calls.put(pattern, id);
        }

        MsgLstRscDfn definitions = listing.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());

        assertThat(definitions.getResourceDefinitionsList())
                .extracting(ResourceDefinition::getName)
                .contains(MANY_AS);
        for (Map.Entry<String, Long> call : calls.entrySet()) {
            assertThat(replies(call.getValue()))
                    .as(call.getKey())
                    .extracting(MsgApiCallResponse::getRetCode)
                    .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                    .hasSize(3);
        }
    }

    @Test
    void spawnFromAGroupWithACatastrophicPatternIsAnsweredAndDoesNotHoldUpOtherClients() throws InterruptedException {
        placing.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setResourceGroup(ResourceGroup.newBuilder()
                                .setName("risky")
                                .setSelectFilter(AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2)
                                        .setNotPlaceWithRscRegex("^(a+)+-")))
                        .build());
        long id = placing.newId();
        placing.send(
                id,
                ApiCalls.SPAWN_RSC_DFN,
                MsgSpawnRscDfn.newBuilder()
                        .setResourceGroupName("risky")
                        .setResourceDefinitionName("db1")
                        .addVolumeSizesKib(10240)
                        .build());

        MsgLstRscDfn definitions = listing.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        List<MsgApiCallResponse> spawned = replies(id);

        assertThat(definitions.getResourceDefinitionsList()).isNotEmpty();
        assertThat(spawned.get(spawned.size() - 1).getRetCode()).isEqualTo(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        assertThat(spawned.get(spawned.size() - 1).getMessage()).startsWith("Not enough available nodes");
    }

    @Test
    void overLongAndUnsupportedPatternsAreRefusedOverTheProtocol() throws InterruptedException {
        createDefinition("web");

        List<MsgApiCallResponse> overLong = placing.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setResourceName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder()
                                .setPlaceCount(2)
                                .setNotPlaceWithRscRegex("a".repeat(1025)))
                        .build());
        List<MsgApiCallResponse> backreference = placing.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setResourceName("web")
                        .setSelectFilter(
                                AutoSelectFilter.newBuilder().setPlaceCount(2).setNotPlaceWithRscRegex("(a)\\1"))
                        .build());

        assertThat(overLong).singleElement().satisfies(reply -> {
            assertThat(reply.getRetCode()).isEqualTo(MASK_RSC | MASK_CRT | FAIL_INVLD_REQUEST);
            assertThat(reply.getMessage()).isEqualTo("not_place_with_rsc_regex has 1025 characters, more than 1024.");
            assertThat(reply.getCorrection()).isNotEmpty();
        });
        assertThat(backreference).singleElement().satisfies(reply -> {
            assertThat(reply.getRetCode()).isEqualTo(MASK_RSC | MASK_CRT | FAIL_INVLD_REQUEST);
            assertThat(reply.getMessage()).contains("is not a valid regular expression");
        });
    }
}
