package io.linstorj.dist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import io.linstorj.rest.RestAnswer;
import io.linstorj.rest.SpecFile;
import io.linstorj.rest.SpecValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A JDK HTTP client for a cluster's REST API that checks every JSON answer as rest's tests do:
 * {@code application/json}, and conformance to rest_v1_openapi.yaml (found at
 * {@code ../shared/reference/} beside the repository). Every call, event streams included, is
 * counted in a {@link Coverage}.
 */
final class SpecCheckedRest {
    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SpecValidator spec = new SpecValidator(SpecFile.locate());
    private final Coverage coverage;

    SpecCheckedRest(URI base, Coverage coverage) {
        this.base = base;
        this.coverage = coverage;
    }

    /** Opens the event stream at {@code path}. */
    SseReader stream(String path) {
        coverage.called("GET", path);
        return new SseReader(base, path);
    }

    SpecValidator spec() {
        return spec;
    }

    RestAnswer get(String path) {
        return send("GET", path, null);
    }

    RestAnswer post(String path, String json) {
        return send("POST", path, json);
    }

    RestAnswer put(String path, String json) {
        return send("PUT", path, json);
    }

    RestAnswer patch(String path, String json) {
        return send("PATCH", path, json);
    }

    RestAnswer delete(String path) {
        return send("DELETE", path, null);
    }

    /** {@code path} answered as text (for {@code /metrics}): status, content type and body, not validated. */
    RestAnswer text(String path) {
        HttpResponse<String> response = exchange("GET", path, null);
        return new RestAnswer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Sends a request (a JSON body when {@code json} is given); checks the answer against the spec. */
    RestAnswer send(String method, String path, String json) {
        HttpResponse<String> response = exchange(method, path, json);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as("content type of %s %s", method, path).isEqualTo("application/json");
        RestAnswer answer = new RestAnswer(response.statusCode(), type, response.body());
        if (!"/health".equals(path)) {
            ValidationReport report =
                    spec.validate(method, URI.create(path).getRawPath(), answer.status(), answer.body());
            assertThat(report.getMessages().stream()
                            .filter(message -> message.getLevel() != ValidationReport.Level.IGNORE)
                            .toList())
                    .as("spec conformance of %s %s -> %d %s", method, path, answer.status(), answer.body())
                    .isEmpty();
        }
        return answer;
    }

    private HttpResponse<String> exchange(String method, String path, String json) {
        coverage.called(method, path);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
