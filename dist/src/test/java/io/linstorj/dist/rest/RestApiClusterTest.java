package io.linstorj.dist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.common.RetCodes;
import io.linstorj.rest.RestAnswer;
import io.linstorj.rest.RestReadme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linstorj cluster} started as a user starts it, and every REST operation it serves called
 * in the order a user would, each answer validated against rest_v1_openapi.yaml; then
 * {@code bin/rest-smoke} against the same cluster. Each test makes and deletes its own objects, so
 * they run in any order; once all of them ran, the class checks that together they called every
 * operation the README's REST table lists, as the smoke test checks for the script.
 */
class RestApiClusterTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    @TempDir
    static Path dataDir;

    private static ClusterProcess cluster;
    private static Coverage walked;
    private static SpecCheckedRest rest;
    private static final AtomicInteger testsRun = new AtomicInteger();

    @BeforeAll
    static void startTheClusterCommand() {
        walked = new Coverage(servedOperations());
        cluster = ClusterProcess.start(dataDir);
        rest = new SpecCheckedRest(cluster.restUri(), walked);
    }

    /** What RouteTable serves, as the README's table lists it (rest's RestReadmeTest keeps them equal). */
    private static Set<String> servedOperations() {
        return RestReadme.read(RestReadme.repositoryRoot().resolve("README.md")).servedRows();
    }

    @AfterAll
    static void stopIt() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void countTheTestRun() {
        testsRun.incrementAndGet();
    }

    /**
     * Checked once every test of the class ran (a run of some of them calls only some operations),
     * whatever their order.
     */
    @AfterAll
    static void togetherTheTestsCalledEveryServedOperation() {
        long tests = Arrays.stream(RestApiClusterTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .count();
        if (testsRun.get() < tests) {
            return;
        }
        assertThat(servedOperations()).as("the README's REST table").contains("GET /v1/nodes", "GET /metrics");
        assertThat(walked.missed())
                .as("served operations no test of this class calls")
                .isEmpty();
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    private static String nodeBody(String name, String address) {
        return "{\"name\":\"" + name + "\",\"type\":\"SATELLITE\",\"net_interfaces\":[{\"name\":\"default\","
                + "\"address\":\"" + address + "\",\"satellite_port\":3366}]}";
    }

    /** Waits until the object at {@code path} is gone: a deletion ends when the satellites have confirmed it. */
    private static void awaitGone(String path) {
        await().atMost(WAIT).until(() -> rest.get(path).status() == 404);
    }

    private static List<String> diskStates(String resource) {
        List<String> states = new ArrayList<>();
        rest.get("/v1/view/resources?resources=" + resource)
                .json()
                .forEach(replica -> replica.get("volumes")
                        .forEach(volume -> states.add(replica.get("node_name").asText() + "="
                                + volume.path("state").path("disk_state").asText())));
        return states;
    }

    @Test
    void controllerPropertiesAndVersion() {
        assertThat(rest.get("/health").status()).isEqualTo(200);
        assertThat(rest.get("/v1/controller/version")
                        .json()
                        .get("rest_api_version")
                        .asText())
                .isEqualTo("1.28.0");

        assertThat(rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/restwalk\":\"yes\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/controller/properties")
                        .json()
                        .get("Aux/restwalk")
                        .asText())
                .isEqualTo("yes");
        assertThat(rest.delete("/v1/controller/properties/Aux%2Frestwalk").status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/controller/properties").json().has("Aux/restwalk"))
                .isFalse();
        assertThat(rest.post("/v1/controller/properties", "{\"override_props\":{\"StorPoolName\":\"!\"}}")
                        .status())
                .isEqualTo(400);

        assertThat(rest.post(
                                "/v1/controller/properties",
                                "{\"override_props\":{\"Aux/restwalk/a\":\"1\",\"Aux/restwalk/b\":\"2\",\"Aux/restkeep\":\"3\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(
                                "/v1/controller/properties",
                                "{\"delete_props\":[\"Aux/restkeep\"],\"delete_namespaces\":[\"Aux/restwalk\"]}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/controller/properties").json().fieldNames())
                .toIterable()
                .doesNotContain("Aux/restwalk/a", "Aux/restwalk/b", "Aux/restkeep");

        JsonNode info = rest.get("/v1/controller/properties/info").json();
        assertThat(info.isObject()).isTrue();
        assertThat(info.size()).isPositive();
        JsonNode all = rest.get("/v1/controller/properties/info/all").json();
        assertThat(all.isObject()).isTrue();
        assertThat(all.size()).isGreaterThan(1);
    }

    @Test
    void theClustersNodesAreOnlineAndANewNodeGetsNetInterfacesAndPools() {
        JsonNode nodes = rest.get("/v1/nodes").json();
        assertThat(names(nodes, "name")).containsExactlyInAnyOrderElementsOf(NODES);
        assertThat(names(nodes, "connection_status")).containsOnly("ONLINE");
        assertThat(rest.get("/v1/nodes/ALPHA").json().get("name").asText()).isEqualTo("alpha");
        assertThat(rest.put("/v1/nodes/alpha", "{\"override_props\":{\"Aux/restwalk\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/nodes/alpha")
                        .json()
                        .get("props")
                        .get("Aux/restwalk")
                        .asText())
                .isEqualTo("1");
        assertThat(rest.put("/v1/nodes/alpha", "{\"delete_props\":[\"Aux/restwalk\"]}")
                        .status())
                .isEqualTo(200);

        // A node of our own, without a satellite: it stays OFFLINE.
        assertThat(rest.post("/v1/nodes", nodeBody("delta", "127.0.0.90")).status())
                .isEqualTo(201);
        assertThat(rest.post("/v1/nodes", nodeBody("delta", "127.0.0.90")).status())
                .isEqualTo(409);
        assertThat(rest.post("/v1/nodes", nodeBody("bad name", "127.0.0.90")).status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/nodes/delta/net-interfaces").json()).hasSize(1);
        assertThat(rest.post("/v1/nodes/delta/net-interfaces", "{\"name\":\"repl\",\"address\":\"127.0.0.89\"}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/nodes/delta/net-interfaces/repl")
                        .json()
                        .get("address")
                        .asText())
                .isEqualTo("127.0.0.89");
        assertThat(rest.put("/v1/nodes/delta/net-interfaces/repl", "{\"name\":\"repl\",\"address\":\"127.0.0.88\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.delete("/v1/nodes/delta/net-interfaces/repl").status()).isEqualTo(200);
        assertThat(rest.delete("/v1/nodes/delta/net-interfaces/default").status())
                .isEqualTo(409);
        assertThat(rest.put("/v1/nodes/delta/reconnect", null).status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/delta").json().get("connection_status").asText())
                .isNotEqualTo("ONLINE");
        assertThat(rest.put("/v1/nodes/nosuchnode/reconnect", null).status()).isEqualTo(404);
        assertThat(rest.get("/v1/nodes/properties/info").json().size()).isPositive();

        JsonNode pools = rest.get("/v1/nodes/alpha/storage-pools").json();
        assertThat(names(pools, "storage_pool_name")).contains("DfltStorPool");
        JsonNode pool = rest.get("/v1/nodes/alpha/storage-pools/DfltStorPool").json();
        assertThat(pool.get("provider_kind").asText()).isEqualTo("FILE_THIN");
        assertThat(pool.get("free_capacity").asLong()).isPositive();
        assertThat(rest.post(
                                "/v1/nodes/delta/storage-pools",
                                "{\"storage_pool_name\":\"walkdl\",\"provider_kind\":\"DISKLESS\"}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.put("/v1/nodes/delta/storage-pools/walkdl", "{\"override_props\":{\"Aux/a\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/nodes/delta/storage-pools/walkdl")
                        .json()
                        .get("props")
                        .get("Aux/a")
                        .asText())
                .isEqualTo("1");
        assertThat(rest.post(
                                "/v1/nodes/delta/storage-pools",
                                "{\"storage_pool_name\":\"walkbad\",\"provider_kind\":\"NOPE\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.delete("/v1/nodes/delta/storage-pools/walkdl").status()).isEqualTo(200);
        assertThat(rest.delete("/v1/storage-pool-definitions/walkdl").status()).isEqualTo(200);

        assertThat(rest.post("/v1/storage-pool-definitions", "{\"storage_pool_name\":\"walksp\"}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post("/v1/storage-pool-definitions", "{\"storage_pool_name\":\"walksp\"}")
                        .status())
                .isEqualTo(409);
        assertThat(names(rest.get("/v1/storage-pool-definitions").json(), "storage_pool_name"))
                .contains("walksp");
        assertThat(rest.get("/v1/storage-pool-definitions/walksp").status()).isEqualTo(200);
        assertThat(rest.put(
                                "/v1/storage-pool-definitions/walksp",
                                "{\"override_props\":{\"MaxOversubscriptionRatio\":\"4\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/storage-pool-definitions/walksp")
                        .json()
                        .get("props")
                        .get("MaxOversubscriptionRatio")
                        .asText())
                .isEqualTo("4");
        assertThat(rest.put(
                                "/v1/storage-pool-definitions/walksp",
                                "{\"override_props\":{\"MaxOversubscriptionRatio\":\"lots\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/storage-pool-definitions/properties/info")
                        .json()
                        .size())
                .isPositive();
        assertThat(rest.get("/v1/nodes/alpha/storage-pools/properties/info")
                        .json()
                        .size())
                .isPositive();
        assertThat(rest.delete("/v1/storage-pool-definitions/walksp").status()).isEqualTo(200);
        assertThat(rest.get("/v1/storage-pool-definitions/walksp").status()).isEqualTo(404);

        assertThat(names(
                        rest.get("/v1/view/storage-pools?storage_pools=DfltStorPool")
                                .json(),
                        "node_name"))
                .containsExactlyInAnyOrderElementsOf(NODES);
        // delta's satellite never answered: node lost takes it away; a connected node is refused.
        assertThat(rest.delete("/v1/nodes/alpha/lost").status()).isEqualTo(409);
        assertThat(rest.delete("/v1/nodes/delta/lost").status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/delta").status()).isEqualTo(404);
    }

    @Test
    void aResourceGroupSpawnsAndAutoplaceReplicatesWithRealSatellites() {
        assertThat(rest.post(
                                "/v1/resource-groups",
                                "{\"name\":\"walkrg\",\"select_filter\":{\"place_count\":2,"
                                        + "\"storage_pool\":\"DfltStorPool\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(names(rest.get("/v1/resource-groups?resource_groups=walkrg").json(), "name"))
                .containsExactly("walkrg");
        assertThat(rest.put("/v1/resource-groups/walkrg", "{\"description\":\"the walk's\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-groups/walkrg")
                        .json()
                        .get("description")
                        .asText())
                .isEqualTo("the walk's");
        assertThat(rest.post("/v1/resource-groups/walkrg/volume-groups", "{\"volume_number\":0}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/resource-groups/walkrg/volume-groups").json()).hasSize(1);
        assertThat(rest.put("/v1/resource-groups/walkrg/volume-groups/0", "{\"override_props\":{\"Aux/v\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-groups/walkrg/volume-groups/0")
                        .json()
                        .get("props")
                        .get("Aux/v")
                        .asText())
                .isEqualTo("1");
        assertThat(rest.get("/v1/resource-groups/properties/info").json().size())
                .isPositive();
        // Volume groups take no key LinstorJ interprets yet: their map is empty, but a map.
        assertThat(rest.get("/v1/resource-groups/walkrg/volume-groups/properties/info")
                        .json()
                        .isObject())
                .isTrue();

        // How much the cluster's pools could hold: by the group's filter, by one given, for the next spawn.
        JsonNode groupMax = rest.get("/v1/resource-groups/walkrg/query-max-volume-size")
                .json()
                .get("candidates");
        assertThat(names(groupMax, "storage_pool")).containsOnly("DfltStorPool");
        assertThat(groupMax.get(0).get("node_names")).hasSize(2);
        assertThat(groupMax.get(0).get("max_volume_size_kib").asLong()).isPositive();
        RestAnswer threeMax = rest.send(
                "OPTIONS", "/v1/query-max-volume-size", "{\"place_count\":3,\"storage_pool\":\"DfltStorPool\"}");
        assertThat(threeMax.status()).isEqualTo(200);
        assertThat(threeMax.json().get("candidates").get(0).get("node_names")).hasSize(3);
        assertThat(rest.send("OPTIONS", "/v1/query-max-volume-size", "{\"place_count\":4}")
                        .status())
                .isEqualTo(409);
        JsonNode space = rest.post("/v1/resource-groups/walkrg/query-size-info", "{}")
                .json()
                .get("space_info");
        assertThat(space.get("max_vlm_size_in_kib").asLong()).isPositive();
        assertThat(space.get("next_spawn_result"))
                .hasSize(2)
                .allSatisfy(target ->
                        assertThat(target.get("stor_pool_name").asText()).isEqualTo("DfltStorPool"));
        assertThat(rest.post("/v1/resource-groups/nosuchrg/query-size-info", "{}")
                        .status())
                .isEqualTo(404);
        JsonNode allSizes = rest.post("/v1/queries/resource-groups/query-all-size-info", "{}")
                .json()
                .get("result");
        assertThat(allSizes.get("walkrg").get("space_info").get("next_spawn_result"))
                .hasSize(2);

        // A partial spawn may give more sizes than the group has volume groups.
        assertThat(rest.post(
                                "/v1/resource-groups/walkrg/spawn",
                                "{\"resource_definition_name\":\"walkpart\","
                                        + "\"volume_sizes\":[8192,8192],\"definitions_only\":true}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-groups/walkrg/spawn",
                                "{\"resource_definition_name\":\"walkpart\","
                                        + "\"volume_sizes\":[8192,8192],\"partial\":true,\"definitions_only\":true}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/resource-definitions/walkpart/volume-definitions")
                        .json())
                .hasSize(2);
        assertThat(rest.get("/v1/resource-definitions/walkpart/resources").json())
                .isEmpty();
        assertThat(rest.delete("/v1/resource-definitions/walkpart").status()).isEqualTo(200);

        RestAnswer spawned = rest.post(
                "/v1/resource-groups/walkrg/spawn",
                "{\"resource_definition_name\":\"walkweb\",\"volume_sizes\":[16384]}");
        assertThat(spawned.status()).as(spawned.body()).isEqualTo(201);
        assertThat(rest.get("/v1/resource-definitions/walkweb/resources").json())
                .hasSize(2);
        assertThat(rest.post(
                                "/v1/resource-groups/walkrg/spawn",
                                "{\"resource_definition_name\":\"walkbig\",\"volume_sizes\":[16384],\"select_filter\":{\"place_count\":4}}")
                        .status())
                .isEqualTo(409);

        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"walkdb\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(names(rest.get("/v1/resource-definitions").json(), "name")).contains("walkdb", "walkweb");
        assertThat(rest.put("/v1/resource-definitions/walkdb", "{\"override_props\":{\"Aux/a\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/walkdb")
                        .json()
                        .get("props")
                        .get("Aux/a")
                        .asText())
                .isEqualTo("1");
        assertThat(rest.post(
                                "/v1/resource-definitions/walkdb/volume-definitions",
                                "{\"volume_definition\":{\"size_kib\":16384}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.put("/v1/resource-definitions/walkdb/volume-definitions/0", "{\"size_kib\":20480}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/walkdb/volume-definitions")
                        .json())
                .hasSize(1);
        assertThat(rest.get("/v1/resource-definitions/walkdb/volume-definitions/0")
                        .json()
                        .get("size_kib")
                        .asLong())
                .isEqualTo(20480);
        assertThat(rest.post(
                                "/v1/resource-definitions/walkdb/volume-definitions",
                                "{\"volume_definition\":{\"volume_number\":1,\"size_kib\":8192}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.delete("/v1/resource-definitions/walkdb/volume-definitions/1")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/walkdb/volume-definitions/1")
                        .status())
                .isEqualTo(404);
        assertThat(rest.post("/v1/resource-definitions/walkdb/autoplace", "{\"select_filter\":{\"place_count\":2}}")
                        .status())
                .isEqualTo(201);

        List<String> placed =
                names(rest.get("/v1/resource-definitions/walkdb/resources").json(), "node_name");
        assertThat(placed).hasSize(2);
        String third = NODES.stream()
                .filter(node -> !placed.contains(node))
                .findFirst()
                .orElseThrow();
        await().atMost(WAIT).until(() -> diskStates("walkdb").stream().allMatch(state -> state.endsWith("=UpToDate")));
        assertThat(rest.get("/v1/resource-definitions/walkdb/resources/" + placed.get(0))
                        .json()
                        .get("state")
                        .get("in_use")
                        .asBoolean())
                .isFalse();
        assertThat(rest.get("/v1/resource-definitions/walkdb/resources/" + placed.get(0) + "/volumes")
                        .json()
                        .get(0)
                        .get("state")
                        .get("disk_state")
                        .asText())
                .isEqualTo("UpToDate");
        assertThat(rest.get("/v1/resource-definitions/properties/info").json().size())
                .isPositive();
        assertThat(rest.get("/v1/resource-definitions/walkdb/volume-definitions/properties/info")
                        .json()
                        .size())
                .isPositive();
        assertThat(rest.get("/v1/resource-definitions/walkdb/resources/properties/info")
                        .json()
                        .size())
                .isPositive();
        // Nor volumes: LinstorJ reads no volume key yet (rest/README.md, properties/info).
        assertThat(rest.get("/v1/resource-definitions/walkdb/resources/" + placed.get(0) + "/volumes/properties/info")
                        .json()
                        .isObject())
                .isTrue();

        String onFirst = "/v1/resource-definitions/walkdb/resources/" + placed.get(0);
        assertThat(rest.put(onFirst, "{\"override_props\":{\"Aux/walk/a\":\"1\",\"Aux/walk/b\":\"2\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get(onFirst).json().get("props").get("Aux/walk/b").asText())
                .isEqualTo("2");
        assertThat(rest.put(onFirst, "{\"delete_namespaces\":[\"Aux/walk\"]}").status())
                .isEqualTo(200);
        assertThat(rest.get(onFirst).json().path("props").has("Aux/walk/a")).isFalse();
        assertThat(rest.put(onFirst, "{\"drbd_client\":true}").status())
                .as("not supported: a disk changes by toggle-disk")
                .isEqualTo(501);

        // The pair's DRBD net option, named either way round.
        String connections = "/v1/resource-definitions/walkdb/resource-connections";
        assertThat(rest.get(connections).json()).hasSize(1);
        assertThat(rest.put(
                                connections + "/" + placed.get(1) + "/" + placed.get(0),
                                "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"8000\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get(connections + "/" + placed.get(0) + "/" + placed.get(1))
                        .json()
                        .get(0)
                        .get("props")
                        .get("DrbdOptions/Net/max-buffers")
                        .asText())
                .isEqualTo("8000");
        assertThat(rest.get(connections + "/" + placed.get(0) + "/" + third).status())
                .isEqualTo(404);
        assertThat(rest.put(
                                connections + "/" + placed.get(0) + "/" + placed.get(1),
                                "{\"override_props\":{\"DrbdOptions/Net/no-such-option\":\"1\"}}")
                        .status())
                .isEqualTo(400);
        await().atMost(WAIT).until(() -> diskStates("walkdb").stream().allMatch(state -> state.endsWith("=UpToDate")));

        // Deactivated, the second replica keeps its data; activated, it is UpToDate again.
        String onSecond = "/v1/resource-definitions/walkdb/resources/" + placed.get(1);
        assertThat(rest.post(onSecond + "/deactivate", null).status()).isEqualTo(200);
        assertThat(rest.get(onSecond).json().get("flags").toString()).contains("INACTIVE");
        assertThat(rest.post(onSecond + "/activate", null).status()).isEqualTo(200);
        assertThat(rest.get(onSecond).json().path("flags").toString()).doesNotContain("INACTIVE");
        await().atMost(WAIT).until(() -> diskStates("walkdb").contains(placed.get(1) + "=UpToDate"));

        String onThird = "/v1/resource-definitions/walkdb/resources/" + third;
        assertThat(rest.post(onThird + "/make-available", "{\"diskful\":false}").status())
                .isEqualTo(200);
        assertThat(rest.get(onThird).json().get("flags").toString()).contains("DRBD_DISKLESS");
        await().atMost(WAIT).until(() -> diskStates("walkdb").contains(third + "=Diskless"));
        assertThat(rest.put(onThird + "/toggle-disk/diskful/DfltStorPool", "{}").status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> diskStates("walkdb").contains(third + "=UpToDate"));
        assertThat(rest.put(onThird + "/toggle-disk/diskless", null).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> diskStates("walkdb").contains(third + "=Diskless"));
        assertThat(rest.put(onThird + "/toggle-disk/diskful", "{}").status()).isEqualTo(200);
        assertThat(rest.put(onThird + "/toggle-disk/diskless/DfltDisklessStorPool", null)
                        .status())
                .isEqualTo(200);
        assertThat(rest.delete(onThird).status()).isEqualTo(200);

        String webThird = NODES.stream()
                .filter(node -> !names(
                                rest.get("/v1/resource-definitions/walkweb/resources")
                                        .json(),
                                "node_name")
                        .contains(node))
                .findFirst()
                .orElseThrow();
        assertThat(rest.post(
                                "/v1/resource-definitions/walkweb/resources",
                                "[{\"resource\":{\"node_name\":\"" + webThird + "\"},\"drbd_client\":true}]")
                        .status())
                .isEqualTo(201);
        assertThat(rest.delete("/v1/resource-definitions/walkweb/resources/" + webThird)
                        .status())
                .isEqualTo(200);
        awaitGone("/v1/resource-definitions/walkweb/resources/" + webThird);
        assertThat(rest.post(
                                "/v1/resource-definitions/walkweb/resources/" + webThird,
                                "{\"resource\":{\"flags\":[\"DRBD_DISKLESS\"]}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/view/resources?resources=walkweb").json()).hasSize(3);

        assertThat(rest.delete("/v1/nodes/" + placed.get(0)).status())
                .as("a node holding resources")
                .isEqualTo(409);
        assertThat(rest.delete("/v1/resource-groups/walkrg").status())
                .as("a group in use")
                .isEqualTo(409);
        assertThat(rest.delete("/v1/resource-definitions/walkdb").status()).isEqualTo(200);
        assertThat(rest.delete("/v1/resource-definitions/walkweb").status()).isEqualTo(200);
        awaitGone("/v1/resource-definitions/walkdb");
        awaitGone("/v1/resource-definitions/walkweb");
        assertThat(rest.delete("/v1/resource-groups/walkrg/volume-groups/0").status())
                .isEqualTo(200);
        assertThat(rest.delete("/v1/resource-groups/walkrg").status()).isEqualTo(200);
        assertThat(rest.get("/v1/resource-groups/walkrg").status()).isEqualTo(404);
        assertThat(rest.get("/v1/view/resources?resources=walkdb&resources=walkweb")
                        .json())
                .isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void aSnapshotOfTheClustersThinPoolIsRestoredRolledBackAndDeleted() throws InterruptedException {
        String snapRd = "/v1/resource-definitions/walksnap";
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"walksnap\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(snapRd + "/volume-definitions", "{\"volume_definition\":{\"size_kib\":8192}}")
                        .status())
                .isEqualTo(200);
        // Diskful replicas on alpha and bravo, in the cluster's default pool (FILE_THIN).
        assertThat(rest.post(
                                snapRd + "/resources",
                                "[{\"resource\":{\"node_name\":\"alpha\"}},"
                                        + "{\"resource\":{\"node_name\":\"bravo\"}}]")
                        .status())
                .isEqualTo(201);
        assertThat(names(
                        rest.get("/v1/view/resources?resources=walksnap")
                                .json()
                                .get(0)
                                .get("volumes"),
                        "storage_pool_name"))
                .containsExactly("DfltStorPool");
        await().atMost(WAIT)
                .until(() -> diskStates("walksnap").stream()
                                .filter(state -> state.endsWith("=UpToDate"))
                                .count()
                        == 2);

        RestAnswer taken = rest.post(snapRd + "/snapshots", "{\"name\":\"walks1\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                names(rest.get(snapRd + "/snapshots").json(), "name"))
                        .containsExactly("walks1"));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(texts(
                                rest.get(snapRd + "/snapshots/walks1").json().get("flags")))
                        .contains("SUCCESSFUL"));
        assertThat(texts(rest.get(snapRd + "/snapshots/walks1").json().get("nodes")))
                .containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(names(rest.get("/v1/view/snapshots?resources=walksnap").json(), "name"))
                .containsExactly("walks1");
        assertThat(rest.post(snapRd + "/snapshots", "{\"name\":\"walks1\"}").status())
                .as("a taken name")
                .isEqualTo(409);
        assertThat(rest.get(snapRd + "/snapshots/walknone").status()).isEqualTo(404);
        assertThat(rest.get("/v1/resource-definitions/walknone/snapshots").status())
                .isEqualTo(404);

        // Restored into a new, empty definition: first its volume definitions, then its replicas.
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"walkrest\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(snapRd + "/snapshot-restore-volume-definition/walks1", "{\"to_resource\":\"walkrest\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/walkrest/volume-definitions")
                        .json()
                        .get(0)
                        .get("size_kib")
                        .asLong())
                .isEqualTo(8192);
        assertThat(rest.post(snapRd + "/snapshot-restore-volume-definition/walks1", "{\"to_resource\":\"walkrest\"}")
                        .status())
                .as("a definition with volume definitions")
                .isEqualTo(409);
        assertThat(rest.post(snapRd + "/snapshot-restore-resource/walks1", "{\"to_resource\":\"walkrest\"}")
                        .status())
                .isEqualTo(200);
        assertThat(names(rest.get("/v1/resource-definitions/walkrest/resources").json(), "node_name"))
                .containsExactlyInAnyOrder("alpha", "bravo");
        await().atMost(WAIT)
                .until(() -> diskStates("walkrest").stream()
                                .filter(state -> state.endsWith("=UpToDate"))
                                .count()
                        == 2);
        assertThat(rest.post(snapRd + "/snapshot-restore-resource/walknone", "{\"to_resource\":\"walkrest\"}")
                        .status())
                .isEqualTo(404);

        // Rolled back while no replica is in use: both come up again on the snapshot's content.
        assertThat(rest.get(snapRd + "/resources/alpha")
                        .json()
                        .get("state")
                        .get("in_use")
                        .asBoolean())
                .isFalse();
        RestAnswer rolledBack = rest.post(snapRd + "/snapshot-rollback/walks1", "{}");
        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
        await().atMost(WAIT)
                .until(() -> diskStates("walksnap").stream()
                                .filter(state -> state.endsWith("=UpToDate"))
                                .count()
                        == 2);
        assertThat(rest.post(snapRd + "/snapshot-rollback/walknone", "{}").status())
                .isEqualTo(404);

        // A multi-snapshot of both definitions: all their nodes suspend I/O before any copy is taken.
        SseReader progress = rest.stream("/v1/events/linstorj/snapshot-deployment?resource=walksnap&snapshot=walkm");
        RestAnswer multi = rest.post(
                "/v1/actions/snapshot/multi",
                "{\"snapshots\":[{\"resource_name\":\"walksnap\","
                        + "\"name\":\"walkm\"},{\"resource_name\":\"walkrest\",\"name\":\"walkm\"}]}");
        assertThat(multi.status()).as(multi.body()).isEqualTo(201);
        for (String rd : List.of("walksnap", "walkrest")) {
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(texts(rest.get("/v1/resource-definitions/" + rd + "/snapshots/walkm")
                                            .json()
                                            .get("flags")))
                                    .containsExactly("SUCCESSFUL"));
        }
        List<String> stages = new ArrayList<>();
        try (progress) {
            SseReader.Event event;
            do {
                event = progress.next(WAIT);
                stages.add(event.name() + " " + event.data().replaceAll(".*\"state\":\"([A-Za-z]+)\".*", "$1"));
            } while (!event.data().contains("Successful"));
        }
        assertThat(stages).as("the snapshot's stream").first().asString().startsWith("Open");
        assertThat(stages).last().isEqualTo("Value Successful");
        assertThat(rest.post(
                                "/v1/actions/snapshot/multi",
                                "{\"snapshots\":[{\"resource_name\":\"walknone\"," + "\"name\":\"walkm\"}]}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.delete("/v1/resource-definitions/walkrest/snapshots/walkm")
                        .status())
                .isEqualTo(200);
        assertThat(rest.delete(snapRd + "/snapshots/walkm").status()).isEqualTo(200);

        // Cloned: a new definition with a copy of the data on alpha and bravo, COMPLETE once both are UpToDate.
        RestAnswer cloned = rest.post(snapRd + "/clone", "{\"name\":\"walkclone\"}");
        assertThat(cloned.status()).as(cloned.body()).isEqualTo(201);
        assertThat(cloned.json().get("location").asText())
                .isEqualTo("/v1/resource-definitions/walksnap/clone/walkclone");
        await().atMost(WAIT)
                .until(() -> rest.get(snapRd + "/clone/walkclone")
                        .json()
                        .get("status")
                        .asText()
                        .equals("COMPLETE"));
        assertThat(names(
                        rest.get("/v1/resource-definitions/walkclone/resources").json(), "node_name"))
                .containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(rest.get(snapRd + "/clone/walknone").status()).isEqualTo(404);
        assertThat(rest.post("/v1/resource-definitions/walknone/clone", "{\"name\":\"walkc2\"}")
                        .status())
                .isEqualTo(404);
        await().atMost(WAIT)
                .until(() -> rest.get(snapRd + "/snapshots/clone_walkclone").status() == 404);
        assertThat(rest.delete("/v1/resource-definitions/walkclone").status()).isEqualTo(200);

        // Deleted on one node, then entirely; deleting it again only warns.
        assertThat(rest.delete(snapRd + "/snapshots/walks1?nodes=alpha").status())
                .isEqualTo(200);
        assertThat(texts(rest.get(snapRd + "/snapshots/walks1").json().get("nodes")))
                .containsExactly("bravo");
        assertThat(rest.delete(snapRd + "/snapshots/walks1").status()).isEqualTo(200);
        assertThat(rest.get(snapRd + "/snapshots/walks1").status()).isEqualTo(404);
        assertThat(rest.get("/v1/view/snapshots?resources=walksnap").json()).isEmpty();
        RestAnswer again = rest.delete(snapRd + "/snapshots/walks1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.firstRetCode())
                .isEqualTo(RetCodes.MASK_SNAPSHOT | RetCodes.MASK_DEL | RetCodes.WARN_NOT_FOUND);

        assertThat(rest.delete("/v1/resource-definitions/walkrest").status()).isEqualTo(200);
        assertThat(rest.delete(snapRd).status()).isEqualTo(200);
        awaitGone("/v1/resource-definitions/walkrest");
        awaitGone(snapRd);
        assertThat(rest.get("/v1/view/resources?resources=walksnap&resources=walkrest")
                        .json())
                .isEmpty();
    }

    @Test
    void theKeyValueStoreKeepsWhatIsPut() {
        assertThat(rest.put("/v1/key-value-store/walkkv", "{\"override_props\":{\"a\":\"1\",\"b/c\":\"2\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(names(rest.get("/v1/key-value-store").json(), "name")).contains("walkkv");
        assertThat(rest.get("/v1/key-value-store/WALKKV")
                        .json()
                        .get(0)
                        .get("props")
                        .get("b/c")
                        .asText())
                .isEqualTo("2");
        assertThat(rest.put("/v1/key-value-store/walkkv", "{\"override_props\":{\"a\":\"1\"},\"bogus\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.delete("/v1/key-value-store/walkkv").status()).isEqualTo(200);
        assertThat(rest.get("/v1/key-value-store/walkkv").status()).isEqualTo(404);
    }

    @Test
    void errorReportsAreListedAndMetricsDescribeTheCluster() {
        assertThat(rest.get("/v1/error-reports?withContent=true&limit=5").json().isArray())
                .isTrue();
        assertThat(rest.get("/v1/error-reports/NOSUCH-00000-000000").json()).isEmpty();
        assertThat(RetCodes.isWarning(
                        rest.delete("/v1/error-reports/NOSUCH-00000-000000").firstRetCode()))
                .isTrue();
        assertThat(rest.patch("/v1/error-reports", "{}").status()).isEqualTo(400);
        assertThat(rest.patch("/v1/error-reports", "{\"ids\":[\"NOSUCH-00000-000000\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/error-reports?since=yesterday").status()).isEqualTo(400);

        RestAnswer metrics = rest.text("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain; version=0.0.4");
        for (String node : NODES) {
            assertThat(metrics.body())
                    .containsPattern("(?m)^linstor_node_state\\{[^}]*node=\"" + node + "\"[^}]*\\} 2\\.0$");
            assertThat(metrics.body())
                    .containsPattern("(?m)^linstor_storage_pool_capacity_free_bytes\\{[^}]*node=\"" + node
                            + "\"[^}]*storage_pool=\"DfltStorPool\"\\} ");
        }
        assertThat(metrics.body())
                .contains(
                        "linstor_info{",
                        "linstor_scrape_duration_seconds",
                        "linstorj_rest_request_duration_seconds_bucket{",
                        "jvm_memory_used_bytes");
    }

    @Test
    void eventStreamsTellNodeChangesPromotionAndDiskStates() throws Exception {
        try (SseReader nodes = rest.stream("/v1/events/nodes")) {
            assertThat(nodes.status()).isEqualTo(200);
            assertThat(nodes.contentType()).isEqualTo("text/event-stream");
            assertThat(rest.post("/v1/nodes", nodeBody("echo", "127.0.0.91")).status())
                    .isEqualTo(201);
            SseReader.Event created = nodes.next(WAIT);
            assertThat(created.name()).isEqualTo("node-create");
            assertConforms("EventNode", created.data());
            assertThat(created.data()).contains("\"name\":\"echo\"");
            assertThat(rest.delete("/v1/nodes/echo").status()).isEqualTo(200);
            SseReader.Event deleted = nodes.next(WAIT);
            assertThat(deleted.name()).isEqualTo("node-delete");
            assertConforms("EventNode", deleted.data());
        }

        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"walksse\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(
                                "/v1/resource-definitions/walksse/volume-definitions",
                                "{\"volume_definition\":{\"size_kib\":8192}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.post("/v1/resource-definitions/walksse/resources/alpha", "{\"resource\":{}}")
                        .status())
                .isEqualTo(201);
        try (SseReader promotion = rest.stream("/v1/events/drbd/promotion");
                SseReader disks = rest.stream("/v1/events/linstorj/volume-disk-state?resource=walksse");
                SseReader states = rest.stream("/v1/events/linstorj/resource-state?resource=walksse&node=alpha")) {
            SseReader.Event mayPromote = promotion.next(WAIT);
            assertThat(mayPromote.name()).isEqualTo("may-promote-change");
            assertConforms("EventMayPromoteChange", mayPromote.data());
            SseReader.Event disk = disks.next(WAIT);
            assertThat(disk.name()).isEqualTo("Open");
            assertThat(disk.data())
                    .contains(
                            "\"node_name\":\"alpha\"",
                            "\"resource_name\":\"walksse\"",
                            "\"volume_number\":0",
                            "\"disk_state\":");
            SseReader.Event state = states.next(WAIT);
            assertThat(state.name()).isEqualTo("Open");
            assertThat(state.data()).contains("\"node_name\":\"alpha\"", "\"in_use\":false");

            assertThat(rest.delete("/v1/resource-definitions/walksse").status()).isEqualTo(200);
            SseReader.Event removed;
            do {
                removed = disks.next(WAIT);
            } while (removed.name().equals("Value"));
            assertThat(removed.name()).isEqualTo("CloseRemoved");
        }
        assertThat(rest.get("/v1/events/linstorj/volume-disk-state?bogus=1").status())
                .isEqualTo(400);
    }

    private static void assertConforms(String schema, String json) {
        assertThat(rest.spec().validateSchema(schema, json).getMessages().stream()
                        .filter(message -> message.getLevel() != ValidationReport.Level.IGNORE)
                        .toList())
                .as("%s as the spec's %s", json, schema)
                .isEmpty();
    }

    @Test
    void pathsNotServedYetAnswer501AndOthers404() {
        RestAnswer notYet = rest.get("/v1/remotes");
        assertThat(notYet.status()).isEqualTo(501);
        assertThat(notYet.firstRetCode()).isEqualTo(RetCodes.UNKNOWN_API_CALL);
        assertThat(notYet.firstMessage()).contains("GET /v1/remotes is not supported yet");
        assertThat(rest.get("/v1/no-such-path").status()).isEqualTo(404);
        assertThat(rest.get("/v1/resource-definitions/walknone").status()).isEqualTo(404);
        assertThat(rest.send("PATCH", "/v1/nodes", "{}").status()).isEqualTo(405);
    }

    @Test
    void theSmokeScriptPassesEveryCallAgainstTheCluster() throws Exception {
        assumeThat(onPath("curl")).as("curl on the PATH").isTrue();
        Path script = RestReadme.repositoryRoot().resolve("bin/rest-smoke");
        Path output = dataDir.resolve("rest-smoke.out");
        Process smoke = new ProcessBuilder(
                        "bash", script.toString(), cluster.restUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertThat(smoke.waitFor(5, TimeUnit.MINUTES))
                    .as("rest-smoke ended")
                    .isTrue();
        } finally {
            smoke.descendants().forEach(ProcessHandle::destroy);
            smoke.destroy();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).as("rest-smoke's output").noneMatch(line -> line.startsWith("FAIL"));
        assertThat(smoke.exitValue())
                .as("rest-smoke's exit status; output: %s", lines)
                .isZero();
        Coverage smoked = new Coverage(servedOperations());
        lines.stream()
                .filter(line -> line.startsWith("PASS"))
                .map(line -> line.split(" +"))
                .forEach(words -> smoked.called(words[2], words[3]));
        assertThat(smoked.missed())
                .as("served operations bin/rest-smoke does not call")
                .isEmpty();
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
