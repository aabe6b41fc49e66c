package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/nodes}: nodes whose satellites never run (the controller keeps trying, answers stay the same). */
class NodeRestTest {
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

    private RestAnswer createNode(String name, String address) {
        return rest.post(
                "/v1/nodes",
                "{\"name\":\"" + name + "\",\"type\":\"SATELLITE\",\"net_interfaces\":"
                        + "[{\"name\":\"default\",\"address\":\"" + address + "\",\"satellite_port\":3366,"
                        + "\"satellite_encryption_type\":\"PLAIN\"}]}");
    }

    @Test
    void createdNodeIsListedAndFoundInAnyCase() {
        RestAnswer created = createNode("n1", "127.0.0.11");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_NODE | MASK_CRT | CREATED);
        assertThat(rest.get("/v1/nodes").json()).hasSize(1);
        RestAnswer node = rest.get("/v1/nodes/N1");
        assertThat(node.status()).isEqualTo(200);
        assertThat(node.json().get("name").asText()).isEqualTo("n1");
        assertThat(node.json().get("net_interfaces").get(0).get("address").asText())
                .isEqualTo("127.0.0.11");
        assertThat(rest.get("/v1/nodes/n1/net-interfaces")
                        .json()
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("default");
    }

    @Test
    void duplicateNodeIsConflict() {
        createNode("n1", "127.0.0.11");
        RestAnswer again = createNode("N1", "127.0.0.12");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_EXISTS_NODE & MASK_BITS_CODE);
    }

    @Test
    void invalidNameTypeAndAddressAreBadRequest() {
        assertThat(createNode("bad name!", "127.0.0.11").status()).isEqualTo(400);
        assertThat(createNode("n9", "not-an-ip").status()).isEqualTo(400);
        assertThat(rest.post(
                                "/v1/nodes",
                                "{\"name\":\"n8\",\"type\":\"FOO\",\"net_interfaces\":[{\"name\":\"default\","
                                        + "\"address\":\"127.0.0.11\"}]}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/nodes", "{\"type\":\"SATELLITE\"}").status()).isEqualTo(400);
        assertThat(rest.get("/v1/nodes").json()).isEmpty();
    }

    @Test
    void missingNodeIsNotFound() {
        RestAnswer answer = rest.get("/v1/nodes/nosuchnode");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.firstRetCode()).isEqualTo(FAIL_NOT_FOUND_NODE);
        assertThat(rest.put("/v1/nodes/nosuchnode", "{\"override_props\":{\"Aux/site\":\"a\"}}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/nodes/nosuchnode/net-interfaces").status()).isEqualTo(404);
    }

    @Test
    void modifiedPropsFilterTheList() {
        createNode("n1", "127.0.0.11");
        createNode("n2", "127.0.0.12");
        assertThat(rest.put("/v1/nodes/n1", "{\"override_props\":{\"Aux/site\":\"a\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/nodes?props=Aux/site=a").json())
                .extracting(n -> n.get("name").asText())
                .containsExactly("n1");
        assertThat(rest.get("/v1/nodes?nodes=n2&nodes=n1").json()).hasSize(2);
        assertThat(rest.get("/v1/nodes?limit=1&offset=1").json()).hasSize(1);
    }

    @Test
    void deletedNodeIsGone() {
        createNode("n3", "127.0.0.13");
        assertThat(rest.delete("/v1/nodes/n3").status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/n3").status()).isEqualTo(404);
    }
}
