package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/key-value-store}: as LINSTOR answers it (rest-examples 128-137). */
class KeyValueStoreRestTest {
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
    void storeIsCreatedByItsFirstPutReadAsAListOfOneAndChanged() {
        assertThat(rest.get("/v1/key-value-store").json()).isEmpty();
        RestAnswer put = rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"a\":\"1\",\"b/c\":\"2\"}}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.firstRetCode()).isEqualTo(MASK_KVS | MASK_MOD | MODIFIED);

        RestAnswer one = rest.get("/v1/key-value-store/KV1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).hasSize(1);
        assertThat(one.json().get(0).get("name").asText()).isEqualTo("kv1");
        assertThat(one.json().get(0).get("props").get("b/c").asText()).isEqualTo("2");

        assertThat(rest.put("/v1/key-value-store/kv1", "{\"delete_props\":[\"a\"]}")
                        .status())
                .isEqualTo(200);
        rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"ns/x\":\"1\",\"ns/y\":\"2\"}}");
        assertThat(rest.put("/v1/key-value-store/kv1", "{\"delete_namespaces\":[\"ns\"]}")
                        .status())
                .isEqualTo(200);
        var props = rest.get("/v1/key-value-store").json().get(0).get("props");
        assertThat(props.has("a")).isFalse();
        assertThat(props.has("ns/x")).isFalse();
        assertThat(props.get("b/c").asText()).isEqualTo("2");
    }

    @Test
    void missingStoreIsNotFoundAndItsDeleteOnlyWarns() {
        RestAnswer missing = rest.get("/v1/key-value-store/nosuchkv");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode()).isEqualTo(FAIL_NOT_FOUND_KVS);
        assertThat(missing.firstMessage()).isEqualTo("Could not find key value store instance 'nosuchkv'.");

        rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"a\":\"1\"}}");
        assertThat(rest.delete("/v1/key-value-store/kv1").status()).isEqualTo(200);
        RestAnswer again = rest.delete("/v1/key-value-store/kv1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.firstRetCode()).isEqualTo(MASK_KVS | MASK_DEL | WARN_NOT_FOUND);
        assertThat(rest.get("/v1/key-value-store/kv1").status()).isEqualTo(404);
    }

    @Test
    void badNamesAndBodiesAreBadRequestAndStoreNothing() {
        assertThat(rest.put("/v1/key-value-store/bad%20name", "{\"override_props\":{\"a\":\"1\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"a\":null}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"a\":1}}")
                        .status())
                .isEqualTo(400);
        RestAnswer unknown = rest.put("/v1/key-value-store/kv1", "{\"override_props\":{\"a\":\"1\"},\"bogus\":1}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get(0).get("details").asText()).contains("bogus");
        assertThat(rest.put("/v1/key-value-store/kv1", "{\"override_props\":").status())
                .isEqualTo(400);
        assertThat(rest.get("/v1/key-value-store").json()).isEmpty();
    }
}
