package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.observed.ObservedState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DELETE /v1/nodes/{node}/lost}: a node gone for good leaves with its resources. */
class NodeLostRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNodesWithThinPools("alpha", "delta");
        rest.createDefinition("lostrd", 1024);
        assertThat(rest.post(
                                "/v1/resource-definitions/lostrd/resources",
                                "[{\"resource\":{\"node_name\":\"alpha\"}},"
                                        + "{\"resource\":{\"node_name\":\"delta\"}}]")
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void lostNodeIsDeletedWithItsResourcesAndPoolsWhileOtherReplicasStay() {
        assertThat(rest.delete("/v1/nodes/delta").status()).isEqualTo(409);

        RestAnswer lost = rest.delete("/v1/nodes/delta/lost");
        assertThat(lost.status()).isEqualTo(200);
        assertThat(lost.firstRetCode()).isEqualTo(MASK_NODE | MASK_DEL | DELETED);
        assertThat(lost.firstMessage()).isEqualTo("Node 'delta' deleted.");
        assertThat(rest.get("/v1/nodes/delta").status()).isEqualTo(404);
        var resources = rest.get("/v1/resource-definitions/lostrd/resources").json();
        assertThat(resources).hasSize(1);
        assertThat(resources.get(0).get("node_name").asText()).isEqualTo("alpha");
        assertThat(rest.get("/v1/view/storage-pools?nodes=delta").json()).isEmpty();
        assertThat(rest.get("/v1/resource-definitions/lostrd").status()).isEqualTo(200);
    }

    @Test
    void connectedNodeIsRefusedAndKept() {
        rest.controller().observedState().updateConnectionStatus("delta", ObservedState.ONLINE);
        RestAnswer refused = rest.delete("/v1/nodes/delta/lost");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.firstRetCode()).isEqualTo(MASK_NODE | MASK_DEL | FAIL_EXISTS_NODE_CONN);
        assertThat(refused.firstMessage()).isEqualTo("Node 'delta' still connected, please use the 'DelNode' api.");
        assertThat(rest.get("/v1/nodes/delta").status()).isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/lostrd/resources").json()).hasSize(2);
    }

    @Test
    void missingNodeIsAWarningAndBadNameBadRequest() {
        RestAnswer missing = rest.delete("/v1/nodes/nosuchnode/lost");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.firstRetCode()).isEqualTo(MASK_NODE | MASK_DEL | WARN_NOT_FOUND);
        assertThat(missing.firstMessage()).isEqualTo("Deletion of node 'nosuchnode' had no effect.");
        assertThat(rest.delete("/v1/nodes/bad%20name/lost").status()).isEqualTo(400);
    }
}
