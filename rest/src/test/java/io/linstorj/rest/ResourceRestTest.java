package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource definitions, volume definitions and resources. */
class ResourceRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private RestAnswer createDefinition(String name) {
        return rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"" + name + "\"}}");
    }

    private RestAnswer createVolume(String rd, String body) {
        return rest.post("/v1/resource-definitions/" + rd + "/volume-definitions", body);
    }

    @Test
    void definitionIsCreatedOnceAndFoundInAnyCase() {
        RestAnswer created = createDefinition("rd1");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(createDefinition("RD1").status()).isEqualTo(409);
        assertThat(rest.get("/v1/resource-definitions/Rd1").json().get("name").asText())
                .isEqualTo("rd1");
        assertThat(rest.get("/v1/resource-definitions").json()).hasSize(1);
    }

    @Test
    void invalidNamesAreBadRequest() {
        assertThat(createDefinition("bad name!").status()).isEqualTo(400);
        assertThat(createDefinition("1rd").status()).isEqualTo(400);
        assertThat(createDefinition("r".repeat(49)).status()).isEqualTo(400);
        assertThat(rest.get("/v1/resource-definitions").json()).isEmpty();
    }

    @Test
    void volumeDefinitionIsCreatedWithOkAndResized() {
        createDefinition("rd1");
        RestAnswer created = createVolume("rd1", "{\"volume_definition\":{\"volume_number\":0,\"size_kib\":10240}}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/rd1/volume-definitions/0")
                        .json()
                        .get("size_kib")
                        .asLong())
                .isEqualTo(10240);
        assertThat(rest.put("/v1/resource-definitions/rd1/volume-definitions/0", "{\"size_kib\":20480}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/rd1/volume-definitions")
                        .json()
                        .get(0)
                        .get("size_kib")
                        .asLong())
                .isEqualTo(20480);
        assertThat(rest.get("/v1/resource-definitions?with_volume_definitions=true")
                        .json()
                        .get(0)
                        .get("volume_definitions"))
                .hasSize(1);
    }

    @Test
    void badVolumeSizesAreBadRequest() {
        createDefinition("rd2");
        assertThat(createVolume("rd2", "{\"volume_definition\":{\"size_kib\":0}}")
                        .status())
                .isEqualTo(400);
        assertThat(createVolume("rd2", "{\"volume_definition\":{\"size_kib\":-1}}")
                        .status())
                .isEqualTo(400);
        assertThat(createVolume("rd2", "{\"volume_definition\":{\"size_kib\":\"10\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(createVolume("rd2", "{\"volume_definition\":{\"size_kib\":18446744073709551616}}")
                        .status())
                .isEqualTo(400);
        assertThat(createVolume("rd2", "{\"volume_definition\":{\"volume_number\":-1,\"size_kib\":10}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/resource-definitions/rd2/volume-definitions").json())
                .isEmpty();
    }

    @Test
    void duplicateVolumeNumberIsConflict() {
        createDefinition("rd1");
        createVolume("rd1", "{\"volume_definition\":{\"volume_number\":5,\"size_kib\":1024}}");
        assertThat(createVolume("rd1", "{\"volume_definition\":{\"volume_number\":5,\"size_kib\":1024}}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void unknownObjectsAreNotFound() {
        assertThat(rest.get("/v1/resource-definitions/nosuchrd").status()).isEqualTo(404);
        assertThat(rest.get("/v1/resource-definitions/nosuchrd/volume-definitions")
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/resource-definitions/nosuchrd/resources").status())
                .isEqualTo(404);
        assertThat(createVolume("nosuchrd", "{\"volume_definition\":{\"size_kib\":1024}}")
                        .status())
                .isEqualTo(404);
        createDefinition("rd1");
        assertThat(rest.get("/v1/resource-definitions/rd1/volume-definitions/7").status())
                .isEqualTo(404);
        RestAnswer resource = rest.get("/v1/resource-definitions/rd1/resources/n1");
        assertThat(resource.status()).isEqualTo(404);
        assertThat(resource.firstRetCode()).isEqualTo(FAIL_NOT_FOUND_RSC);
        RestAnswer onMissingNode =
                rest.post("/v1/resource-definitions/rd1/resources", "[{\"resource\":{\"node_name\":\"nosuchnode\"}}]");
        assertThat(onMissingNode.status()).isEqualTo(404);
        assertThat(rest.post("/v1/resource-definitions/rd1/resources", "[]").status())
                .isEqualTo(400);
    }

    @Test
    void modifiedAndDeletedDefinition() {
        createDefinition("rd1");
        assertThat(rest.put("/v1/resource-definitions/rd1", "{\"override_props\":{\"Aux/x\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/rd1")
                        .json()
                        .get("props")
                        .get("Aux/x")
                        .asText())
                .isEqualTo("1");
        assertThat(rest.put("/v1/resource-definitions/nosuchrd", "{\"override_props\":{\"Aux/x\":\"1\"}}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.delete("/v1/resource-definitions/rd1").status()).isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/rd1").status()).isEqualTo(404);
        assertThat(rest.get("/v1/view/resources").json()).isEmpty();
    }

    @Test
    void theResourcesViewListsEachReplicaWithItsVolumesAsTheSpecsAllOfSays() {
        createDefinition("rd1");
        createVolume("rd1", "{\"volume_definition\":{\"size_kib\":10240}}");
        for (String node : new String[] {"n1", "n2"}) {
            rest.createNode(node, node.equals("n1") ? "127.0.9.1" : "127.0.9.2", 3366);
            assertThat(rest.post(
                                    "/v1/resource-definitions/rd1/resources",
                                    "[{\"resource\":{\"node_name\":\"" + node + "\",\"flags\":[\"DISKLESS\"]}}]")
                            .status())
                    .isEqualTo(201);
        }

        JsonNode view = rest.get("/v1/view/resources").json();

        assertThat(view).hasSize(2).allSatisfy(replica -> {
            assertThat(replica.get("name").asText()).isEqualTo("rd1");
            assertThat(replica.get("volumes")).hasSize(1);
        });
    }

    @Test
    void theResourcesViewAnswersWhatChangedSinceTheLastView() {
        createDefinition("rd1");
        createVolume("rd1", "{\"volume_definition\":{\"size_kib\":10240}}");
        for (String node : new String[] {"n1", "n2"}) {
            rest.createNode(node, node.equals("n1") ? "127.0.9.1" : "127.0.9.2", 3366);
            assertThat(rest.post(
                                    "/v1/resource-definitions/rd1/resources",
                                    "[{\"resource\":{\"node_name\":\"" + node + "\",\"flags\":[\"DISKLESS\"]}}]")
                            .status())
                    .isEqualTo(201);
        }
        assertThat(rest.get("/v1/view/resources").json()).hasSize(2);

        assertThat(rest.put("/v1/resource-definitions/rd1/resources/n2", "{\"override_props\":{\"Aux/x\":\"1\"}}")
                        .status())
                .isEqualTo(200);
        JsonNode changed = rest.get("/v1/view/resources").json();
        JsonNode filtered = rest.get("/v1/view/resources?nodes=n2").json();
        assertThat(rest.delete("/v1/resource-definitions/rd1/resources/n1").status())
                .isEqualTo(200);
        JsonNode afterDelete = rest.get("/v1/view/resources").json();

        assertThat(changed.get(1).get("props").get("Aux/x").asText()).isEqualTo("1");
        assertThat(changed.get(0).has("props")).isFalse();
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("props").get("Aux/x").asText()).isEqualTo("1");
        assertThat(afterDelete.get(0).get("flags").toString()).contains("DELETE");
        assertThat(afterDelete.get(1).get("flags").toString()).doesNotContain("DELETE");
    }
}
