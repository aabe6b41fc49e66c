package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(rest.get("/v1/controller/properties").json().get("Aux/capture").asText()).isEqualTo("yes");
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
        assertThat(rest.post("/v1/controller/properties", "{\"delete_props\":[\"Aux/x\"]}").status()).isEqualTo(201);
        assertThat(rest.get("/v1/controller/properties").json().has("Aux/x")).isFalse();
    }

    @Test
    void invalidValueOfAKnownKeyIsBadRequest() {
        RestAnswer answer = rest.post("/v1/controller/properties", "{\"override_props\":{\"StorPoolName\":\"!\"}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstRetCode()).isNegative();
        assertThat(rest.get("/v1/controller/properties").json().has("StorPoolName")).isFalse();
    }

    @Test
    void nullValueIsBadRequest() {
        assertThat(rest.post("/v1/controller/properties", "{\"override_props\":{\"Aux/n\":null}}").status())
            .isEqualTo(400);
    }
}
