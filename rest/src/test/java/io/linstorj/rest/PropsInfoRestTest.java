package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .../properties/info} paths answer the keys LinstorJ interprets, as LINSTOR's PropsInfo maps. */
class PropsInfoRestTest {
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
    void everyKindAnswersItsMapWithoutLookingUpThePathsObjects() {
        Map<String, String> keyByPath = Map.of(
                "/v1/controller/properties/info", "TcpPortAutoRange",
                "/v1/nodes/properties/info", "StorPoolName",
                "/v1/storage-pool-definitions/properties/info", "MaxOversubscriptionRatio",
                "/v1/nodes/anynode/storage-pools/properties/info", "MaxOversubscriptionRatio",
                "/v1/resource-definitions/properties/info", "DrbdOptions/Net/allow-two-primaries",
                "/v1/resource-definitions/anyrd/resources/properties/info", "StorPoolName",
                "/v1/resource-groups/properties/info", "DrbdOptions/Net/max-buffers");
        keyByPath.forEach((path, key) -> {
            RestAnswer answer = rest.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.json().has(key)).as(path + " has " + key).isTrue();
            assertThat(answer.json().get(key).get("prop_type").isTextual())
                    .as(path)
                    .isTrue();
            assertThat(answer.json().get(key).get("info").asText()).as(path).isNotBlank();
        });
    }

    @Test
    void onlyKeysLinstorjInterpretsAreListed() {
        JsonNode controller = rest.get("/v1/controller/properties/info").json();
        assertThat(controller.has("AutoSnapshot/RunEvery")).isFalse();
        assertThat(controller.has("DrbdOptions/Net/max-buffers"))
                .as("the controller's net options are not applied")
                .isFalse();
        assertThat(rest.get("/v1/nodes/properties/info").json().has("PrefNic")).isFalse();
        // Nothing reads volume properties yet.
        assertThat(rest.get("/v1/resource-definitions/anyrd/resources/anynode/volumes/properties/info")
                        .json())
                .isEmpty();
        assertThat(rest.get("/v1/resource-groups/anyrg/volume-groups/properties/info")
                        .json()
                        .isObject())
                .isTrue();
    }

    @Test
    void typesValuesDefaultsAndUnitsHaveLinstorsForms() {
        var ratio =
                rest.get("/v1/storage-pool-definitions/properties/info").json().get("MaxOversubscriptionRatio");
        assertThat(ratio.get("prop_type").asText()).isEqualTo("range_float");
        assertThat(ratio.get("value").asText()).isEqualTo("(0.0 - 1000.0)");
        assertThat(ratio.get("dflt").asText()).isEqualTo("20");
        var controller = rest.get("/v1/controller/properties/info").json();
        var tcp = controller.get("TcpPortAutoRange");
        assertThat(tcp.get("prop_type").asText()).isEqualTo("regex");
        assertThat(tcp.get("dflt").asText()).isEqualTo("7000-7999");
        assertThat(tcp.has("unit")).isFalse();
        assertThat(controller.get("Autoplacer/Strategy").get("value").asText())
                .isEqualTo("(?:MostFreeSpace|FewestResources)");

        var definition = rest.get("/v1/resource-definitions/properties/info").json();
        var timeout = definition.get("DrbdOptions/Net/timeout");
        assertThat(timeout.get("prop_type").asText()).isEqualTo("range");
        assertThat(timeout.get("value").asText()).isEqualTo("(1 - 600)");
        assertThat(timeout.get("dflt").asText()).isEqualTo("60");
        assertThat(timeout.get("unit").asText()).isEqualTo("1/10 seconds");
        assertThat(definition
                        .get("DrbdOptions/Net/allow-two-primaries")
                        .get("prop_type")
                        .asText())
                .isEqualTo("boolean");
        assertThat(definition.get("DrbdOptions/auto-quorum").get("info").asText())
                .contains("does not act on it");
        var evict = controller.get("DrbdOptions/AutoEvictAfterTime");
        assertThat(evict.get("prop_type").asText()).isEqualTo("long");
        assertThat(evict.has("value")).as("LINSTOR gives no value for longs").isFalse();
    }

    @Test
    void allMapsEveryKindByItsNameInUpperCase() {
        var all = rest.get("/v1/controller/properties/info/all").json();
        assertThat(all.get("NODE"))
                .isEqualTo(rest.get("/v1/nodes/properties/info").json());
        assertThat(all.get("CONTROLLER"))
                .isEqualTo(rest.get("/v1/controller/properties/info").json());
        assertThat(all.get("RESOURCE_GROUP"))
                .isEqualTo(rest.get("/v1/resource-groups/properties/info").json());
        List<String> kinds = new ArrayList<>();
        all.fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds)
                .containsExactly(
                        "CONTROLLER",
                        "NODE",
                        "STORAGEPOOL_DEFINITION",
                        "STORAGEPOOL",
                        "RESOURCE_GROUP",
                        "RESOURCE_DEFINITION",
                        "RESOURCE",
                        "VOLUME_GROUP",
                        "VOLUME_DEFINITION",
                        "VOLUME");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        assertThat(rest.post("/v1/controller/properties/info", "{}").status()).isEqualTo(405);
    }
}
