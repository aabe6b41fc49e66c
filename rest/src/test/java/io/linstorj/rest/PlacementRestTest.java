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
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spawn and autoplace over REST, on three online stand-in satellites with a 1 GiB pool "data" each. */
class PlacementRestTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    @TempDir
    Path dataDir;

    private RestFixture rest;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        rest = new RestFixture(dataDir);
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (61 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            satellites.add(satellite);
            assertThat(rest.post(
                                    "/v1/nodes",
                                    "{\"name\":\"" + NODES.get(i) + "\",\"type\":\"SATELLITE\","
                                            + "\"net_interfaces\":[{\"name\":\"default\",\"address\":\"" + address
                                            + "\",\"satellite_port\":"
                                            + satellite.port() + "}]}")
                            .status())
                    .isEqualTo(201);
            assertThat(rest.post(
                                    "/v1/nodes/" + NODES.get(i) + "/storage-pools",
                                    "{\"storage_pool_name\":\"data\","
                                            + "\"provider_kind\":\"LVM\",\"props\":{\"StorDriver/StorPoolName\":\"vg_data\"}}")
                            .status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rest.get("/v1/nodes").json())
                    .extracting(node -> node.get("connection_status").asText())
                    .containsOnly("ONLINE");
            assertThat(rest.get("/v1/view/storage-pools?storage_pools=data").json())
                    .hasSize(3)
                    .allMatch(pool -> pool.has("free_capacity"));
        });
    }

    @AfterEach
    void stop() {
        rest.close();
        satellites.forEach(FakeSatellite::close);
    }

    private List<String> nodesOf(String resource) {
        JsonNode list =
                rest.get("/v1/resource-definitions/" + resource + "/resources").json();
        return StreamSupport.stream(list.spliterator(), false)
                .map(r -> r.get("node_name").asText())
                .toList();
    }

    private void createDefinition(String name, String group) {
        assertThat(rest.post(
                                "/v1/resource-definitions",
                                "{\"resource_definition\":{\"name\":\"" + name + "\""
                                        + (group == null ? "" : ",\"resource_group_name\":\"" + group + "\"") + "}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(
                                "/v1/resource-definitions/" + name + "/volume-definitions",
                                "{\"volume_definition\":{\"size_kib\":102400}}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void spawnPlacesByTheGroupsFilterAndTheRequestsOverride() {
        assertThat(rest.post(
                                "/v1/resource-groups",
                                "{\"name\":\"rgdata\",\"select_filter\":{\"place_count\":2,"
                                        + "\"storage_pool\":\"data\"}}")
                        .status())
                .isEqualTo(201);
        rest.post("/v1/resource-groups/rgdata/volume-groups", "{}");

        RestAnswer spawned = rest.post(
                "/v1/resource-groups/rgdata/spawn", "{\"resource_definition_name\":\"sp1\",\"volume_sizes\":[10240]}");
        assertThat(spawned.status()).isEqualTo(201);
        assertThat(nodesOf("sp1")).hasSize(2);

        RestAnswer three = rest.post(
                "/v1/resource-groups/rgdata/spawn",
                "{\"resource_definition_name\":\"sp3\",\"volume_sizes\":[10240],\"select_filter\":{\"place_count\":3}}");
        assertThat(three.status()).isEqualTo(201);
        assertThat(nodesOf("sp3")).containsExactlyInAnyOrderElementsOf(NODES);
    }

    @Test
    void spawnThatCannotBePlacedLeavesNoDefinition() {
        rest.post(
                "/v1/resource-groups",
                "{\"name\":\"rgdata\",\"select_filter\":{\"place_count\":2," + "\"storage_pool\":\"data\"}}");
        rest.post("/v1/resource-groups/rgdata/volume-groups", "{}");

        RestAnswer tooBig = rest.post(
                "/v1/resource-groups/rgdata/spawn",
                "{\"resource_definition_name\":\"big\",\"volume_sizes\":[10485760]}");
        assertThat(tooBig.status()).isEqualTo(409);
        assertThat(tooBig.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_NOT_ENOUGH_NODES & MASK_BITS_CODE);
        RestAnswer badRegex = rest.post(
                "/v1/resource-groups/rgdata/spawn",
                "{\"resource_definition_name\":\"rx\",\"volume_sizes\":[10240],"
                        + "\"select_filter\":{\"not_place_with_rsc_regex\":\"([a-z\"}}");
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(rest.get("/v1/resource-definitions/big").status()).isEqualTo(404);
        assertThat(rest.get("/v1/resource-definitions/rx").status()).isEqualTo(404);
    }

    @Test
    void autoplaceWithAnEmptyBodyUsesTheGroupsFilterAndAgainIsANoop() {
        rest.post("/v1/resource-groups", "{\"name\":\"rg3\",\"select_filter\":{\"place_count\":3}}");
        createDefinition("web", "rg3");

        RestAnswer placed = rest.post("/v1/resource-definitions/web/autoplace", "{}");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT | CREATED);
        assertThat(nodesOf("web")).containsExactlyInAnyOrderElementsOf(NODES);

        RestAnswer again = rest.post("/v1/resource-definitions/web/autoplace", "{}");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT | INFO_NOOP);
    }

    @Test
    void autoplaceByTheRequestsFilterWithLayerList() {
        createDefinition("db", null);
        RestAnswer placed = rest.post(
                "/v1/resource-definitions/db/autoplace",
                "{\"select_filter\":{\"place_count\":1,\"storage_pool\":\"data\"},\"layer_list\":[\"STORAGE\"]}");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(nodesOf("db")).hasSize(1);
        RestAnswer more = rest.post(
                "/v1/resource-definitions/db/autoplace", "{\"select_filter\":{\"additional_place_count\":1}}");
        assertThat(more.status()).isEqualTo(201);
        assertThat(nodesOf("db")).hasSize(2);
    }

    @Test
    void badAutoplaceFiltersAreRefusedAndPlaceNothing() {
        createDefinition("web", null);
        RestAnswer zero =
                rest.post("/v1/resource-definitions/web/autoplace", "{\"select_filter\":{\"place_count\":0}}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_INVLD_PLACE_COUNT & MASK_BITS_CODE);
        RestAnswer thousand =
                rest.post("/v1/resource-definitions/web/autoplace", "{\"select_filter\":{\"place_count\":1000}}");
        assertThat(thousand.status()).isEqualTo(409);
        assertThat(thousand.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_NOT_ENOUGH_NODES & MASK_BITS_CODE);
        assertThat(rest.post("/v1/resource-definitions/web/autoplace", "{\"select_filter\":{\"place_count\":4}}")
                                .firstRetCode()
                        & MASK_BITS_CODE)
                .isEqualTo(FAIL_NOT_ENOUGH_NODES & MASK_BITS_CODE);
        assertThat(rest.post(
                                "/v1/resource-definitions/web/autoplace",
                                "{\"select_filter\":{\"not_place_with_rsc_regex\":\"([a-z\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-definitions/web/autoplace",
                                "{\"select_filter\":{\"provider_list\":[\"NOPE\"]}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-definitions/web/autoplace",
                                "{\"select_filter\":{\"layer_stack\":[\"STORAGE\"]},\"layer_list\":[\"DRBD\",\"STORAGE\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-definitions/web/autoplace",
                                "{\"select_filter\":{\"place_count\":2,\"port_count\":1}}")
                        .status())
                .isEqualTo(501);
        assertThat(rest.post("/v1/resource-definitions/web/autoplace", "[]").status())
                .isEqualTo(400);
        assertThat(nodesOf("web")).isEmpty();
    }
}
