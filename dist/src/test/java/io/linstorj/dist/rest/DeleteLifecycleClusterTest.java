package io.linstorj.dist.rest;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.Linstor;
import io.linstorj.client.ResourceDefinitionInfo;
import io.linstorj.common.RetCodes;
import io.linstorj.dist.cluster.TestCluster;
import io.linstorj.rest.RestAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LINSTOR's delete lifecycle on a real three-node cluster: with every satellite online a REST
 * DELETE answers once the resources are gone; a definition deleted while one satellite is
 * stopped is answered at once with a warning and stays listed with the flag DELETE, its DRBD
 * port and minor reserved, until that satellite is back and has taken its replica down; then it
 * is gone.
 */
class DeleteLifecycleClusterTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    private static TestCluster cluster;
    private static SpecCheckedRest rest;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(dataDir);
        rest = new SpecCheckedRest(URI.create(cluster.processes().restUri()), new Coverage(Set.of()));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static List<String> replicas(String resource) {
        List<String> nodes = new ArrayList<>();
        rest.get("/v1/view/resources?resources=" + resource)
                .json()
                .forEach(replica -> nodes.add(replica.get("node_name").asText() + " " + replica.path("flags")));
        return nodes;
    }

    /** The backing files of {@code resource}'s volumes in the satellites' pool directories. */
    private static List<Path> backingFiles(String resource) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(resource + "_")
                            && file.getFileName().toString().endsWith(".img"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResourceDefinitionInfo definition(Linstor lin, String name) {
        return lin.resourceDfnList(List.of(name)).get(0).resourceDefinitions().get(0);
    }

    @Test
    void withEverySatelliteOnlineADeleteAnswersOnlyOnceTheResourcesAreGone() {
        Linstor lin = cluster.client();
        await().atMost(WAIT)
                .until(() -> cluster.connectionStatus().values().stream().allMatch("ONLINE"::equals));
        check(lin.resourceDfnCreate("brief"));
        check(lin.volumeDfnCreate("brief", 8 * 1024));
        for (String node : List.of("alpha", "bravo", "charlie")) {
            check(lin.resourceCreate("brief", node));
        }
        await().atMost(WAIT)
                .until(() -> cluster.diskStates("brief").values().stream()
                                .filter("UpToDate"::equals)
                                .count()
                        == 3);

        RestAnswer one = rest.delete("/v1/resource-definitions/brief/resources/alpha");

        assertThat(one.status()).isEqualTo(200);
        JsonNode oneEntries = one.json();
        assertThat(oneEntries.get(0).get("message").asText())
                .isEqualTo("Node: alpha, Resource: brief marked for deletion.");
        assertThat(oneEntries.get(oneEntries.size() - 1).get("message").asText())
                .isEqualTo("Node: alpha, Resource: brief deletion complete.");
        assertThat(rest.get("/v1/resource-definitions/brief/resources/alpha").status())
                .isEqualTo(404);

        RestAnswer all = rest.delete("/v1/resource-definitions/brief");

        assertThat(all.status()).isEqualTo(200);
        JsonNode allEntries = all.json();
        assertThat(allEntries.get(0).get("message").asText())
                .isEqualTo("Resource definition 'brief' marked for deletion.");
        assertThat(allEntries.get(allEntries.size() - 1).get("message").asText())
                .isEqualTo("Resource definition 'brief' deleted.");
        assertThat(allEntries.toString()).doesNotContain("WARN", "still in progress");
        assertThat(rest.get("/v1/resource-definitions/brief").status()).isEqualTo(404);
        assertThat(replicas("brief")).isEmpty();
        assertThat(backingFiles("brief"))
                .as("every satellite deleted its volume before it confirmed")
                .isEmpty();
    }

    @Test
    void aDefinitionDeletedWhileASatelliteIsStoppedIsGoneOnlyWhenThatSatelliteIsBack() {
        Linstor lin = cluster.client();
        check(lin.resourceDfnCreate("doomed"));
        check(lin.volumeDfnCreate("doomed", 8 * 1024));
        for (String node : List.of("alpha", "bravo", "charlie")) {
            check(lin.resourceCreate("doomed", node));
        }
        await().atMost(WAIT)
                .until(() -> cluster.diskStates("doomed").values().stream()
                                .filter("UpToDate"::equals)
                                .count()
                        == 3);
        assertThat(backingFiles("doomed")).as("one backing file per replica").hasSize(3);
        ResourceDefinitionInfo doomed = definition(lin, "doomed");
        cluster.processes().killSatellite("charlie");
        await().atMost(WAIT)
                .until(() -> !"ONLINE".equals(cluster.connectionStatus().get("charlie")));

        RestAnswer deleted = rest.delete("/v1/resource-definitions/doomed");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.firstRetCode()).isEqualTo(RetCodes.MASK_RSC_DFN | RetCodes.MASK_DEL | RetCodes.DELETED);
        JsonNode entries = deleted.json();
        assertThat(entries.toString()).contains("Node 'charlie' is not connected", "stays marked DELETE");
        assertThat(entries.get(entries.size() - 1).get("message").asText()).contains("charlie");
        await().atMost(WAIT).until(() -> replicas("doomed").equals(List.of("charlie [\"DELETE\"]")));
        assertThat(rest.get("/v1/resource-definitions/doomed")
                        .json()
                        .get("flags")
                        .toString())
                .isEqualTo("[\"DELETE\"]");

        check(lin.resourceDfnCreate("fresh"));
        check(lin.volumeDfnCreate("fresh", 8 * 1024));
        ResourceDefinitionInfo fresh = definition(lin, "fresh");
        assertThat(fresh.drbdPort()).isNotEqualTo(doomed.drbdPort());
        assertThat(fresh.volumeDefinitions().get(0).minorNumber())
                .isNotEqualTo(doomed.volumeDefinitions().get(0).minorNumber());
        RestAnswer again = rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"doomed\"}}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstRetCode())
                .isEqualTo(RetCodes.MASK_RSC_DFN | RetCodes.MASK_CRT | RetCodes.FAIL_EXISTS_RSC_DFN);
        assertThat(rest.get("/v1/resource-definitions/doomed").status()).isEqualTo(200);

        cluster.processes().restartSatellite("charlie");

        await().atMost(WAIT)
                .until(() -> rest.get("/v1/resource-definitions/doomed").status() == 404);
        assertThat(replicas("doomed")).isEmpty();
        assertThat(backingFiles("doomed"))
                .as("every satellite deleted its volume, charlie too")
                .isEmpty();
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"doomed\"}}")
                        .status())
                .isEqualTo(201);
        check(lin.resourceDfnDelete("doomed"));
        check(lin.resourceDfnDelete("fresh"));
    }
}
