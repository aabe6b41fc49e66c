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

/**
 * The snapshot paths over a real socket, every answer checked against the spec, with stand-in
 * satellites that report every desired snapshot as taken.
 */
class SnapshotRestTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");
    private static final String R1 = "/v1/resource-definitions/r1";

    @TempDir
    Path dataDir;

    private RestFixture rest;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        rest = new RestFixture(dataDir);
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (71 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            satellites.add(satellite);
            assertThat(rest.createNode(NODES.get(i), address, satellite.port()).status())
                    .isEqualTo(201);
            assertThat(rest.createThinPool(NODES.get(i)).status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rest.get("/v1/nodes").json())
                        .extracting(node -> node.get("connection_status").asText())
                        .containsOnly("ONLINE"));
        rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"r1\"}}");
        rest.post(R1 + "/volume-definitions", "{\"volume_definition\":{\"size_kib\":15360}}");
        rest.post(R1 + "/volume-definitions", "{\"volume_definition\":{\"size_kib\":20480}}");
        assertThat(rest.post(R1 + "/resources/alpha", "{}").status()).isEqualTo(201);
        assertThat(rest.post(R1 + "/resources/bravo", "{}").status()).isEqualTo(201);
        assertThat(rest.post(R1 + "/resources/charlie", "{\"resource\":{\"flags\":[\"DISKLESS\"]}}")
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
        satellites.forEach(FakeSatellite::close);
    }

    private static List<String> texts(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> item.get(field).asText())
                .toList();
    }

    private static List<String> strings(JsonNode list) {
        return list == null
                ? List.of()
                : StreamSupport.stream(list.spliterator(), false)
                        .map(JsonNode::asText)
                        .toList();
    }

    private void createSuccessful(String name, String body) {
        RestAnswer created = rest.post(R1 + "/snapshots", body);
        assertThat(created.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(strings(
                                rest.get(R1 + "/snapshots/" + name).json().get("flags")))
                        .contains("SUCCESSFUL"));
    }

    @Test
    void aSnapshotIsCreatedOnTheDiskfulReplicasListedAndDeleted() {
        RestAnswer created = rest.post(R1 + "/snapshots", "{\"name\":\"s1\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_CRT | CREATED);
        assertThat(created.firstMessage()).isEqualTo("New snapshot 's1' of resource 'r1' registered.");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                strings(rest.get(R1 + "/snapshots/s1").json().get("flags")))
                        .containsExactly("SUCCESSFUL"));
        JsonNode s1 = rest.get(R1 + "/snapshots/s1").json();
        assertThat(s1.get("resource_name").asText()).isEqualTo("r1");
        assertThat(strings(s1.get("nodes"))).containsExactly("alpha", "bravo");
        assertThat(texts(s1.get("volume_definitions"), "size_kib")).containsExactly("15360", "20480");
        assertThat(texts(s1.get("snapshots").get(0).get("snapshot_volumes"), "state"))
                .containsExactly("Taken", "Taken");
        assertThat(texts(rest.get(R1 + "/snapshots").json(), "name")).containsExactly("s1");

        createSuccessful("s2", "{\"name\":\"s2\",\"nodes\":[\"bravo\"],\"props\":{\"Aux/why\":\"test\"}}");
        assertThat(texts(rest.get("/v1/view/snapshots").json(), "name")).containsExactly("s1", "s2");
        assertThat(texts(rest.get("/v1/view/snapshots?nodes=alpha").json(), "name"))
                .containsExactly("s1");
        assertThat(texts(rest.get("/v1/view/snapshots?resources=nosuch").json(), "name"))
                .isEmpty();
        assertThat(texts(rest.get("/v1/view/snapshots?limit=1&offset=1").json(), "name"))
                .containsExactly("s2");

        RestAnswer onAlpha = rest.delete(R1 + "/snapshots/s1?nodes=alpha");
        assertThat(onAlpha.status()).isEqualTo(200);
        assertThat(onAlpha.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_DEL | DELETED);
        assertThat(strings(rest.get(R1 + "/snapshots/s1").json().get("nodes"))).containsExactly("bravo");
        assertThat(rest.delete(R1 + "/snapshots/s1").status()).isEqualTo(200);
        RestAnswer gone = rest.get(R1 + "/snapshots/s1");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.firstRetCode()).isEqualTo(FAIL_NOT_FOUND_SNAPSHOT);
        RestAnswer again = rest.delete(R1 + "/snapshots/s1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void badSnapshotRequestsAreRefusedWithLinstorsCodes() {
        createSuccessful("s1", "{\"name\":\"s1\"}");
        rest.createDefinition("thin", 1024);
        rest.post("/v1/resource-definitions/thin/resources/charlie", "{\"resource\":{\"flags\":[\"DISKLESS\"]}}");

        RestAnswer missingRd = rest.post("/v1/resource-definitions/nosuchrd/snapshots", "{\"name\":\"s1\"}");
        assertThat(missingRd.status()).isEqualTo(404);
        assertThat(missingRd.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
        RestAnswer duplicate = rest.post(R1 + "/snapshots", "{\"name\":\"S1\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_EXISTS_SNAPSHOT_DFN);
        assertThat(rest.post(R1 + "/snapshots", "{\"name\":\"-bad\"}").firstRetCode())
                .isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_INVLD_SNAPSHOT_NAME);
        assertThat(rest.post(R1 + "/snapshots", "{}").status()).isEqualTo(400);
        assertThat(rest.post(R1 + "/snapshots", "{\"name\":\"s3\",\"colour\":\"red\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(R1 + "/snapshots", "{\"name\":\"s3\",\"uuid\":\"x\"}")
                        .status())
                .isEqualTo(400);
        RestAnswer disklessOnly = rest.post("/v1/resource-definitions/thin/snapshots", "{\"name\":\"s1\"}");
        assertThat(disklessOnly.status()).isEqualTo(404);
        assertThat(disklessOnly.firstMessage()).isEqualTo("Resource 'thin' has no diskful replica to snapshot.");
        assertThat(rest.get("/v1/resource-definitions/nosuchrd/snapshots").status())
                .isEqualTo(404);

        RestAnswer rdDelete = rest.delete(R1);
        assertThat(rdDelete.status()).isEqualTo(409);
        assertThat(rdDelete.firstMessage())
                .isEqualTo("Cannot delete resource definition 'r1' because it has snapshots.");
        assertThat(rdDelete.json().get(0).get("correction").asText()).contains("s1");
    }

    @Test
    void aSnapshotIsRestoredIntoAnotherResourceAndRolledBack() {
        createSuccessful("s1", "{\"name\":\"s1\"}");
        rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"r1r\"}}");
        rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"r1v\"}}");

        RestAnswer volumes = rest.post(R1 + "/snapshot-restore-volume-definition/s1", "{\"to_resource\":\"r1v\"}");
        assertThat(volumes.status()).isEqualTo(200);
        assertThat(texts(
                        rest.get("/v1/resource-definitions/r1v/volume-definitions")
                                .json(),
                        "size_kib"))
                .containsExactly("15360", "20480");

        RestAnswer toBravo =
                rest.post(R1 + "/snapshot-restore-resource/s1", "{\"to_resource\":\"r1r\",\"nodes\":[\"bravo\"]}");
        assertThat(toBravo.status()).isEqualTo(200);
        assertThat(toBravo.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT | CREATED);
        assertThat(toBravo.firstMessage())
                .isEqualTo("Resource 'r1r' on nodes 'bravo' restored from resource 'r1', snapshot 's1'.");
        assertThat(texts(rest.get("/v1/resource-definitions/r1r/resources").json(), "node_name"))
                .containsExactly("bravo");

        assertThat(rest.post(R1 + "/snapshot-restore-resource/s1", "{\"to_resource\":\"nosuchrd\"}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.post(R1 + "/snapshot-restore-resource/s1", "{\"to_resource\":\"r1v\",\"nodes\":[\"charlie\"]}")
                        .firstRetCode())
                .isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_NOT_FOUND_SNAPSHOT);
        assertThat(rest.post(R1 + "/snapshot-restore-resource/s1", "{}").status())
                .isEqualTo(400);
        assertThat(rest.post(
                                R1 + "/snapshot-restore-resource/s1",
                                "{\"to_resource\":\"r1v\",\"stor_pool_rename\":{\"a\":\"b\"}}")
                        .status())
                .as("not supported")
                .isEqualTo(501);

        RestAnswer rollback = rest.post(R1 + "/snapshot-rollback/s1", "{}");
        assertThat(rollback.status()).isEqualTo(200);
        assertThat(rollback.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_MOD | MODIFIED);
        assertThat(rest.post(R1 + "/snapshot-rollback/nosuch", "{}").status()).isEqualTo(404);
        assertThat(rest.post(R1 + "/snapshot-rollback/s1", "{\"zfs_rollback_strategy\":\"sideways\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aMultiSnapshotTakesSeveralResourcesAtOnePointInTime() {
        rest.createDefinition("r2", 1024);
        assertThat(rest.post("/v1/resource-definitions/r2/resources/bravo", "{}")
                        .status())
                .isEqualTo(201);

        RestAnswer created = rest.post(
                "/v1/actions/snapshot/multi",
                "{\"snapshots\":[{\"resource_name\":\"r1\","
                        + "\"name\":\"both\"},{\"resource_name\":\"r2\",\"name\":\"both\",\"nodes\":[\"bravo\"]}]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json())
                .extracting(rc -> rc.get("message").asText())
                .containsExactly(
                        "New snapshot 'both' of resource 'r1' registered.",
                        "New snapshot 'both' of resource 'r2' on nodes 'bravo' registered.");
        for (String resource : List.of("r1", "r2")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    strings(rest.get("/v1/resource-definitions/" + resource + "/snapshots/both")
                                            .json()
                                            .get("flags")))
                            .containsExactly("SUCCESSFUL"));
        }
    }

    @Test
    void badMultiSnapshotRequestsAreRefusedAndStoreNothing() {
        rest.createDefinition("thin", 1024);
        rest.post("/v1/resource-definitions/thin/resources/charlie", "{\"resource\":{\"flags\":[\"DISKLESS\"]}}");
        createSuccessful("s1", "{\"name\":\"s1\"}");

        RestAnswer unknownRd = rest.post(
                "/v1/actions/snapshot/multi",
                "{\"snapshots\":[{\"resource_name\":\"r1\","
                        + "\"name\":\"m1\"},{\"resource_name\":\"nosuchrd\",\"name\":\"m1\"}]}");
        assertThat(unknownRd.status()).isEqualTo(404);
        assertThat(unknownRd.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
        RestAnswer duplicate =
                rest.post("/v1/actions/snapshot/multi", "{\"snapshots\":[{\"resource_name\":\"r1\",\"name\":\"S1\"}]}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.firstRetCode()).isEqualTo(MASK_SNAPSHOT | MASK_CRT | FAIL_EXISTS_SNAPSHOT_DFN);
        RestAnswer disklessOnly = rest.post(
                "/v1/actions/snapshot/multi",
                "{\"snapshots\":[{\"resource_name\":\"r1\",\"name\":\"m1\"},{\"resource_name\":\"thin\",\"name\":\"m1\"}]}");
        assertThat(disklessOnly.status()).isEqualTo(404);
        assertThat(disklessOnly.firstMessage()).isEqualTo("Resource 'thin' has no diskful replica to snapshot.");
        assertThat(rest.post("/v1/actions/snapshot/multi", "{}").status()).isEqualTo(400);
        assertThat(rest.post("/v1/actions/snapshot/multi", "{\"snapshots\":[]}").status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/actions/snapshot/multi", "{\"snapshots\":[{\"name\":\"m1\"}]}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/actions/snapshot/multi", "{\"snapshots\":[{\"resource_name\":\"r1\"}]}")
                        .status())
                .isEqualTo(400);
        assertThat(texts(rest.get("/v1/view/snapshots").json(), "name")).containsExactly("s1");
    }

    @Test
    void aCloneGetsACopyOfTheDataOnTheSameNodesItsDisklessReplicasAndReportsItsStatus() {
        RestAnswer started = rest.post(R1 + "/clone", "{\"name\":\"c1\",\"override_props\":{\"Aux/origin\":\"r1\"}}");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("location").asText()).isEqualTo("/v1/resource-definitions/r1/clone/c1");
        assertThat(started.json().get("source_name").asText()).isEqualTo("r1");
        assertThat(started.json().get("clone_name").asText()).isEqualTo("c1");
        assertThat(started.json().get("messages"))
                .extracting(rc -> rc.get("message").asText())
                .contains("Clone 'c1' of resource definition 'r1' started.");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(texts(
                                rest.get("/v1/resource-definitions/c1/resources")
                                        .json(),
                                "node_name"))
                        .containsExactlyInAnyOrder("alpha", "bravo", "charlie"));
        assertThat(strings(rest.get("/v1/resource-definitions/c1/resources/charlie")
                        .json()
                        .get("flags")))
                .as("charlie is diskless in the clone as in its source")
                .contains("DISKLESS");
        assertThat(rest.get("/v1/resource-definitions/c1/volume-definitions").status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/c1")
                        .json()
                        .get("props")
                        .get("Aux/origin")
                        .asText())
                .isEqualTo("r1");
        RestAnswer status = rest.get(R1 + "/clone/c1");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asText())
                .as("the stand-in satellites report no disk state")
                .isEqualTo("CLONING");
    }

    @Test
    void badClonesAreRefusedAndStoreNothing() {
        rest.createDefinition("thin", 1024);
        rest.post("/v1/resource-definitions/thin/resources/charlie", "{\"resource\":{\"flags\":[\"DISKLESS\"]}}");

        RestAnswer unknown = rest.post("/v1/resource-definitions/nosuchrd/clone", "{\"name\":\"c1\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
        RestAnswer taken = rest.post(R1 + "/clone", "{\"name\":\"THIN\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_CRT | FAIL_EXISTS_RSC_DFN);
        RestAnswer disklessOnly = rest.post("/v1/resource-definitions/thin/clone", "{\"name\":\"c1\"}");
        assertThat(disklessOnly.status()).isEqualTo(404);
        assertThat(disklessOnly.firstMessage()).isEqualTo("Resource 'thin' has no diskful replica to snapshot.");
        assertThat(rest.post(R1 + "/clone", "{\"name\":\"-bad\"}").status()).isEqualTo(400);
        assertThat(rest.post(R1 + "/clone", "{}").status()).isEqualTo(400);
        assertThat(rest.post(R1 + "/clone", "{\"name\":\"c1\",\"use_zfs_clone\":true}")
                        .status())
                .isEqualTo(501);
        assertThat(rest.post(R1 + "/clone", "{\"name\":\"c1\",\"layer_list\":[\"LUKS\"]}")
                        .status())
                .isEqualTo(501);
        RestAnswer group = rest.post(R1 + "/clone", "{\"name\":\"c1\",\"resource_group\":\"DfltRscGrp\"}");
        assertThat(group.status()).as("not supported").isEqualTo(501);
        assertThat(group.firstMessage()).contains("resource_group");
        assertThat(rest.get("/v1/resource-definitions/c1").status()).isEqualTo(404);
        assertThat(rest.get(R1 + "/clone/c1").status()).isEqualTo(404);
        assertThat(rest.get(R1 + "/clone/thin").status())
                .as("not a clone of r1")
                .isEqualTo(404);
    }

    @Test
    void aSnapshotModifyStillAnswersNotImplemented() {
        assertThat(rest.put(R1 + "/snapshots/s1", "{}").status()).isEqualTo(501);
    }
}
