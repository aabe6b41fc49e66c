package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields of the spec's create bodies that LinstorJ does not act on: harmless values pass, values
 * that would change behaviour answer 400 naming the field, fields outside the spec stay 400.
 */
class SpecFieldsRestTest {
    private static final String NODE = "{\"name\":\"%s\",\"type\":\"SATELLITE\",%s\"net_interfaces\":"
            + "[{\"name\":\"default\",\"address\":\"127.0.0.11\",\"satellite_port\":3366}]}";
    private static final String POOL = "{\"storage_pool_name\":\"%s\",\"provider_kind\":\"FILE_THIN\",%s"
            + "\"props\":{\"StorDriver/StorPoolName\":\"/var/lib/linstorj/pools/p\"}}";

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

    /** Asserts a 400 (wrong input) whose first entry names {@code field}. */
    private void refused(RestAnswer answer, String field) {
        refused(answer, field, 400);
    }

    /** Asserts a 501 (a feature LinstorJ lacks) whose first entry names {@code field}. */
    private void notSupported(RestAnswer answer, String field) {
        refused(answer, field, 501);
    }

    private void refused(RestAnswer answer, String field, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        var first = answer.json().get(0);
        assertThat(first.get("message").asText() + " " + first.path("details").asText())
                .contains(field);
    }

    private RestAnswer definition(String name, String inner, String outer) {
        return rest.post(
                "/v1/resource-definitions",
                "{" + outer + "\"resource_definition\":{" + inner + "\"name\":\"" + name + "\"}}");
    }

