package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.rest.http.HttpLimits;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process controller with its REST API on free ports, and a JDK HTTP client that checks
 * every answer: JSON content type, and conformance to rest_v1_openapi.yaml.
 */
final class RestFixture implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;

    private final Controller controller;
    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SpecValidator spec = new SpecValidator(SpecFile.locate());

    RestFixture(Path dataDir) {
        this(dataDir, RestConfig.DEFAULT_DELETION_WAIT);
    }

    /** A fixture whose resource and definition DELETEs wait {@code deletionWait} for their satellites. */
    RestFixture(Path dataDir, Duration deletionWait) {
        RestConfig rest = RestConfig.defaults()
                .withListen("127.0.0.1", 0)
                .withLimits(HttpLimits.DEFAULTS.withMaxBodyBytes(MAX_BODY))
                .withDeletionWait(deletionWait);
        controller = Controller.start(ControllerConfig.defaults(dataDir)
                .withListen("127.0.0.1", 0)
                .withAdapters(List.of(new RestAdapter(rest))));
        base = controller.adapters().get(0).uri();
    }

    URI base() {
        return base;
    }

    /** The controller behind the REST API, to set observed state or write error reports directly. */
    Controller controller() {
        return controller;
    }

    RestAnswer patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    RestAnswer get(String path) {
        return send("GET", path, null, null);
    }

    /** Creates satellite node {@code name} with one net interface {@code default} at {@code address:port}. */
    RestAnswer createNode(String name, String address, int port) {
        return post(
                "/v1/nodes",
                "{\"name\":\"" + name + "\",\"type\":\"SATELLITE\",\"net_interfaces\":"
                        + "[{\"name\":\"default\",\"address\":\"" + address + "\",\"satellite_port\":" + port + "}]}");
    }

    /** Creates the FILE_THIN pool DfltStorPool on a node, as most resource tests need one. */
    RestAnswer createThinPool(String node) {
        return post(
                "/v1/nodes/" + node + "/storage-pools",
                "{\"storage_pool_name\":\"DfltStorPool\","
                        + "\"provider_kind\":\"FILE_THIN\",\"props\":{\"StorDriver/StorPoolName\":\"/var/lib/linstorj/pools/p\"}}");
    }

    /**
     * Creates satellite nodes at 127.0.0.11, .12, … (port 3366, no satellite there), each with the
     * FILE_THIN pool DfltStorPool.
     */
    void createNodesWithThinPools(String... names) {
        int address = 11;
        for (String node : names) {
            assertThat(createNode(node, "127.0.0." + address++, 3366).status()).isEqualTo(201);
            assertThat(createThinPool(node).status()).isEqualTo(201);
        }
    }

    /** Creates a resource definition with volume definition 0 of {@code sizeKib}. */
    void createDefinition(String name, long sizeKib) {
        post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"" + name + "\"}}");
        post(
                "/v1/resource-definitions/" + name + "/volume-definitions",
                "{\"volume_definition\":{\"size_kib\":" + sizeKib + "}}");
    }

    /** The flags of the resource at {@code path} ({@code /v1/resource-definitions/r/resources/n}); empty when none. */
    List<String> flags(String path) {
        List<String> flags = new ArrayList<>();
        JsonNode list = get(path).json().get("flags");
        if (list != null) {
            list.forEach(flag -> flags.add(flag.asText()));
        }
        return flags;
    }

    RestAnswer post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    RestAnswer put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    RestAnswer delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a request; checks the answer's content type and its conformance to the spec. */
    RestAnswer send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as("content type of %s %s", method, path).isEqualTo("application/json");
        RestAnswer answer = new RestAnswer(response.statusCode(), type, response.body());
        if (!"/health".equals(path)) {
            var report = spec.validate(method, URI.create(path).getRawPath(), answer.status(), answer.body());
            assertThat(report.getMessages().stream()
                            .filter(message -> message.getLevel() != ValidationReport.Level.IGNORE)
                            .toList())
                    .as("spec conformance of %s %s -> %d %s", method, path, answer.status(), answer.body())
                    .isEmpty();
        }
        return answer;
    }

    @Override
    public void close() {
        controller.close();
    }
}
