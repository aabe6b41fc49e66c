package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LINSTOR's delete lifecycle over REST: deleted resources and definitions are listed with the
 * flag DELETE until their satellites have taken them down. The nodes here have no satellite
 * running, so every deletion waits for its node, until the node is declared lost.
 */
class DeleteLifecycleRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        for (String node : List.of("n1", "n2")) {
            assertThat(rest.createNode(node, node.equals("n1") ? "127.0.9.1" : "127.0.9.2", 3366)
                            .status())
                    .isEqualTo(201);
        }
        rest.createDefinition("rd1", 10240);
        for (String node : List.of("n1", "n2")) {
            assertThat(rest.post(
                                    "/v1/resource-definitions/rd1/resources",
                                    "[{\"resource\":{\"node_name\":\"" + node + "\",\"flags\":[\"DISKLESS\"]}}]")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private static List<Long> retCodes(RestAnswer answer) {
        List<Long> codes = new ArrayList<>();
        answer.json().forEach(entry -> codes.add(entry.get("ret_code").asLong()));
        return codes;
    }

    private static String flagsOf(JsonNode object) {
        return object.has("flags") ? object.get("flags").toString() : "[]";
    }

    @Test
    void deletingADefinitionMarksItAndItsResourcesDeleteAndSaysWhichNodesItWaitsFor() {
        RestAnswer deleted = rest.delete("/v1/resource-definitions/rd1");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(retCodes(deleted))
                .containsExactly(
                        MASK_RSC_DFN | MASK_DEL | DELETED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | WARN_NOT_CONNECTED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | WARN_NOT_CONNECTED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED);
        assertThat(deleted.json().get(0).get("message").asText())
                .isEqualTo("Resource definition 'rd1' marked for deletion.");
        assertThat(deleted.json().get(2).get("message").asText()).contains("'n1'", "stays marked DELETE");
        assertThat(deleted.json().get(2).get("correction").asText()).contains("DELETE /v1/nodes/n1/lost");
        assertThat(deleted.json().get(5).get("message").asText()).contains("node(s) n1, n2");

        RestAnswer definition = rest.get("/v1/resource-definitions/rd1");
        assertThat(definition.status()).isEqualTo(200);
        assertThat(flagsOf(definition.json())).isEqualTo("[\"DELETE\"]");
        assertThat(rest.get("/v1/resource-definitions/rd1/volume-definitions").json())
                .hasSize(1);
        assertThat(rest.get("/v1/view/resources").json())
                .hasSize(2)
                .allSatisfy(resource -> assertThat(flagsOf(resource)).contains("DELETE"));
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n1")).contains("DELETE");
    }

    @Test
    void aNameStillBeingDeletedIsRefusedAndItsPortAndMinorAreNotGivenToAnother() throws Exception {
        String before = rest.get("/v1/resource-definitions/rd1/volume-definitions/0")
                .json()
                .toString();
        rest.delete("/v1/resource-definitions/rd1");

        RestAnswer again = rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"RD1\"}}");
        RestAnswer replica = rest.post(
                "/v1/resource-definitions/rd1/resources",
                "[{\"resource\":{\"node_name\":\"n1\",\"flags\":[\"DISKLESS\"]}}]");
        RestAnswer modify = rest.put("/v1/resource-definitions/rd1", "{\"override_props\":{\"Aux/x\":\"1\"}}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_CRT | FAIL_EXISTS_RSC_DFN);
        assertThat(again.json().get(0).get("message").asText())
                .isEqualTo("Resource definition 'rd1' is still being deleted.");
        assertThat(replica.status()).isEqualTo(409);
        assertThat(modify.status()).isEqualTo(409);
        assertThat(modify.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_MOD | FAIL_IN_USE);
        rest.createDefinition("rd2", 10240);
        var service = rest.controller().services().resources().definitions();
        var views = service.list(List.of("rd1", "rd2")).get(30, TimeUnit.SECONDS);
        assertThat(views.get(1).definition().port())
                .isNotEqualTo(views.get(0).definition().port());
        assertThat(views.get(1).volumeDefinitions().get(0).minorNumber())
                .isNotEqualTo(views.get(0).volumeDefinitions().get(0).minorNumber());
        assertThat(rest.get("/v1/resource-definitions/rd1/volume-definitions/0")
                        .json()
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void deletingAgainWhilePendingAnswersTheSame() {
        List<Long> first = retCodes(rest.delete("/v1/resource-definitions/rd1"));

        RestAnswer second = rest.delete("/v1/resource-definitions/rd1");

        assertThat(second.status()).isEqualTo(200);
        assertThat(retCodes(second)).isEqualTo(first);
    }

    @Test
    void declaringTheNodesLostFinishesThePendingDeletion() {
        rest.delete("/v1/resource-definitions/rd1");

        assertThat(rest.delete("/v1/nodes/n1/lost").status()).isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/rd1").status())
                .as("n2 has yet to confirm")
                .isEqualTo(200);
        RestAnswer lost = rest.delete("/v1/nodes/n2/lost");

        assertThat(lost.status()).isEqualTo(200);
        assertThat(lost.json().get(lost.json().size() - 1).get("message").asText())
                .isEqualTo("Resource definition 'rd1' deleted.");
        assertThat(rest.get("/v1/resource-definitions/rd1").status()).isEqualTo(404);
        assertThat(rest.get("/v1/view/resources").json()).isEmpty();
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"rd1\"}}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void deletingOneResourceMarksItDeleteAndWarnsThatItWaitsForItsNode() {
        RestAnswer deleted = rest.delete("/v1/resource-definitions/rd1/resources/n1");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(retCodes(deleted))
                .containsExactly(MASK_RSC | MASK_DEL | DELETED, MASK_RSC | MASK_DEL | WARN_NOT_CONNECTED);
        assertThat(deleted.json().get(0).get("message").asText())
                .isEqualTo("Node: n1, Resource: rd1 marked for deletion.");
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n1")).contains("DELETE");
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n2")).doesNotContain("DELETE");
        RestAnswer modify =
                rest.put("/v1/resource-definitions/rd1/resources/n1", "{\"override_props\":{\"Aux/x\":\"1\"}}");
        assertThat(modify.status()).isEqualTo(409);
        assertThat(modify.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_IN_USE);
        RestAnswer recreate = rest.post(
                "/v1/resource-definitions/rd1/resources",
                "[{\"resource\":{\"node_name\":\"n1\",\"flags\":[\"DISKLESS\"]}}]");
        assertThat(recreate.status()).isEqualTo(409);
        assertThat(recreate.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT | FAIL_EXISTS_RSC);
    }

    @Test
    void deletingAMissingResourceOrDefinitionIsAWarning() {
        RestAnswer resource = rest.delete("/v1/resource-definitions/rd1/resources/nosuchnode");
        RestAnswer definition = rest.delete("/v1/resource-definitions/nosuchrd");

        assertThat(resource.status()).isEqualTo(200);
        assertThat(resource.firstRetCode()).isEqualTo(MASK_RSC | MASK_DEL | WARN_NOT_FOUND);
        assertThat(definition.status()).isEqualTo(200);
        assertThat(definition.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_DEL | WARN_NOT_FOUND);
        assertThat(rest.delete("/v1/resource-definitions/bad%20name").status()).isEqualTo(400);
    }
}