    @Test
    void definitionCreateTakesLinstorjsLayersAndTransportAndRefusesTheRest() {
        assertThat(definition(
                                "a1",
                                "\"layer_data\":[{\"type\":\"DRBD\"},{\"type\":\"STORAGE\"}],\"flags\":[],",
                                "\"drbd_transport_type\":\"IP\",\"drbd_port\":7100,")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/resource-definitions/a1").status()).isEqualTo(200);

        Map<String, String[]> unsupported = Map.of(
                "drbd_secret", new String[] {"", "\"drbd_secret\":\"s3cr3t\","},
                "drbd_peer_slots", new String[] {"", "\"drbd_peer_slots\":7,"},
                "drbd_transport_type", new String[] {"", "\"drbd_transport_type\":\"RDMA\","},
                "external_name", new String[] {"\"external_name\":\"Ext Name\",", ""},
                "layer_data", new String[] {"\"layer_data\":[{\"type\":\"STORAGE\"}],", ""},
                "layer_data[].data",
                        new String[] {"\"layer_data\":[{\"type\":\"DRBD\",\"data\":{\"peer_slots\":3}}],", ""});
        unsupported.forEach((field, body) -> notSupported(definition("b1", body[0], body[1]), field));
        Map<String, String[]> refusals = Map.of(
                "flags", new String[] {"\"flags\":[\"DELETE\"],", ""},
                "uuid", new String[] {"\"uuid\":\"e8ef8d6b-17bc-42f0-9367-4aae40c78ecb\",", ""},
                "volume_definitions", new String[] {"\"volume_definitions\":[{\"size_kib\":1024}],", ""});
        refusals.forEach((field, body) -> refused(definition("b1", body[0], body[1]), field));
        // Not in ResourceDefinitionCreate: refused as unknown, as LINSTOR does.
        refused(definition("b1", "", "\"layer_list\":[\"DRBD\"],"), "layer_list");
        assertThat(rest.get("/v1/resource-definitions/b1").status()).isEqualTo(404);
    }

    @Test
    void resourceCreateTakesLinstorjsLayerListAndDrbdClientAndRefusesTheRest() {
        rest.post("/v1/nodes", NODE.formatted("n1", ""));
        rest.post("/v1/nodes/n1/storage-pools", POOL.formatted("DfltStorPool", ""));
        rest.post("/v1/nodes", NODE.formatted("n2", "").replace("127.0.0.11", "127.0.0.12"));
        rest.post("/v1/nodes/n2/storage-pools", POOL.formatted("DfltStorPool", ""));
        definition("r1", "", "");
        String path = "/v1/resource-definitions/r1/resources";
        for (String field : new String[] {
            "\"layer_list\":[\"STORAGE\"]",
            "\"layer_list\":[\"DRBD\",\"LUKS\",\"STORAGE\"]",
            "\"drbd_node_id\":3",
            "\"drbd_tcp_port_count\":2",
            "\"drbd_tcp_ports\":[7000]",
            "\"snap_names\":[\"s\"]",
            "\"copy_all_snaps\":true"
        }) {
            RestAnswer answer = rest.post(path, "[{\"resource\":{\"node_name\":\"n1\"}," + field + "}]");
            notSupported(answer, field.substring(1, field.indexOf('"', 1)));
        }
        for (String field : new String[] {
            "\"uuid\":\"x\"",
            "\"state\":{\"in_use\":false}",
            "\"create_timestamp\":1",
            "\"layer_object\":{\"type\":\"DRBD\"}",
            "\"effective_props\":{}",
            "\"name\":\"other\""
        }) {
            RestAnswer answer = rest.post(path, "[{\"resource\":{\"node_name\":\"n1\"," + field + "}}]");
            refused(answer, "resource." + field.substring(1, field.indexOf('"', 1)));
        }
        refused(rest.post(path + "/n1", "{\"resource\":{\"node_name\":\"n2\"}}"), "resource.node_name");
        assertThat(rest.get(path).json()).isEmpty();

        assertThat(rest.post(
                                path,
                                "[{\"resource\":{\"name\":\"r1\",\"node_name\":\"n1\"},\"layer_list\":"
                                        + "[\"DRBD\",\"STORAGE\"],\"snap_names\":[],\"copy_all_snaps\":false,\"drbd_client\":false}]")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(path + "/n2", "{\"layer_list\":[\"drbd\"],\"drbd_client\":true}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get(path + "/n2").json().get("flags").toString()).contains("DRBD_DISKLESS");
        assertThat(rest.get(path + "/n1").json().get("flags")).isNull();
    }

    @Test
    void nodeCreateRefusesAnswerFieldsAndTakesLinux() {
        assertThat(rest.post("/v1/nodes", NODE.formatted("n1", "\"platform\":\"LINUX\",\"flags\":[],"))
                        .status())
                .isEqualTo(201);
        for (String field : new String[] {
            "\"uuid\":\"x\"",
            "\"connection_status\":\"ONLINE\"",
            "\"storage_providers\":[\"LVM\"]",
            "\"resource_layers\":[\"DRBD\"]",
            "\"unsupported_layers\":{}",
            "\"unsupported_providers\":{}",
            "\"eviction_timestamp\":1",
            "\"os_variant\":\"Debian\""
        }) {
            refused(
                    rest.post("/v1/nodes", NODE.formatted("n2", field + ",")),
                    field.substring(1, field.indexOf('"', 1)));
        }
        notSupported(rest.post("/v1/nodes", NODE.formatted("n2", "\"platform\":\"WINDOWS\",")), "platform");
        assertThat(rest.post("/v1/nodes", NODE.formatted("n2", "\"bogus\":1,")).status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/nodes/n2").status()).isEqualTo(404);
    }

    @Test
    void poolCreateRefusesAnswerAndSharedFields() {
        rest.post("/v1/nodes", NODE.formatted("n1", ""));
        assertThat(rest.post(
                                "/v1/nodes/n1/storage-pools",
                                POOL.formatted("sp1", "\"node_name\":\"N1\",\"external_locking\":false,"))
                        .status())
                .isEqualTo(201);
        for (String field : new String[] {
            "\"node_name\":\"n2\"",
            "\"free_capacity\":1",
            "\"total_capacity\":1",
            "\"uuid\":\"x\"",
            "\"free_space_mgr_name\":\"x\"",
            "\"static_traits\":{}",
            "\"reports\":[]",
            "\"supports_snapshots\":true"
        }) {
            refused(
                    rest.post("/v1/nodes/n1/storage-pools", POOL.formatted("sp2", field + ",")),
                    field.substring(1, field.indexOf('"', 1)));
        }
        notSupported(
                rest.post("/v1/nodes/n1/storage-pools", POOL.formatted("sp2", "\"shared_space\":\"s\",")),
                "shared_space");
        notSupported(
                rest.post("/v1/nodes/n1/storage-pools", POOL.formatted("sp2", "\"external_locking\":true,")),
                "external_locking");
        assertThat(rest.get("/v1/nodes/n1/storage-pools/sp2").status()).isEqualTo(404);
    }

    @Test
    void volumeDefinitionCreateRefusesEncryptionFlagsAndLayerData() {
        definition("r1", "", "");
        String path = "/v1/resource-definitions/r1/volume-definitions";
        assertThat(rest.post(
                                path,
                                "{\"volume_definition\":{\"size_kib\":1024,\"flags\":[],\"layer_data\":"
                                        + "[{\"type\":\"DRBD\"}]}}")
                        .status())
                .isEqualTo(200);
        notSupported(rest.post(path, "{\"volume_definition\":{\"size_kib\":1024},\"passphrase\":\"p\"}"), "passphrase");
        notSupported(rest.post(path, "{\"volume_definition\":{\"size_kib\":1024,\"flags\":[\"ENCRYPTED\"]}}"), "flags");
        refused(rest.post(path, "{\"volume_definition\":{\"size_kib\":1024,\"uuid\":\"x\"}}"), "uuid");
        notSupported(
                rest.post(path, "{\"volume_definition\":{\"size_kib\":1024,\"layer_data\":[{\"type\":\"LUKS\"}]}}"),
                "layer_data");
        assertThat(rest.get(path).json()).hasSize(1);
    }
}
