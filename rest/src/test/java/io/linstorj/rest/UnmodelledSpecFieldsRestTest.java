package io.linstorj.rest;

import static io.linstorj.common.RetCodes.API_CALL_PARSE_ERROR;
import static io.linstorj.common.RetCodes.FAIL_INVLD_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field the spec gives a request body but LinstorJ's record of it does not model answers 501
 * "not supported" naming it (with its JSON path), on every body that has such fields; a field
 * outside the spec stays 400 "Unable to parse input json."; neither stores anything.
 */
class UnmodelledSpecFieldsRestTest {
    private static final String RD = "/v1/resource-definitions/r1";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNodesWithThinPools("alpha", "bravo");
        assertThat(rest.post("/v1/resource-groups", "{\"name\":\"rg1\",\"description\":\"first\"}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post("/v1/resource-groups/rg1/volume-groups", "{}").status())
                .isEqualTo(201);
        rest.createDefinition("r1", 10240);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    /** Asserts LinstorJ's 501 for a field it does not model, named {@code field} everywhere. */
    private static void notSupported(RestAnswer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(501);
        assertThat(answer.json()).hasSize(1);
        JsonNode entry = answer.json().get(0);
        assertThat(answer.firstRetCode()).isEqualTo(FAIL_INVLD_REQUEST);
        assertThat(entry.get("message").asText()).isEqualTo("The field " + field + " is not supported by LinstorJ.");
        assertThat(entry.get("details").asText()).isEqualTo("Field: " + field);
        assertThat(entry.get("cause").asText()).contains(field);
        assertThat(entry.get("correction").asText()).isEqualTo("Leave " + field + " out.");
    }

    /** Asserts the parse error for a field outside the spec, naming {@code field}. */
    private static void unparsable(RestAnswer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.firstRetCode()).isEqualTo(API_CALL_PARSE_ERROR);
        assertThat(answer.firstMessage()).isEqualTo("Unable to parse input json.");
        assertThat(answer.json().get(0).get("details").asText()).contains("'" + field + "'");
    }

    @Test
    void resourceGroupCreateWithASpecFieldItLacksIsNotSupportedAndCreatesNothing() {
        notSupported(rest.post("/v1/resource-groups", "{\"name\":\"rg2\",\"peer_slots\":7}"), "peer_slots");
        notSupported(
                rest.post(
                        "/v1/resource-groups",
                        "{\"name\":\"rg2\",\"select_filter\":{\"place_count\":2,\"x_replicas_on_different_map\":{\"a\":1}}}"),
                "select_filter.x_replicas_on_different_map");
        assertThat(rest.get("/v1/resource-groups/rg2").status()).isEqualTo(404);
    }

    @Test
    void resourceGroupModifyWithASpecFieldItLacksIsNotSupportedAndChangesNothing() {
        notSupported(
                rest.put("/v1/resource-groups/rg1", "{\"description\":\"second\",\"peer_slots\":7}"), "peer_slots");
        notSupported(
                rest.put("/v1/resource-groups/rg1", "{\"description\":\"second\",\"copy_all_snaps\":true}"),
                "copy_all_snaps");
        notSupported(
                rest.put("/v1/resource-groups/rg1", "{\"select_filter\":{\"place_count\":2,\"port_count\":2}}"),
                "select_filter.port_count");
        JsonNode group = rest.get("/v1/resource-groups/rg1").json();
        assertThat(group.get("description").asText()).isEqualTo("first");
        assertThat(group.path("select_filter").has("place_count")).isFalse();
    }

    @Test
    void volumeGroupModifyWithFlagsIsNotSupportedAndChangesNothing() {
        notSupported(
                rest.put(
                        "/v1/resource-groups/rg1/volume-groups/0",
                        "{\"override_props\":{\"Aux/a\":\"1\"},\"flags\":[\"GROSS_SIZE\"]}"),
                "flags");
        assertThat(rest.get("/v1/resource-groups/rg1/volume-groups/0")
                        .json()
                        .path("props")
                        .has("Aux/a"))
                .isFalse();
    }

    @Test
    void spawnWithASpecFieldItLacksIsNotSupportedAndSpawnsNothing() {
        for (String field : new String[] {
            "\"peer_slots\":7",
            "\"resource_definition_external_name\":\"Ext\"",
            "\"resource_definition_props\":{\"Aux/a\":\"1\"}",
            "\"volume_passphrases\":[\"secret\"]"
        }) {
            notSupported(
                    rest.post(
                            "/v1/resource-groups/rg1/spawn",
                            "{\"resource_definition_name\":\"s1\",\"volume_sizes\":[10240],\"definitions_only\":true,"
                                    + field + "}"),
                    field.substring(1, field.indexOf('"', 1)));
        }
        assertThat(rest.get("/v1/resource-definitions/s1").status()).isEqualTo(404);
    }

    @Test
    void resourceDefinitionModifyWithASpecFieldItLacksIsNotSupportedAndChangesNothing() {
        for (String field : new String[] {
            "\"drbd_port\":7100",
            "\"drbd_peer_slots\":7",
            "\"layer_stack\":[\"DRBD\",\"STORAGE\"]",
            "\"resource_group\":\"rg1\""
        }) {
            notSupported(
                    rest.put(RD, "{\"override_props\":{\"Aux/a\":\"1\"}," + field + "}"),
                    field.substring(1, field.indexOf('"', 1)));
        }
        JsonNode definition = rest.get(RD).json();
        assertThat(definition.path("props").has("Aux/a")).isFalse();
        assertThat(definition.get("resource_group_name").asText()).isEqualTo("DfltRscGrp");
    }

    @Test
    void volumeDefinitionModifyWithFlagsIsNotSupportedAndDoesNotResize() {
        notSupported(rest.put(RD + "/volume-definitions/0", "{\"size_kib\":20480,\"flags\":[\"ENCRYPTED\"]}"), "flags");
        assertThat(rest.get(RD + "/volume-definitions/0").json().get("size_kib").asLong())
                .isEqualTo(10240);
    }

    @Test
    void autoplaceWithASpecFieldItLacksIsNotSupportedAndPlacesNothing() {
        notSupported(
                rest.post(RD + "/autoplace", "{\"select_filter\":{\"place_count\":1},\"snap_names\":[\"s\"]}"),
                "snap_names");
        notSupported(
                rest.post(RD + "/autoplace", "{\"select_filter\":{\"place_count\":1,\"overprovision\":2.0}}"),
                "select_filter.overprovision");
        assertThat(rest.get(RD + "/resources").json()).isEmpty();
    }

    @Test
    void sizeQueriesWithASpecFieldTheirFilterLacksAreNotSupported() {
        notSupported(
                rest.post("/v1/resource-groups/rg1/query-size-info", "{\"select_filter\":{\"port_count\":1}}"),
                "select_filter.port_count");
        notSupported(
                rest.post(
                        "/v1/queries/resource-groups/query-all-size-info",
                        "{\"select_filter\":{\"x_replicas_on_different_map\":{}}}"),
                "select_filter.x_replicas_on_different_map");
    }

    @Test
    void fieldOutsideTheSpecIsStillUnparsableAndNamedWithItsPath() {
        unparsable(rest.post("/v1/resource-groups", "{\"name\":\"rg2\",\"peer_slotz\":7}"), "peer_slotz");
        unparsable(
                rest.put("/v1/resource-groups/rg1", "{\"select_filter\":{\"peer_slots\":7}}"),
                "select_filter.peer_slots");
        unparsable(
                rest.post(
                        "/v1/nodes",
                        "{\"name\":\"charlie\",\"type\":\"SATELLITE\",\"net_interfaces\":[{\"name\":\"default\","
                                + "\"address\":\"127.0.0.13\",\"satellite_port\":3366,\"bogus\":1}]}"),
                "net_interfaces[].bogus");
        unparsable(
                rest.post(
                        "/v1/nodes/alpha/storage-pools",
                        "{\"storage_pool_name\":\"p2\",\"provider_kind\":\"FILE_THIN\",\"bogus\":1}"),
                "bogus");
        unparsable(rest.post(RD + "/snapshots", "{\"name\":\"s1\",\"bogus\":1}"), "bogus");
        unparsable(
                rest.post(RD + "/resources", "[{\"resource\":{\"node_name\":\"alpha\",\"bogus\":1}}]"),
                "resource.bogus");
        unparsable(rest.put(RD, "{\"resource_group_name\":\"rg1\"}"), "resource_group_name");
        assertThat(rest.get("/v1/resource-groups/rg2").status()).isEqualTo(404);
        assertThat(rest.get("/v1/nodes/charlie").status()).isEqualTo(404);
        assertThat(rest.get("/v1/nodes/alpha/storage-pools/p2").status()).isEqualTo(404);
        assertThat(rest.get(RD + "/snapshots").json()).isEmpty();
        assertThat(rest.get(RD + "/resources").json()).isEmpty();
        assertThat(rest.get(RD).json().get("resource_group_name").asText()).isEqualTo("DfltRscGrp");
    }
}
