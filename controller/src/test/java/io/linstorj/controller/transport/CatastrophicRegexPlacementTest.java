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
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.StorPool;
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
            placing.callForReplies(ApiCalls.CRT_RSC, WireRequests.disklessResource(MANY_AS, node));
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
            placing.callForReplies(ApiCalls.CRT_NODE, WireRequests.satellite(NODES.get(i), address, satellite.port()));
            placing.callForReplies(ApiCalls.CRT_STOR_POOL, WireRequests.lvmPool(NODES.get(i), "data"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MsgLstNode nodes = placing.call(ApiCalls.LST_NODE).get(0).body(0, MsgLstNode.parser());
            assertThat(nodes.getNodesList())
                    .extracting(Node::getConnectionStatus)
                    .containsOnly(Node.ConnectionStatus.ONLINE);
            MsgLstStorPool pools = placing.call(
                            ApiCalls.LST_STOR_POOL,
                            Filter.newBuilder().addStorPoolNames("data").build())
                    .get(0)
                    .body(0, MsgLstStorPool.parser());
            assertThat(pools.getStorPoolsList()).hasSize(3).allMatch(StorPool::hasFreeSpace);
        });
    }

    private void createDefinition(String name) throws InterruptedException {
        placing.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition(name));
        placing.callForReplies(ApiCalls.CRT_VLM_DFN, WireRequests.volume(name, 10240));
    }

    private List<ApiCallResponse> replies(long id) throws InterruptedException {
        List<ApiCallResponse> replies = new ArrayList<>();
        placing.awaitAnswers(id).forEach(answer -> replies.addAll(answer.allBodies(ApiCallResponse.parser())));
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
                            .setRscName(resource)
                            .setSelectFilter(AutoSelectFilter.newBuilder()
                                    .setPlaceCount(2)
                                    .setNotPlaceWithRscRegex(pattern))
                            .build());
            calls.put(pattern, id);
        }

        MsgLstRscDfn definitions = listing.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());

        assertThat(definitions.getRscDfnsList()).extracting(RscDfn::getRscName).contains(MANY_AS);
        for (Map.Entry<String, Long> call : calls.entrySet()) {
            assertThat(replies(call.getValue()))
                    .as(call.getKey())
                    .extracting(ApiCallResponse::getRetCode)
                    .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                    .hasSize(3);
        }
    }

    @Test
    void spawnFromAGroupWithACatastrophicPatternIsAnsweredAndDoesNotHoldUpOtherClients() throws InterruptedException {
        placing.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setRscGrp(RscGrp.newBuilder()
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
                        .setRscGrpName("risky")
                        .setRscDfnName("db1")
                        .addVlmSizes(10240)
                        .build());

        MsgLstRscDfn definitions = listing.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        List<ApiCallResponse> spawned = replies(id);

        assertThat(definitions.getRscDfnsList()).isNotEmpty();
        assertThat(spawned.get(spawned.size() - 1).getRetCode()).isEqualTo(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        assertThat(spawned.get(spawned.size() - 1).getMessage()).startsWith("Not enough available nodes");
    }

    @Test
    void overLongAndUnsupportedPatternsAreRefusedOverTheProtocol() throws InterruptedException {
        createDefinition("web");

        List<ApiCallResponse> overLong = placing.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setRscName("web")
                        .setSelectFilter(AutoSelectFilter.newBuilder()
                                .setPlaceCount(2)
                                .setNotPlaceWithRscRegex("a".repeat(1025)))
                        .build());
        List<ApiCallResponse> backreference = placing.callForReplies(
                ApiCalls.AUTO_PLACE_RSC,
                MsgAutoPlaceRsc.newBuilder()
                        .setRscName("web")
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
