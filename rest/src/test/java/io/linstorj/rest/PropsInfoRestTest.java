package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .../properties/info} paths answer LINSTOR's PropsInfo maps. */
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
            "/v1/nodes/properties/info", "PrefNic",
            "/v1/storage-pool-definitions/properties/info", "MaxOversubscriptionRatio",
            "/v1/nodes/anynode/storage-pools/properties/info", "StorDriver/StorPoolName",
            "/v1/resource-definitions/properties/info", "FileSystem/Type",
            "/v1/resource-definitions/anyrd/volume-definitions/properties/info", "BCache/Blocksize",
            "/v1/resource-definitions/anyrd/resources/properties/info", "FileSystem/Type",
            "/v1/resource-definitions/anyrd/resources/anynode/volumes/properties/info", "StorPoolName",
            "/v1/resource-groups/properties/info", "FileSystem/Type",
            "/v1/resource-groups/anyrg/volume-groups/properties/info", "BCache/Blocksize");
        keyByPath.forEach((path, key) -> {
            RestAnswer answer = rest.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.json().has(key)).as(path + " has " + key).isTrue();
            assertThat(answer.json().get(key).get("prop_type").isTextual()).as(path).isTrue();
        });
        assertThat(rest.get("/v1/resource-groups/properties/info").json())
            .isEqualTo(rest.get("/v1/resource-definitions/properties/info").json());
    }

    @Test
    void rangesRegexesAndDefaultsAreLinstors() {
        var info = rest.get("/v1/storage-pool-definitions/properties/info").json().get("MaxOversubscriptionRatio");
        assertThat(info.get("prop_type").asText()).isEqualTo("range_float");
        assertThat(info.get("value").asText()).isEqualTo("(0.0 - 1000.0)");
        var tcp = rest.get("/v1/controller/properties/info").json().get("TcpPortAutoRange");
        assertThat(tcp.get("prop_type").asText()).isEqualTo("regex");
        assertThat(tcp.get("value").asText()).isEqualTo("[0-9]+-[0-9]+");
        assertThat(tcp.has("unit")).isFalse();
    }

    @Test
    void allMapsTheKindsInUpperCase() {
        var all = rest.get("/v1/controller/properties/info/all").json();
        assertThat(all.get("NODE")).isEqualTo(rest.get("/v1/nodes/properties/info").json());
        assertThat(all.get("CONTROLLER")).isEqualTo(rest.get("/v1/controller/properties/info").json());
        assertThat(all.has("VOLUME_DEFINITION")).isTrue();
    }

    @Test
    void otherMethodsAreNotAllowed() {
        assertThat(rest.post("/v1/controller/properties/info", "{}").status()).isEqualTo(405);
    }
}
