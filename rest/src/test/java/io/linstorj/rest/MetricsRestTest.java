package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics}: LINSTOR's families for a small cluster whose observed state the test sets
 * (the satellites' addresses have no satellite behind them, so the nodes stay OFFLINE).
 */
class MetricsRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private HttpResponse<String> scrape() throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(rest.base().resolve("/metrics"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void smallCluster() {
        for (String node : List.of("n1", "n2")) {
            assertThat(rest.post(
                                    "/v1/nodes",
                                    "{\"name\":\"" + node + "\",\"type\":\"SATELLITE\",\"net_interfaces\":"
                                            + "[{\"name\":\"default\",\"address\":\"127.0.0.77\",\"satellite_port\":65001,"
                                            + "\"satellite_encryption_type\":\"PLAIN\"}]}")
                            .status())
                    .isEqualTo(201);
            assertThat(rest.post(
                                    "/v1/nodes/" + node + "/storage-pools",
                                    "{\"storage_pool_name\":\"sp1\","
                                            + "\"provider_kind\":\"FILE_THIN\",\"props\":{\"StorDriver/StorPoolName\":\"/tmp/pools/"
                                            + node + "\"}}")
                            .status())
                    .isEqualTo(201);
        }
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"rd1\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"rd2\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(
                                "/v1/resource-definitions/rd1/volume-definitions",
                                "{\"volume_definition\":{\"volume_number\":0,\"size_kib\":10240}}")
                        .status())
                .isEqualTo(200);
        for (String node : List.of("n1", "n2")) {
            assertThat(rest.post(
                                    "/v1/resource-definitions/rd1/resources/" + node,
                                    "{\"resource\":{\"props\":{\"StorPoolName\":\"sp1\"}}}")
                            .status())
                    .isEqualTo(201);
        }
        ObservedState observed = rest.controller().observedState();
        observed.updateStoragePool(
                "n1", "sp1", new StoragePoolObservation(OptionalLong.of(1000), OptionalLong.of(4000), List.of()));
        observed.updateResource("n1", "rd1", new ResourceObservation(true, true));
        observed.updateResource("n2", "rd1", new ResourceObservation(true, false));
        observed.updateVolume(
                "n1",
                "rd1",
                0,
                new VolumeObservation("/tmp/pools/n1/rd1_00000.img", "/dev/drbd1000", "UpToDate", OptionalLong.of(8)));
    }

    @Test
    void metricsAnswerInTheTextFormatWithLinstorsFamiliesAndTheClustersValues() throws Exception {
        smallCluster();
        rest.controller().services().errorReports().report(new IllegalStateException("counted"), "test");

        HttpResponse<String> response = scrape();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        PrometheusText metrics = PrometheusText.parse(response.body());
        assertThat(metrics.types())
                .containsEntry("linstor_info", "gauge")
                .containsEntry("linstor_node_state", "gauge")
                .containsEntry("linstor_resource_definition_count", "gauge")
                .containsEntry("linstor_resource_state", "gauge")
                .containsEntry("linstor_volume_state", "gauge")
                .containsEntry("linstor_storage_pool_capacity_free_bytes", "gauge")
                .containsEntry("linstor_storage_pool_capacity_total_bytes", "gauge")
                .containsEntry("linstor_error_reports_count", "gauge")
                .containsEntry("linstor_scrape_duration_seconds", "gauge")
                .containsKey("jvm_memory_used_bytes");
        assertThat(metrics.of("linstor_info"))
                .singleElement()
                .satisfies(info -> assertThat(info.labels()).containsKey("version"));
        assertThat(metrics.value(
                        "linstor_node_state",
                        Map.of(
                                "node",
                                "n1",
                                "address",
                                "127.0.0.77",
                                "nodetype",
                                "SATELLITE",
                                "encryption",
                                "PLAIN",
                                "port",
                                "65001")))
                .contains(0.0);
        assertThat(metrics.value("linstor_resource_definition_count", Map.of())).contains(2.0);
        assertThat(metrics.value("linstor_resource_definition_resource_count", Map.of("name", "rd1")))
                .contains(2.0);
        assertThat(metrics.value("linstor_resource_definition_resource_count", Map.of("name", "rd2")))
                .contains(0.0);
        assertThat(metrics.value("linstor_volume_definition_size_bytes", Map.of("name", "rd1", "volume_number", "0")))
                .contains(10240 * 1024.0);
        assertThat(metrics.value("linstor_resource_state", Map.of("node", "n1", "name", "rd1")))
                .contains(1.0);
        assertThat(metrics.value("linstor_resource_state", Map.of("node", "n2", "name", "rd1")))
                .contains(0.0);
        assertThat(metrics.value(
                        "linstor_volume_state",
                        Map.of(
                                "node",
                                "n1",
                                "resource",
                                "rd1",
                                "volume",
                                "0",
                                "device_path",
                                "/dev/drbd1000",
                                "storage_pool",
                                "sp1")))
                .contains(1.0);
        assertThat(metrics.value("linstor_volume_state", Map.of("node", "n2", "resource", "rd1")))
                .contains(-1.0);
        assertThat(metrics.value(
                        "linstor_storage_pool_capacity_free_bytes",
                        Map.of(
                                "node",
                                "n1",
                                "storage_pool",
                                "sp1",
                                "driver",
                                "FILE_THIN",
                                "backing_pool",
                                "/tmp/pools/n1")))
                .contains(1000 * 1024.0);
        assertThat(metrics.value(
                        "linstor_storage_pool_capacity_total_bytes", Map.of("node", "n1", "storage_pool", "sp1")))
                .contains(4000 * 1024.0);
        assertThat(metrics.value(
                        "linstor_storage_pool_capacity_free_bytes", Map.of("node", "n2", "storage_pool", "sp1")))
                .as("a pool nothing was reported for has no sample")
                .isEmpty();
        assertThat(metrics.value("linstor_error_reports_count", Map.of())).contains(1.0);
        assertThat(metrics.of("linstor_error_reports_count"))
                .anySatisfy(sample -> assertThat(sample.labels()).containsEntry("module", "CONTROLLER"));
    }

    @Test
    void requestDurationsAreLabelledByRouteTemplateNeverByObjectName() throws Exception {
        smallCluster();
        rest.get("/v1/nodes/n1");
        rest.get("/v1/nodes/n2");
        rest.get("/v1/no/such/path/x");

        PrometheusText metrics = PrometheusText.parse(scrape().body());

        List<PrometheusText.Sample> counts = metrics.of("linstorj_rest_request_duration_seconds_count");
        assertThat(counts)
                .extracting(sample -> sample.labels().get("route"))
                .contains("/v1/nodes/{node}", "/v1/nodes", "unmatched")
                .noneMatch(route -> route.contains("n1") || route.contains("x"));
        assertThat(metrics.value(
                        "linstorj_rest_request_duration_seconds_count",
                        Map.of("method", "GET", "route", "/v1/nodes/{node}", "status", "200")))
                .contains(2.0);
    }

    @Test
    void deletedObjectsLeaveTheMetrics() throws Exception {
        smallCluster();
        assertThat(rest.delete("/v1/resource-definitions/rd2").status()).isEqualTo(200);

        PrometheusText metrics = PrometheusText.parse(scrape().body());

        assertThat(metrics.value("linstor_resource_definition_count", Map.of())).contains(1.0);
        assertThat(metrics.value("linstor_resource_definition_resource_count", Map.of("name", "rd2")))
                .isEmpty();
    }
}
