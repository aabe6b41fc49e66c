package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toggle disk and make-available of one resource, and the resource paths still answering 501. */
class ResourceActionRestTest {
    private static final String R1 = "/v1/resource-definitions/r1/resources/";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNodesWithThinPools("alpha", "bravo", "charlie");
        rest.createDefinition("r1", 1024);
        assertThat(rest.post(R1 + "alpha", "{}").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void replicaIsToggledDisklessAndDiskfulAgain() {
        assertThat(rest.post(R1 + "bravo", "{}").status()).isEqualTo(201);
        RestAnswer diskless = rest.put(R1 + "bravo/toggle-disk/diskless", null);
        assertThat(diskless.status()).isEqualTo(200);
        assertThat(diskless.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(rest.flags(R1 + "bravo")).contains("DISKLESS", "DRBD_DISKLESS");

        RestAnswer already = rest.put(R1 + "bravo/toggle-disk/diskless/DfltDisklessStorPool", null);
        assertThat(already.status()).isEqualTo(200);
        assertThat(already.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | WARN_RSC_ALREADY_DISKLESS);

        RestAnswer diskful =
                rest.put(R1 + "bravo/toggle-disk/diskful/DfltStorPool", "{\"layer_list\":[\"DRBD\",\"STORAGE\"]}");
        assertThat(diskful.status()).isEqualTo(200);
        assertThat(rest.flags(R1 + "bravo")).doesNotContain("DISKLESS", "DRBD_DISKLESS");
        RestAnswer hasDisk = rest.put(R1 + "bravo/toggle-disk/diskful", "{}");
        assertThat(hasDisk.status()).isEqualTo(200);
        assertThat(hasDisk.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | WARN_RSC_ALREADY_HAS_DISK);
    }

    @Test
    void toggleOfAMissingReplicaOrIntoAWrongPoolIsRefused() {
        RestAnswer missing = rest.put(R1 + "charlie/toggle-disk/diskful/DfltStorPool", "{}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(rest.post(R1 + "bravo", "{}").status()).isEqualTo(201);
        assertThat(rest.put(R1 + "bravo/toggle-disk/diskless/DfltStorPool", null)
                        .status())
                .isEqualTo(400);
        assertThat(rest.put(R1 + "bravo/toggle-disk/diskless/nosuchpool", null).status())
                .isEqualTo(404);
        RestAnswer layers = rest.put(R1 + "bravo/toggle-disk/diskless", "{\"layer_list\":[\"LUKS\",\"STORAGE\"]}");
        assertThat(layers.status()).as("not supported").isEqualTo(501);
        assertThat(layers.firstRetCode()).isEqualTo(FAIL_INVLD_LAYER_STACK);
        assertThat(rest.put(R1 + "bravo/toggle-disk/diskless", "{\"bogus\":1}").status())
                .isEqualTo(400);
        assertThat(rest.flags(R1 + "bravo")).doesNotContain("DISKLESS");
    }

    @Test
    void makeAvailableKeepsAnExistingReplicaAndCreatesADisklessOneWhereMissing() {
        RestAnswer existing = rest.post(R1 + "alpha/make-available", "{\"diskful\":false}");
        assertThat(existing.status()).isEqualTo(200);
        assertThat(existing.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT);
        assertThat(existing.firstMessage()).isEqualTo("Resource already deployed as requested");

        RestAnswer created = rest.post(R1 + "charlie/make-available", "{\"diskful\":false}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.firstRetCode()).isEqualTo(MASK_RSC | MASK_CRT | CREATED);
        assertThat(rest.flags(R1 + "charlie")).contains("DRBD_DISKLESS");

        RestAnswer diskful =
                rest.post(R1 + "charlie/make-available", "{\"diskful\":true,\"layer_list\":[\"DRBD\",\"STORAGE\"]}");
        assertThat(diskful.status()).isEqualTo(200);
        assertThat(diskful.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(rest.flags(R1 + "charlie")).doesNotContain("DISKLESS", "DRBD_DISKLESS");

        assertThat(rest.post(R1 + "bravo/make-available", "{\"diskful\":true}").status())
                .isEqualTo(200);
        assertThat(rest.flags(R1 + "bravo")).doesNotContain("DISKLESS", "DRBD_DISKLESS");
    }

    @Test
    void makeAvailableWithoutDataElsewhereCreatesADiskfulReplica() {
        rest.createDefinition("r2", 1024);
        assertThat(rest.post("/v1/resource-definitions/r2/resources/bravo/make-available", "")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/resource-definitions/r2/resources/bravo")
                        .json()
                        .get("flags"))
                .isNull();
    }

    @Test
    void makeAvailableRefusesWhatItCannotHonourAndMissingObjects() {
        for (String body : List.of(
                "{\"layer_list\":[\"STORAGE\"]}",
                "{\"drbd_tcp_ports\":[7000]}",
                "{\"snap_names\":[\"s1\"]}",
                "{\"copy_all_snaps\":true}")) {
            assertThat(rest.post(R1 + "charlie/make-available", body).status())
                    .as("not supported: " + body)
                    .isEqualTo(501);
        }
        for (String body : List.of("{\"diskful\":\"yes\"}", "{\"bogus\":1}")) {
            assertThat(rest.post(R1 + "charlie/make-available", body).status())
                    .as(body)
                    .isEqualTo(400);
        }
        assertThat(rest.get(R1 + "charlie").status()).isEqualTo(404);
        RestAnswer node = rest.post(R1 + "nosuchnode/make-available", "{}");
        assertThat(node.status()).isEqualTo(404);
        assertThat(node.firstRetCode() & MASK_BITS_CODE).isEqualTo(FAIL_NOT_FOUND_NODE & MASK_BITS_CODE);
        RestAnswer definition = rest.post("/v1/resource-definitions/nosuchrd/resources/alpha/make-available", "{}");
        assertThat(definition.status()).isEqualTo(404);
    }

    @Test
    void viewOfResourcesListsTheResourceWithItsVolumes() {
        JsonNode view = rest.get("/v1/view/resources").json();
        assertThat(view).hasSize(1);
        assertThat(view.get(0).get("node_name").asText()).isEqualTo("alpha");
        assertThat(view.get(0).get("volumes")).hasSize(1);
    }

    @Test
    void actionsWithoutAServiceAnswerNotSupported() {
        assertThat(rest.get("/v1/resource-definitions/r1/resource-connections/properties/info")
                        .status())
                .isEqualTo(501);
    }
}
