package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.transport.FakeSatellite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size queries over REST, on three online stand-in satellites that report 1 GiB free of 2 GiB
 * for their LVM pool "data"; every answer is checked against the spec by the fixture.
 */
class SizeQueryRestTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");
    private static final long GIB_KIB = 1024 * 1024;

    @TempDir
    Path dataDir;

    private RestFixture rest;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        rest = new RestFixture(dataDir);
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (71 + i);
            FakeSatellite satellite = FakeSatellite.start(address, GIB_KIB, 2 * GIB_KIB);
            satellites.add(satellite);
            assertThat(rest.createNode(NODES.get(i), address, satellite.port()).status())
                    .isEqualTo(201);
            assertThat(rest.post(
                                    "/v1/nodes/" + NODES.get(i) + "/storage-pools",
                                    "{\"storage_pool_name\":\"data\","
                                            + "\"provider_kind\":\"LVM\",\"props\":{\"StorDriver/StorPoolName\":\"vg_data\"}}")
                            .status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rest.get("/v1/view/storage-pools?storage_pools=data")
                                .json())
                        .hasSize(3)
                        .allMatch(pool -> pool.has("free_capacity")));
    }

    @AfterEach
    void stop() {
        rest.close();
        satellites.forEach(FakeSatellite::close);
    }

    private RestAnswer maxVolumeSize(String filter) {
        return rest.send("OPTIONS", "/v1/query-max-volume-size", filter, "application/json");
    }

    private static long code(RestAnswer answer) {
        return answer.firstRetCode() & MASK_BITS_CODE;
    }

    @Test
    void maxVolumeSizeAnswersTheCandidatesOfTheFilter() {
        RestAnswer answer = maxVolumeSize("{\"place_count\":2,\"storage_pool\":\"data\"}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode candidate = answer.json().get("candidates").get(0);
        assertThat(answer.json().get("candidates")).hasSize(1);
        assertThat(candidate.get("storage_pool").asText()).isEqualTo("data");
        assertThat(candidate.get("max_volume_size_kib").asLong()).isEqualTo(GIB_KIB);
        assertThat(candidate.get("node_names")).hasSize(2);
        assertThat(candidate.get("all_thin").asBoolean()).isFalse();
        assertThat(answer.json().get("default_max_oversubscription_ratio").asDouble())
                .isEqualTo(20.0);
    }

    @Test
    void maxVolumeSizeWithoutBodyPlacesTwoReplicas() {
        RestAnswer answer = rest.send("OPTIONS", "/v1/query-max-volume-size", null, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("candidates").get(0).get("node_names")).hasSize(2);
    }

    @Test
    void maxVolumeSizeRefusalsAreLinstorsApiCallRcs() {
        RestAnswer four = maxVolumeSize("{\"place_count\":4}");
        assertThat(four.status()).isEqualTo(409);
        assertThat(code(four)).isEqualTo(FAIL_NOT_ENOUGH_NODES & MASK_BITS_CODE);
        assertThat(four.firstMessage()).isEqualTo("Not enough nodes");
        for (String count : List.of("0", "-2", "33")) {
            RestAnswer bad = maxVolumeSize("{\"place_count\":" + count + "}");
            assertThat(bad.status()).as("place_count %s", count).isEqualTo(400);
            assertThat(code(bad)).isEqualTo(FAIL_INVLD_PLACE_COUNT & MASK_BITS_CODE);
        }
        RestAnswer unknownPool = maxVolumeSize("{\"storage_pool\":\"nope\"}");
        assertThat(unknownPool.status()).isEqualTo(404);
        assertThat(code(unknownPool)).isEqualTo(FAIL_NOT_FOUND_STOR_POOL_DFN & MASK_BITS_CODE);
        assertThat(maxVolumeSize("{\"overprovision\":2.0}").status()).isEqualTo(501);
        assertThat(maxVolumeSize("{\"place_count\":\"two\"}").status()).isEqualTo(400);
        assertThat(maxVolumeSize("[").status()).isEqualTo(400);
    }

    @Test
    void groupMaxVolumeSizeUsesTheGroupsFilter() {
        rest.post("/v1/resource-groups", "{\"name\":\"rg3\",\"select_filter\":{\"place_count\":3}}");
        rest.post("/v1/resource-groups", "{\"name\":\"nocount\"}");

        RestAnswer answer = rest.get("/v1/resource-groups/rg3/query-max-volume-size");
        RestAnswer noCount = rest.get("/v1/resource-groups/nocount/query-max-volume-size");
        RestAnswer missing = rest.get("/v1/resource-groups/missing/query-max-volume-size");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("candidates").get(0).get("node_names")).hasSize(3);
        assertThat(noCount.status()).isEqualTo(400);
        assertThat(code(noCount)).isEqualTo(FAIL_INVLD_PLACE_COUNT & MASK_BITS_CODE);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(code(missing)).isEqualTo(FAIL_NOT_FOUND_RSC_GRP & MASK_BITS_CODE);
    }

    @Test
    void sizeInfoNamesTheNextSpawnAndTheSpaceLeft() {
        rest.post(
                "/v1/resource-groups",
                "{\"name\":\"rg2\",\"select_filter\":{\"place_count\":2," + "\"storage_pool\":\"data\"}}");

        RestAnswer answer = rest.post("/v1/resource-groups/rg2/query-size-info", "{}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode space = answer.json().get("space_info");
        assertThat(space.get("max_vlm_size_in_kib").asLong()).isEqualTo(GIB_KIB);
        // three pools of 1 GiB free, two replicas each: the first volume takes two, one pool is left
        assertThat(space.get("available_size_in_kib").asLong()).isEqualTo(GIB_KIB);
        assertThat(space.get("capacity_in_kib").asLong()).isEqualTo(2 * GIB_KIB);
        assertThat(space.get("default_max_oversubscription_ratio").asDouble()).isEqualTo(20.0);
        assertThat(space.get("next_spawn_result"))
                .hasSize(2)
                .allSatisfy(target ->
                        assertThat(target.get("stor_pool_name").asText()).isEqualTo("data"));
        assertThat(answer.json().has("reports")).isFalse();
    }

    @Test
    void sizeInfoThatCannotPlaceAnswersZerosAndTheReason() {
        rest.post("/v1/resource-groups", "{\"name\":\"rg2\",\"select_filter\":{\"place_count\":2}}");

        RestAnswer answer = rest.post(
                "/v1/resource-groups/rg2/query-size-info",
                "{\"select_filter\":{\"place_count\":4},\"ignore_cache_older_than_sec\":30}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("space_info").get("max_vlm_size_in_kib").asLong())
                .isZero();
        assertThat(answer.json().get("space_info").get("next_spawn_result")).isEmpty();
        assertThat(answer.json().get("reports").get(0).get("ret_code").asLong() & MASK_BITS_CODE)
                .isEqualTo(FAIL_NOT_ENOUGH_NODES & MASK_BITS_CODE);
    }

    @Test
    void sizeInfoRefusesUnknownGroupsAndBadBodies() {
        rest.post("/v1/resource-groups", "{\"name\":\"rg2\"}");

        assertThat(rest.post("/v1/resource-groups/missing/query-size-info", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.post("/v1/resource-groups/rg2/query-size-info", "{\"select_filter\":{\"place_count\":0}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/resource-groups/rg2/query-size-info", "{\"unknown\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.send("POST", "/v1/resource-groups/rg2/query-size-info", "{}", "text/plain")
                        .status())
                .isEqualTo(415);
        assertThat(rest.send("POST", "/v1/resource-groups/rg2/query-size-info", null, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void allSizeInfoAnswersEveryGroup() {
        rest.post("/v1/resource-groups", "{\"name\":\"rg3\",\"select_filter\":{\"place_count\":3}}");

        RestAnswer answer = rest.post("/v1/queries/resource-groups/query-all-size-info", "{}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode result = answer.json().get("result");
        assertThat(result.has("DfltRscGrp")).isTrue();
        assertThat(result.get("rg3").get("space_info").get("next_spawn_result")).hasSize(3);
        assertThat(rest.post(
                                "/v1/queries/resource-groups/query-all-size-info",
                                "{\"select_filter\":{\"place_count\":99}}")
                        .status())
                .isEqualTo(400);
    }
}
