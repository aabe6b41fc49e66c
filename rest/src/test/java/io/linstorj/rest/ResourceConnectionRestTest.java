package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/resource-definitions/{rd}/resource-connections, GET and PUT of one pair. */
class ResourceConnectionRestTest {
    private static final String CONNECTIONS = "/v1/resource-definitions/r1/resource-connections";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        populate();
    }

    private void populate() {
        rest.createNodesWithThinPools("alpha", "bravo", "charlie", "delta");
        rest.createDefinition("r1", 1024);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            assertThat(rest.post("/v1/resource-definitions/r1/resources/" + node, "{}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private static List<String> pairs(JsonNode list) {
        List<String> pairs = new ArrayList<>();
        list.forEach(entry -> pairs.add(
                entry.get("node_a").asText() + "-" + entry.get("node_b").asText()));
        return pairs;
    }

    @Test
    void everyPairIsListedAndAPairWithoutPropertiesShowsEmptyProps() {
        RestAnswer list = rest.get(CONNECTIONS);

        assertThat(list.status()).isEqualTo(200);
        assertThat(pairs(list.json())).containsExactly("alpha-bravo", "alpha-charlie", "bravo-charlie");
        RestAnswer pair = rest.get(CONNECTIONS + "/bravo/alpha");
        assertThat(pair.status()).isEqualTo(200);
        assertThat(pairs(pair.json())).containsExactly("bravo-alpha");
        assertThat(pair.json().get(0).get("props").isEmpty()).isTrue();
    }

    @Test
    void propertiesAreSetAndDeletedOnThePairWhicheverWayItIsNamed() {
        RestAnswer set = rest.put(
                CONNECTIONS + "/bravo/alpha",
                "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"8000\",\"Aux/rack\":\"r1\"}}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.firstRetCode()).isEqualTo(MASK_RSC_CONN | MASK_MOD | MODIFIED);
        JsonNode props = rest.get(CONNECTIONS + "/alpha/bravo").json().get(0).get("props");
        assertThat(props.get("DrbdOptions/Net/max-buffers").asText()).isEqualTo("8000");
        assertThat(props.get("Aux/rack").asText()).isEqualTo("r1");
        assertThat(rest.get(CONNECTIONS).json().get(0).get("props").size()).isEqualTo(2);
        assertThat(rest.get(CONNECTIONS + "/alpha/charlie")
                        .json()
                        .get(0)
                        .get("props")
                        .isEmpty())
                .isTrue();

        RestAnswer deleted = rest.put(
                CONNECTIONS + "/alpha/bravo",
                "{\"delete_props\":[\"Aux/rack\"],\"delete_namespaces\":[\"DrbdOptions/Net\"]}");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(rest.get(CONNECTIONS + "/alpha/bravo")
                        .json()
                        .get(0)
                        .get("props")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void badPropertiesAndBodiesAnswer400AndChangeNothing() {
        for (String body : List.of(
                "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"lots\"}}",
                "{\"override_props\":{\"DrbdOptions/Net/no-such-option\":\"1\"}}",
                "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"8000; }\"}}",
                "{\"override_props\":{\"DrbdOptions/Disk/al-extents\":\"100\"}}",
                "{\"override_props\":{\"Aux/a\":null}}",
                "{\"bogus\":1}",
                "not json",
                "[]")) {
            RestAnswer answer = rest.put(CONNECTIONS + "/alpha/bravo", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(rest.put(
                                CONNECTIONS + "/alpha/bravo",
                                "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"lots\"}}")
                        .firstRetCode())
                .isEqualTo(MASK_RSC_CONN | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(rest.put(CONNECTIONS + "/alpha/alpha", "{\"override_props\":{\"Aux/a\":\"1\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(rest.get(CONNECTIONS + "/alpha/bravo")
                        .json()
                        .get(0)
                        .get("props")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void unknownDefinitionNodeOrReplicaAnswers404() {
        assertThat(rest.get("/v1/resource-definitions/nosuch/resource-connections")
                        .status())
                .isEqualTo(404);
        RestAnswer node = rest.get(CONNECTIONS + "/alpha/nosuchnode");
        assertThat(node.status()).isEqualTo(404);
        assertThat(node.firstRetCode()).isEqualTo(MASK_RSC_CONN | FAIL_NOT_FOUND_NODE);
        RestAnswer replica = rest.put(CONNECTIONS + "/delta/alpha", "{\"override_props\":{\"Aux/a\":\"1\"}}");
        assertThat(replica.status()).isEqualTo(404);
        assertThat(replica.firstRetCode()).isEqualTo(MASK_RSC_CONN | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(rest.put("/v1/resource-definitions/nosuch/resource-connections/alpha/bravo", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void propertiesSurviveARestartAndGoWithTheReplica() {
        rest.put(CONNECTIONS + "/alpha/charlie", "{\"override_props\":{\"DrbdOptions/Net/max-buffers\":\"8000\"}}");
        rest.close();
        rest = new RestFixture(dataDir);

        assertThat(rest.get(CONNECTIONS + "/charlie/alpha")
                        .json()
                        .get(0)
                        .get("props")
                        .get("DrbdOptions/Net/max-buffers")
                        .asText())
                .isEqualTo("8000");

        assertThat(rest.delete("/v1/resource-definitions/r1/resources/charlie").status())
                .isEqualTo(200);
        assertThat(pairs(rest.get(CONNECTIONS).json()))
                .as("charlie's replica waits for its satellite")
                .contains("alpha-charlie");
        assertThat(rest.delete("/v1/nodes/charlie/lost").status()).isEqualTo(200);
        assertThat(pairs(rest.get(CONNECTIONS).json())).containsExactly("alpha-bravo");
        assertThat(rest.get(CONNECTIONS + "/alpha/charlie").status()).isEqualTo(404);
    }
}
