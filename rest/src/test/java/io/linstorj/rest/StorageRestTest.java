package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage pool definitions, storage pools and {@code /v1/view/storage-pools}. */
class StorageRestTest {
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
    void poolDefinitionIsCreatedOnceAndListed() {
        RestAnswer created = rest.post("/v1/storage-pool-definitions", "{\"storage_pool_name\":\"sp1\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(rest.post("/v1/storage-pool-definitions", "{\"storage_pool_name\":\"sp1\"}")
                        .status())
                .isEqualTo(409);
        assertThat(rest.post("/v1/storage-pool-definitions", "{\"storage_pool_name\":\"sp 1\"}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/storage-pool-definitions").json())
                .extracting(d -> d.get("storage_pool_name").asText())
                .contains("sp1");
        assertThat(rest.get("/v1/storage-pool-definitions/sp1").status()).isEqualTo(200);
        assertThat(rest.delete("/v1/storage-pool-definitions/sp1").status()).isEqualTo(200);
        assertThat(rest.get("/v1/storage-pool-definitions/sp1").status()).isEqualTo(404);
    }

    @Test
    void disklessPoolIsCreatedAndViewed() {
        RestAnswer created = rest.post(
                "/v1/nodes/n1/storage-pools", "{\"storage_pool_name\":\"spdl\",\"provider_kind\":\"DISKLESS\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(rest.get("/v1/nodes/n1/storage-pools").json())
                .extracting(p -> p.get("storage_pool_name").asText())
                .contains("spdl");
        RestAnswer pool = rest.get("/v1/nodes/n1/storage-pools/spdl");
        assertThat(pool.status()).isEqualTo(200);
        assertThat(pool.json().get("provider_kind").asText()).isEqualTo("DISKLESS");
        assertThat(rest.get("/v1/view/storage-pools?nodes=n1&storage_pools=spdl")
                        .json())
                .hasSize(1);
        assertThat(rest.put("/v1/nodes/n1/storage-pools/spdl", "{\"override_props\":{\"Aux/a\":\"b\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.delete("/v1/nodes/n1/storage-pools/spdl").status()).isEqualTo(200);
        assertThat(rest.get("/v1/nodes/n1/storage-pools/spdl").status()).isEqualTo(404);
    }

    @Test
    void badProviderKindIsBadRequestAndMissingNodeNotFound() {
        RestAnswer bad =
                rest.post("/v1/nodes/n1/storage-pools", "{\"storage_pool_name\":\"sp2\",\"provider_kind\":\"NOPE\"}");
        assertThat(bad.status()).isEqualTo(400);
        RestAnswer missing = rest.post(
                "/v1/nodes/nosuchnode/storage-pools", "{\"storage_pool_name\":\"sp2\",\"provider_kind\":\"DISKLESS\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_NOT_FOUND_NODE & MASK_BITS_CODE);
    }
}
