package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property changes of one resource and of a storage pool definition, with good and bad input. */
class PropsModifyRestTest {
    private static final String ALPHA = "/v1/resource-definitions/r1/resources/alpha";
    private static final String SPD = "/v1/storage-pool-definitions/DfltStorPool";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNode("alpha", "127.0.0.11", 3366);
        assertThat(rest.createThinPool("alpha").status()).isEqualTo(201);
        rest.createDefinition("r1", 1024);
        assertThat(rest.post(ALPHA, "{}").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void resourcePropertiesAreSetThenDeletedByKeyAndByNamespace() {
        RestAnswer set = rest.put(
                ALPHA,
                "{\"override_props\":{\"Aux/tag\":\"x\",\"Aux/site/rack\":\"3\","
                        + "\"DrbdOptions/Net/allow-two-primaries\":\"yes\"}}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(set.firstMessage()).isEqualTo("Resource 'r1' on node 'alpha' modified.");
        var props = rest.get(ALPHA).json().get("props");
        assertThat(props.get("Aux/tag").asText()).isEqualTo("x");
        assertThat(props.get("Aux/site/rack").asText()).isEqualTo("3");

        assertThat(rest.put(ALPHA, "{\"delete_props\":[\"Aux/tag\"],\"delete_namespaces\":[\"Aux/site\"]}")
                        .status())
                .isEqualTo(200);
        props = rest.get(ALPHA).json().get("props");
        assertThat(props.has("Aux/tag")).isFalse();
        assertThat(props.has("Aux/site/rack")).isFalse();
        assertThat(props.get("DrbdOptions/Net/allow-two-primaries").asText()).isEqualTo("yes");
    }

    @Test
    void modifyOfAMissingResourceIsNotFound() {
        RestAnswer missing =
                rest.put("/v1/resource-definitions/r1/resources/bravo", "{\"override_props\":{\"Aux/r\":\"1\"}}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(missing.firstMessage()).isEqualTo("Resource 'r1' on node 'bravo' not found.");
        assertThat(rest.put(
                                "/v1/resource-definitions/nosuchrd/resources/alpha",
                                "{\"override_props\":{\"Aux/r\":\"1\"}}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badResourceModifyIsRefusedAndChangesNothing() {
        for (String body : List.of(
                "{\"override_props\":{\"/Aux/bad\":\"1\"}}",
                "{\"override_props\":{\"DrbdOptions/Net/allow-two-primaries\":\"maybe\"}}",
                "{\"override_props\":{\"Aux/ok\":\"1\",\"StorPoolName\":\"other\"}}")) {
            RestAnswer refused = rest.put(ALPHA, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.firstRetCode()).as(body).isEqualTo(MASK_RSC | MASK_MOD | FAIL_INVLD_PROP);
        }
        for (String body :
                List.of("{\"bogus\":1}", "{\"override_props\":{\"Aux/a\":1}}", "{\"delete_props\":[null]}", "")) {
            assertThat(rest.put(ALPHA, body).status()).as(body).isEqualTo(400);
        }
        for (String body : List.of("{\"drbd_client\":true}", "{\"drbd_tiebreaker\":false}")) {
            assertThat(rest.put(ALPHA, body).status())
                    .as("not supported: " + body)
                    .isEqualTo(501);
        }
        var props = rest.get(ALPHA).json().path("props");
        assertThat(props.has("Aux/ok")).isFalse();
        assertThat(props.has("StorPoolName")).isFalse();
    }

    @Test
    void storagePoolPropertyMayNameThePoolTheVolumesLiveIn() {
        assertThat(rest.put(ALPHA, "{\"override_props\":{\"StorPoolName\":\"DfltStorPool\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get(ALPHA).json().get("props").get("StorPoolName").asText())
                .isEqualTo("DfltStorPool");
        assertThat(rest.put(ALPHA, "{\"delete_props\":[\"StorPoolName\"]}").status())
                .isEqualTo(200);
    }

    @Test
    void poolDefinitionPropertiesAreSetAndDeleted() {
        RestAnswer set = rest.put(SPD, "{\"override_props\":{\"MaxOversubscriptionRatio\":\"4\",\"Aux/a\":\"b\"}}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.firstRetCode()).isEqualTo(MASK_STOR_POOL_DFN | MASK_MOD | MODIFIED);
        var props = rest.get(SPD).json().get("props");
        assertThat(props.get("MaxOversubscriptionRatio").asText()).isEqualTo("4");
        assertThat(rest.put("/v1/storage-pool-definitions/dfltstorpool", "{\"delete_props\":[\"Aux/a\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get(SPD).json().get("props").has("Aux/a")).isFalse();
    }

    @Test
    void badPoolDefinitionModifyIsRefused() {
        RestAnswer missing =
                rest.put("/v1/storage-pool-definitions/nosuchpool", "{\"override_props\":{\"Aux/a\":\"b\"}}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode()).isEqualTo(MASK_STOR_POOL_DFN | MASK_MOD | FAIL_NOT_FOUND_STOR_POOL_DFN);
        RestAnswer badValue = rest.put(SPD, "{\"override_props\":{\"MaxOversubscriptionRatio\":\"lots\"}}");
        assertThat(badValue.status()).isEqualTo(400);
        assertThat(badValue.firstRetCode()).isEqualTo(MASK_STOR_POOL_DFN | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(rest.put(SPD, "{\"override_props\":{\"Aux//a\":\"b\"}}").status())
                .isEqualTo(400);
        assertThat(rest.put(SPD, "{\"storage_pool_name\":\"x\"}").status()).isEqualTo(400);
        assertThat(rest.put("/v1/storage-pool-definitions/bad%20name", "{}").status())
                .isEqualTo(400);
        assertThat(rest.get(SPD).json().has("props")).isFalse();
    }
}
