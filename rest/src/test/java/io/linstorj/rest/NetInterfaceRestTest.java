package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/nodes/{node}/net-interfaces[/{netinterface}]}: create, read, modify, delete. */
class NetInterfaceRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNode("n1", "127.0.0.11", 3366);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void interfaceIsCreatedReadModifiedAndDeleted() {
        RestAnswer created = rest.post("/v1/nodes/n1/net-interfaces", "{\"name\":\"repl\",\"address\":\"127.0.0.21\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.firstRetCode()).isEqualTo(MASK_NET_IF | MASK_CRT | CREATED);
        RestAnswer one = rest.get("/v1/nodes/N1/net-interfaces/REPL");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("address").asText()).isEqualTo("127.0.0.21");
        assertThat(rest.get("/v1/nodes/n1/net-interfaces").json()).hasSize(2);

        RestAnswer modified =
                rest.put("/v1/nodes/n1/net-interfaces/repl", "{\"name\":\"repl\",\"address\":\"127.0.0.22\"}");
        assertThat(modified.status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/n1/net-interfaces/repl")
                        .json()
                        .get("address")
                        .asText())
                .isEqualTo("127.0.0.22");

        assertThat(rest.delete("/v1/nodes/n1/net-interfaces/repl").status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/n1/net-interfaces/repl").status()).isEqualTo(404);
        RestAnswer again = rest.delete("/v1/nodes/n1/net-interfaces/repl");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.firstRetCode()).isEqualTo(MASK_NET_IF | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void badInputIsRefusedBeforeAnythingChanges() {
        assertThat(rest.post("/v1/nodes/n1/net-interfaces", "{\"name\":\"x\",\"address\":\"not-an-ip\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/nodes/n1/net-interfaces", "{\"name\":\"bad name\",\"address\":\"127.0.0.21\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/nodes/n1/net-interfaces", "{\"name\":\"DEFAULT\",\"address\":\"127.0.0.21\"}")
                        .status())
                .isEqualTo(409);
        RestAnswer uuid = rest.post(
                "/v1/nodes/n1/net-interfaces",
                "{\"name\":\"x\",\"address\":\"127.0.0.21\",\"uuid\":\"e8ef8d6b-17bc-42f0-9367-4aae40c78ecb\"}");
        assertThat(uuid.status()).isEqualTo(400);
        assertThat(uuid.json().get(0).get("details").asText()).contains("uuid");
        RestAnswer active = rest.post(
                "/v1/nodes/n1/net-interfaces", "{\"name\":\"x\",\"address\":\"127.0.0.21\",\"is_active\":true}");
        assertThat(active.status()).isEqualTo(400);
        assertThat(active.json().get(0).get("details").asText()).contains("is_active");
        assertThat(rest.put("/v1/nodes/n1/net-interfaces/default", "{\"name\":\"other\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.put("/v1/nodes/n1/net-interfaces/default", "{\"satellite_port\":70000}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.post("/v1/nodes/n1/net-interfaces", "{\"name\":\"x\",\"address\":\"127.0.0.21\",\"bogus\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/nodes/n1/net-interfaces").json()).hasSize(1);
        assertThat(rest.get("/v1/nodes/n1/net-interfaces/default")
                        .json()
                        .get("satellite_port")
                        .asInt())
                .isEqualTo(3366);
    }

    @Test
    void missingNodeOrInterfaceIsNotFoundAndTheLastInterfaceStays() {
        assertThat(rest.post("/v1/nodes/nosuch/net-interfaces", "{\"name\":\"x\",\"address\":\"127.0.0.21\"}")
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("/v1/nodes/nosuch/net-interfaces/default").status()).isEqualTo(404);
        assertThat(rest.put("/v1/nodes/n1/net-interfaces/nosuch", "{\"address\":\"127.0.0.21\"}")
                        .status())
                .isEqualTo(404);
        RestAnswer last = rest.delete("/v1/nodes/n1/net-interfaces/default");
        assertThat(last.status()).isEqualTo(409);
        assertThat(rest.get("/v1/nodes/n1/net-interfaces/default").status()).isEqualTo(200);
    }
}
