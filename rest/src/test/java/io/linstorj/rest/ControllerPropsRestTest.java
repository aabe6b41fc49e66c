package io.linstorj.rest;

import static io.linstorj.common.RetCodes.DELETED;
import static io.linstorj.common.RetCodes.MASK_CTRL_CONF;
import static io.linstorj.common.RetCodes.MASK_DEL;
import static io.linstorj.common.RetCodes.WARN_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/controller/properties}. */
class ControllerPropsRestTest {
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

    @Test
    void setPropertyIsCreatedAndListed() {
        RestAnswer set = rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/capture\":\"yes\"}}");
        assertThat(set.status()).isEqualTo(201);
        assertThat(set.firstRetCode()).isPositive();
        assertThat(rest.get("/v1/controller/properties")
                        .json()
                        .get("Aux/capture")
                        .asText())
                .isEqualTo("yes");
    }

    @Test
    void deleteByPathTakesAKeyWithAnEncodedSlash() {
        rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/gone\":\"1\"}}");
        RestAnswer deleted = rest.delete("/v1/controller/properties/Aux%2Fgone");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(rest.get("/v1/controller/properties").json().has("Aux/gone")).isFalse();
    }

    @Test
    void deleteThroughDeletePropsRemovesTheKey() {
        rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/x\":\"1\"}}");
        assertThat(rest.post("/v1/controller/properties", "{\"delete_props\":[\"Aux/x\"]}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.get("/v1/controller/properties").json().has("Aux/x")).isFalse();
    }

    @Test
    void invalidValueOfAKnownKeyIsBadRequest() {
        RestAnswer answer = rest.post("/v1/controller/properties", "{\"override_props\":{\"StorPoolName\":\"!\"}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstRetCode()).isNegative();
        assertThat(rest.get("/v1/controller/properties").json().has("StorPoolName"))
                .isFalse();
    }

    @Test
    void nullValueIsBadRequest() {
        assertThat(rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/n\":null}}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void deleteNamespacesRemovesEveryKeyBelowTheNamespaceOnly() {
        rest.post(
                "/v1/controller/properties",
                "{\"override_props\":{\"Aux/site/rack\":\"1\",\"Aux/site/row/a\":\"2\","
                        + "\"Aux/site\":\"3\",\"Aux/sites/x\":\"4\"}}");
        RestAnswer deleted = rest.post("/v1/controller/properties", "{\"delete_namespaces\":[\"Aux/site\"]}");
        assertThat(deleted.status()).isEqualTo(201);
        assertThat(deleted.firstRetCode()).isEqualTo(MASK_CTRL_CONF | MASK_DEL | DELETED);
        var props = rest.get("/v1/controller/properties").json();
        assertThat(props.has("Aux/site/rack")).isFalse();
        assertThat(props.has("Aux/site/row/a")).isFalse();
        assertThat(props.get("Aux/site").asText()).isEqualTo("3");
        assertThat(props.get("Aux/sites/x").asText()).isEqualTo("4");

        RestAnswer nothing = rest.post("/v1/controller/properties", "{\"delete_namespaces\":[\"Aux/none\"]}");
        assertThat(nothing.status()).isEqualTo(201);
        assertThat(nothing.firstRetCode()).isEqualTo(MASK_CTRL_CONF | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void badNamespaceIsBadRequest() {
        for (String body : List.of(
                "{\"delete_namespaces\":[\"/Aux\"]}",
                "{\"delete_namespaces\":[\"\"]}",
                "{\"delete_namespaces\":[null]}",
                "{\"delete_namespaces\":\"Aux\"}")) {
            assertThat(rest.post("/v1/controller/properties", body).status())
                    .as(body)
                    .isEqualTo(400);
        }
    }
}
