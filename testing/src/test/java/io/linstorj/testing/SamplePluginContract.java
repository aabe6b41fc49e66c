package io.linstorj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.client.ResourceInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a storage plugin's tests do with a {@link LinstorCluster}, written as a plugin developer
 * would: place replicas right after the start and right after a restart, inject faults, and
 * reset between tests. Run against satellites in child JVMs and in process.
 */
abstract class SamplePluginContract {
    private static final long VOLUME_KIB = 16 * 1024;

    @Test
    void autoplaceRightAfterTheStartPlacesTwoReplicas(LinstorTestCluster cluster, Linstor lin) {
        String rd = cluster.uniqueName("placed");
        createDefinition(lin, rd);

        assertSuccess(lin.resourceAutoPlace(rd, 2));

        assertThat(placedOn(lin, rd)).hasSize(2);
    }

    @Test
    void autoplaceOnEveryNodeRightAfterASatelliteRestartSucceeds(LinstorTestCluster cluster, Linstor lin) {
        cluster.killSatellite("alpha");
        cluster.restartSatellite("alpha");
        String rd = cluster.uniqueName("after-restart");
        createDefinition(lin, rd);

        assertSuccess(lin.resourceAutoPlace(rd, cluster.nodeNames().size()));

        assertThat(placedOn(lin, rd)).containsExactlyInAnyOrderElementsOf(cluster.nodeNames());
    }

    @Test
    void autoplaceRightAfterAControllerRestartSucceeds(LinstorTestCluster cluster) {
        cluster.killController();
        cluster.restartController();

        try (Linstor lin = cluster.connect()) {
            String rd = cluster.uniqueName("after-controller");
            createDefinition(lin, rd);
            assertSuccess(lin.resourceAutoPlace(rd, 2));
            assertThat(placedOn(lin, rd)).hasSize(2);
        }
    }

    @Test
    void resetLeavesNoResourceDefinitionGroupSnapshotOrKeyValueStore(LinstorTestCluster cluster, Linstor lin)
            throws Exception {
        String rd = cluster.uniqueName("doomed");
        createDefinition(lin, rd);
        assertSuccess(lin.resourceAutoPlace(rd, 2));
        createSnapshot(cluster, rd, "before-reset");
        assertSuccess(lin.resourceGroupCreate(cluster.uniqueName("group")));
        assertSuccess(lin.keyValueStoreModify(cluster.uniqueName("store"), Map.of("key", "value"), List.of()));

        cluster.reset();

        assertThat(lin.resourceList().get(0).resources()).isEmpty();
        assertThat(lin.resourceDfnList().get(0).resourceDefinitions()).isEmpty();
        assertThat(lin.resourceGroupList().get(0).resourceGroups())
                .extracting(group -> group.name())
                .containsExactly("DfltRscGrp");
        assertThat(lin.keyValueStoreList().get(0).keyValueStores()).isEmpty();
        assertThat(new ObjectMapper()
                        .readTree(get(cluster, "/v1/view/snapshots").body()))
                .isEmpty();
        assertThat(lin.nodeList().get(0).nodes()).hasSize(cluster.nodeNames().size());
    }

    @Test
    void everySatelliteUsesTheEmulatedDrbdDriverEvenWhereDrbd9IsLoaded(Linstor lin) {
        assertThat(lin.nodeList().get(0).nodes())
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.satelliteInfo())
                        .startsWith("DRBD driver: emulated DRBD (forced by --drbd-driver emulated)"));
    }

    @Test
    void resetDeletesTheControllerPropertiesATestSetAndKeepsTheClustersOwn(LinstorTestCluster cluster, Linstor lin) {
        Map<String, String> before = lin.controllerProps().get(0).props();
        assertSuccess(lin.controllerSetProp("Aux/plugin/" + cluster.uniqueName("flag"), "on"));

        cluster.reset();

        assertThat(lin.controllerProps().get(0).props()).isEqualTo(before);
    }

    @Test
    void aKilledSatelliteGoesOfflineAtTheControllerAndComesBackOnRestart(LinstorTestCluster cluster, Linstor lin) {
        cluster.killSatellite("bravo");
        try {
            await().atMost(Duration.ofMinutes(1))
                    .untilAsserted(
                            () -> assertThat(connectionStatus(lin, "bravo")).isEqualTo("OFFLINE"));
        } finally {
            cluster.restartSatellite("bravo");
        }

        assertThat(connectionStatus(lin, "bravo")).isEqualTo("ONLINE");
    }

    @Test
    void theClusterGivesItsRestUrlAndItsControllerUriOnLoopback(LinstorTestCluster cluster) throws Exception {
        assertThat(cluster.restUrl()).startsWith("http://127.0.0.");
        assertThat(cluster.controllerUri()).startsWith("linstor://127.0.0.");
        assertThat(cluster.controllerUri()).doesNotEndWith(":3376");
        assertThat(cluster.restUrl()).doesNotEndWith(":3370");
        assertThat(get(cluster, "/v1/nodes").statusCode()).isEqualTo(200);
    }

    @Test
    void uniqueNamesNeverRepeatAndBadPrefixesAreRefused(LinstorTestCluster cluster) {
        assertThat(cluster.uniqueName("web")).isNotEqualTo(cluster.uniqueName("web"));

        assertThatThrownBy(() -> cluster.uniqueName("9lives"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with a letter");
        assertThatThrownBy(() -> cluster.uniqueName("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSatelliteThatDoesNotExistCannotBeRestarted(LinstorTestCluster cluster) {
        assertThatThrownBy(() -> cluster.restartSatellite("zulu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zulu");
    }

    private static String connectionStatus(Linstor lin, String node) {
        return lin.nodeList(List.of(node)).get(0).nodes().get(0).connectionStatus();
    }

    private static void createDefinition(Linstor lin, String rd) {
        assertSuccess(lin.resourceDfnCreate(rd));
        assertSuccess(lin.volumeDfnCreate(rd, VOLUME_KIB));
    }

    private static List<String> placedOn(Linstor lin, String rd) {
        return lin.resourceList(List.of(), List.of(rd)).get(0).resources().stream()
                .map(ResourceInfo::nodeName)
                .toList();
    }

    private static void assertSuccess(List<ApiCallResponse> replies) {
        assertThat(Linstor.allApiResponsesSuccess(replies))
                .as(replies.toString())
                .isTrue();
    }

    private static void createSnapshot(LinstorTestCluster cluster, String rd, String name) throws Exception {
        HttpResponse<String> created = send(
                HttpRequest.newBuilder(URI.create(cluster.restUrl() + "/v1/resource-definitions/" + rd + "/snapshots"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static HttpResponse<String> get(LinstorTestCluster cluster, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(cluster.restUrl() + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
