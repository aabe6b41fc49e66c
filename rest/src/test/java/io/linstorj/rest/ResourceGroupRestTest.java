package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource groups, volume groups and spawn without placement, with good and bad input. */
class ResourceGroupRestTest {
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

    private RestAnswer createGroup(String body) {
        return rest.post("/v1/resource-groups", body);
    }

    @Test
    void groupIsCreatedListedAndFoundInAnyCase() {
        RestAnswer created =
                createGroup("{\"name\":\"rg1\",\"select_filter\":{\"place_count\":2,\"storage_pool\":\"sp1\"}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_RSC_GRP | MASK_CRT | CREATED);

        RestAnswer group = rest.get("/v1/resource-groups/RG1");
        assertThat(group.status()).isEqualTo(200);
        assertThat(group.json().get("name").asText()).isEqualTo("rg1");
        assertThat(group.json().get("select_filter").get("place_count").asInt()).isEqualTo(2);
        assertThat(group.json().get("select_filter").get("storage_pool").asText())
                .isEqualTo("sp1");
        assertThat(group.json().has("description")).isFalse();
        assertThat(rest.get("/v1/resource-groups").json())
                .extracting(g -> g.get("name").asText())
                .contains("DfltRscGrp", "rg1");
        assertThat(rest.get("/v1/resource-groups?resource_groups=rg1").json()).hasSize(1);
    }

    @Test
    void duplicateGroupIsConflictInAnyCase() {
        createGroup("{\"name\":\"rg1\"}");
        RestAnswer duplicate = createGroup("{\"name\":\"RG1\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.firstRetCode()).isEqualTo(MASK_RSC_GRP | MASK_CRT | FAIL_EXISTS_RSC_GRP);
    }

    @Test
    void badGroupInputIsRefusedBeforeAnythingIsStored() {
        assertThat(createGroup("{\"name\":\"bad name!\"}").status()).isEqualTo(400);
        assertThat(createGroup("{}").status()).isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"place_count\":0}}")
                        .firstRetCode())
                .isEqualTo(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PLACE_COUNT);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"place_count\":-3}}")
                        .status())
                .isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"place_count\":1000}}")
                        .status())
                .isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"not_place_with_rsc_regex\":\"([a-z\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"provider_list\":[\"NOPE\"]}}")
                        .status())
                .isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"place_count\":\"2\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"node_name_list\":[null]}}")
                        .status())
                .isEqualTo(400);
        RestAnswer unmodelled = createGroup("{\"name\":\"rg9\",\"peer_slots\":7}");
        assertThat(unmodelled.status()).isEqualTo(501);
        assertThat(unmodelled.json().get(0).get("details").asText()).isEqualTo("Field: peer_slots");
        assertThat(createGroup("{\"name\":\"rg9\",\"select_filter\":{\"overprovision\":2.0}}")
                        .status())
                .isEqualTo(501);
        RestAnswer answerOnly = createGroup("{\"name\":\"rg9\",\"uuid\":\"e8ef8d6b-17bc-42f0-9367-4aae40c78ecb\"}");
        assertThat(answerOnly.status()).isEqualTo(400);
        assertThat(answerOnly.json().get(0).get("details").asText()).isEqualTo("Field: uuid");
        RestAnswer unknown = createGroup("{\"name\":\"rg9\",\"peer_slotz\":7}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get(0).get("details").asText()).contains("peer_slotz");
        assertThat(createGroup("{\"name\":\"rg9\",\"props\":{\"Aux/a\":null}}").status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/resource-groups/rg9").status()).isEqualTo(404);
    }

    @Test
    void groupIsModifiedWithDescriptionPropsAndFilter() {
        createGroup("{\"name\":\"rg1\",\"select_filter\":{\"place_count\":2}}");
        RestAnswer modified = rest.put(
                "/v1/resource-groups/rg1",
                "{\"override_props\":{\"Aux/g\":\"1\",\"Aux/h\":\"2\"},"
                        + "\"description\":\"capture group\",\"select_filter\":{\"place_count\":3,\"layer_stack\":[\"STORAGE\"]}}");
        assertThat(modified.status()).isEqualTo(200);
        assertThat(rest.put("/v1/resource-groups/rg1", "{\"delete_props\":[\"Aux/h\"]}")
                        .status())
                .isEqualTo(200);

        var group = rest.get("/v1/resource-groups/rg1").json();
        assertThat(group.get("description").asText()).isEqualTo("capture group");
        assertThat(group.get("props").get("Aux/g").asText()).isEqualTo("1");
        assertThat(group.get("props").has("Aux/h")).isFalse();
        assertThat(group.get("select_filter").get("place_count").asInt()).isEqualTo(3);
        assertThat(group.get("select_filter").get("layer_stack").get(0).asText())
                .isEqualTo("STORAGE");
        assertThat(rest.get("/v1/resource-groups?props=Aux/g=1").json()).hasSize(1);
    }

    @Test
    void badModifyIsRefusedAndChangesNothing() {
        createGroup("{\"name\":\"rg1\",\"select_filter\":{\"place_count\":2}}");
        assertThat(rest.put("/v1/resource-groups/nosuchrg", "{\"description\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.put("/v1/resource-groups/rg1", "{\"select_filter\":{\"place_count\":0}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.put("/v1/resource-groups/rg1", "{\"select_filter\":{\"layer_stack\":[\"NOPE\"]}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.put("/v1/resource-groups/rg1", "{\"snap_names\":[\"s\"]}")
                        .status())
                .isEqualTo(501);
        assertThat(rest.put("/v1/resource-groups/rg1", "{\"override_props\":{\"Aux/a\":null}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/resource-groups/rg1")
                        .json()
                        .get("select_filter")
                        .get("place_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void groupIsDeletedAndADeletedGroupAnswersAWarning() {
        createGroup("{\"name\":\"rg1\"}");
        RestAnswer deleted = rest.delete("/v1/resource-groups/rg1");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.firstRetCode()).isEqualTo(MASK_RSC_GRP | MASK_DEL | DELETED);
        RestAnswer again = rest.delete("/v1/resource-groups/rg1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.firstRetCode()).isEqualTo(MASK_RSC_GRP | MASK_DEL | WARN_NOT_FOUND);
        assertThat(rest.delete("/v1/resource-groups/DfltRscGrp").status()).isEqualTo(409);
        assertThat(rest.get("/v1/resource-groups/rg1").status()).isEqualTo(404);
    }

    @Test
    void volumeGroupsAreCreatedListedModifiedAndDeleted() {
        createGroup("{\"name\":\"rg1\"}");
        RestAnswer created = rest.post("/v1/resource-groups/rg1/volume-groups", "{}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_VLM_GRP | MASK_CRT | CREATED);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/volume-groups",
                                "{\"volume_number\":3,\"props\":{\"Aux/v\":\"1\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups").json())
                .extracting(vg -> vg.get("volume_number").asInt())
                .containsExactly(0, 3);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups/3")
                        .json()
                        .get("props")
                        .get("Aux/v")
                        .asText())
                .isEqualTo("1");

        assertThat(rest.put("/v1/resource-groups/rg1/volume-groups/3", "{\"override_props\":{\"Aux/v\":\"2\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups/3")
                        .json()
                        .get("props")
                        .get("Aux/v")
                        .asText())
                .isEqualTo("2");
        assertThat(rest.delete("/v1/resource-groups/rg1/volume-groups/3").firstRetCode())
                .isEqualTo(MASK_VLM_GRP | MASK_DEL | DELETED);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups/3").status()).isEqualTo(404);
    }

    @Test
    void badVolumeGroupInputIsRefused() {
        createGroup("{\"name\":\"rg1\"}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":0}");
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":0}")
                        .status())
                .isEqualTo(409);
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":-1}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":70000}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{\"flags\":[\"GROSS_SIZE\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{\"color\":\"red\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/resource-groups/nosuchrg/volume-groups", "{}").status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/resource-groups/nosuchrg/volume-groups").status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups/x").status()).isEqualTo(400);
        assertThat(rest.put("/v1/resource-groups/rg1/volume-groups/9", "{\"override_props\":{\"Aux/v\":\"2\"}}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups").json()).hasSize(1);
    }

    @Test
    void spawnWithDefinitionsOnlyCreatesTheDefinitionFromTheGroup() {
        createGroup("{\"name\":\"rg1\",\"props\":{\"Aux/g\":\"1\"}}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{}");
        RestAnswer spawned = rest.post(
                "/v1/resource-groups/rg1/spawn",
                "{\"resource_definition_name\":\"spawn2\",\"volume_sizes\":[10240],\"definitions_only\":true}");
        assertThat(spawned.status()).isEqualTo(201);

        var definition = rest.get("/v1/resource-definitions/spawn2").json();
        assertThat(definition.get("resource_group_name").asText()).isEqualTo("rg1");
        assertThat(rest.get("/v1/resource-definitions/spawn2/volume-definitions")
                        .json()
                        .get(0)
                        .get("size_kib")
                        .asLong())
                .isEqualTo(10240);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"spawn2\",\"volume_sizes\":[10240],\"definitions_only\":true}")
                        .status())
                .isEqualTo(409);
        assertThat(rest.delete("/v1/resource-groups/rg1").status()).isEqualTo(409);
    }

    @Test
    void partialSpawnWithFewerSizesLeavesTheLastVolumeGroupsUnused() {
        createGroup("{\"name\":\"rg1\"}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":0,\"props\":{\"Aux/v\":\"0\"}}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":1,\"props\":{\"Aux/v\":\"1\"}}");
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"whole\",\"volume_sizes\":[10240],\"definitions_only\":true}")
                        .status())
                .isEqualTo(400);

        RestAnswer spawned = rest.post(
                "/v1/resource-groups/rg1/spawn",
                "{\"resource_definition_name\":\"part1\","
                        + "\"volume_sizes\":[10240],\"partial\":true,\"definitions_only\":true}");
        assertThat(spawned.status()).isEqualTo(201);
        var volumes =
                rest.get("/v1/resource-definitions/part1/volume-definitions").json();
        assertThat(volumes).hasSize(1);
        assertThat(volumes.get(0).get("volume_number").asInt()).isZero();
        assertThat(volumes.get(0).get("size_kib").asLong()).isEqualTo(10240);
        assertThat(volumes.get(0).get("props").get("Aux/v").asText()).isEqualTo("0");
    }

    @Test
    void partialSpawnWithMoreSizesMakesExtraVolumeDefinitionsWithoutGroupProperties() {
        createGroup("{\"name\":\"rg1\"}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{\"volume_number\":0,\"props\":{\"Aux/v\":\"0\"}}");
        RestAnswer spawned = rest.post(
                "/v1/resource-groups/rg1/spawn",
                "{\"resource_definition_name\":\"part2\","
                        + "\"volume_sizes\":[10240,20480],\"partial\":true,\"definitions_only\":true}");
        assertThat(spawned.status()).isEqualTo(201);
        var volumes =
                rest.get("/v1/resource-definitions/part2/volume-definitions").json();
        assertThat(volumes).hasSize(2);
        assertThat(volumes.get(0).get("props").get("Aux/v").asText()).isEqualTo("0");
        assertThat(volumes.get(1).get("volume_number").asInt()).isEqualTo(1);
        assertThat(volumes.get(1).get("size_kib").asLong()).isEqualTo(20480);
        assertThat(volumes.get(1).path("props").path("Aux/v").isMissingNode()).isTrue();
    }

    @Test
    void partialSpawnWithMatchingSizesIsAnOrdinarySpawn() {
        createGroup("{\"name\":\"rg1\"}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{}");
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"part3\","
                                        + "\"volume_sizes\":[10240],\"partial\":true,\"definitions_only\":true}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/resource-definitions/part3/volume-definitions").json())
                .hasSize(1);
    }

    @Test
    void badSpawnIsRefusedAndLeavesNothing() {
        createGroup("{\"name\":\"rg1\"}");
        rest.post("/v1/resource-groups/rg1/volume-groups", "{}");
        RestAnswer missing = rest.post(
                "/v1/resource-groups/nosuchrg/spawn", "{\"resource_definition_name\":\"s4\",\"volume_sizes\":[10240]}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_NOT_FOUND_RSC_GRP & MASK_BITS_CODE);
        RestAnswer mismatch = rest.post(
                "/v1/resource-groups/rg1/spawn",
                "{\"resource_definition_name\":\"s3\",\"volume_sizes\":[10240,20480],\"definitions_only\":true}");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_INVLD_VLM_SIZES & MASK_BITS_CODE);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"s3\",\"volume_sizes\":[-1],\"definitions_only\":true}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"bad name\",\"volume_sizes\":[10240],\"definitions_only\":true}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"s3\",\"volume_sizes\":[10240],\"peer_slots\":3}")
                        .status())
                .isEqualTo(501);
        RestAnswer partial = rest.post(
                "/v1/resource-groups/rg1/spawn",
                "{\"resource_definition_name\":\"s3\",\"volume_sizes\":[10240,-1],\"partial\":true}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(rest.post(
                                "/v1/resource-groups/rg1/spawn",
                                "{\"resource_definition_name\":\"s3\",\"volume_sizes\":[10240],\"partial\":\"yes\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/resource-definitions").json()).isEmpty();
    }

    @Test
    void autoplaceOfAnUnknownDefinitionIsNotFound() {
        RestAnswer missing =
                rest.post("/v1/resource-definitions/nosuchrd/autoplace", "{\"select_filter\":{\"place_count\":2}}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(rest.post(
                                "/v1/resource-definitions/nosuchrd/autoplace",
                                "{\"select_filter\":{\"place_count\":2}," + "\"snap_names\":[]}")
                        .status())
                .isEqualTo(501);
    }
}
