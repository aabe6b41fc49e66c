package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What every path shares: status codes of the REST layer, limits, content types, paths. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestConventionsTest {
    private RestFixture rest;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        rest = new RestFixture(dataDir);
    }

    @AfterAll
    void stop() {
        rest.close();
    }

    @Test
    void healthAnswersOkWithAnEmptyBody() {
        RestAnswer answer = rest.get("/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void versionNamesTheSpecsRestApiVersion() {
        RestAnswer answer = rest.get("/v1/controller/version");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("rest_api_version").asText()).isEqualTo("1.28.0");
    }

    @Test
    void unknownPathIsNotFound() {
        RestAnswer answer = rest.get("/v1/nosuchthing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.firstRetCode()).isNegative();
        assertThat(answer.firstMessage()).isEqualTo("Path '/v1/nosuchthing' not found on server.");
    }

    @Test
    void specPathNotServedYetAnswersNotImplemented() {
        RestAnswer answer = rest.get("/v1/remotes");
        assertThat(answer.status()).isEqualTo(501);
        assertThat(answer.firstRetCode()).isEqualTo(UNKNOWN_API_CALL);
        assertThat(answer.firstMessage()).contains("not supported yet");
    }

    @Test
    void otherMethodOnAKnownPathIsNotAllowed() {
        RestAnswer answer = rest.send("PATCH", "/v1/nodes", "{}", "application/json");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.firstMessage()).isEqualTo("Method 'PATCH' not allowed on path '/v1/nodes'.");
    }

    @Test
    void bodyThatIsNotJsonIsUnsupportedMediaType() {
        RestAnswer answer = rest.send(
                "POST", "/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"x\"}}", "text/plain");
        assertThat(answer.status()).isEqualTo(415);
        assertThat(rest.get("/v1/resource-definitions/x").status()).isEqualTo(404);
    }

    @Test
    void bodyWithoutContentTypeIsTakenAsJson() {
        RestAnswer answer =
                rest.send("POST", "/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"noct\"}}", null);
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsBadRequest() {
        RestAnswer answer = rest.post("/v1/resource-definitions", "{\"resource_definition\": {");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstRetCode()).isEqualTo(API_CALL_PARSE_ERROR);
        assertThat(answer.firstMessage()).isEqualTo("Unable to parse input json.");
    }

    @Test
    void unknownFieldIsBadRequestAndNamed() {
        RestAnswer answer =
                rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"u\",\"bogus\":1}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get(0).get("details").asText()).contains("bogus");
        assertThat(rest.get("/v1/resource-definitions/u").status()).isEqualTo(404);
    }

    @Test
    void numberWhereANameBelongsIsBadRequest() {
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":123}}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void jsonNullEmptyBodyAndArrayAreBadRequest() {
        assertThat(rest.post("/v1/resource-definitions", "null").status()).isEqualTo(400);
        assertThat(rest.post("/v1/resource-definitions", "").status()).isEqualTo(400);
        assertThat(rest.post("/v1/resource-definitions", "[]").status()).isEqualTo(400);
    }

    @Test
    void bodyOverTheLimitIsTooLargeWithAnApiCallRcList() {
        String big = "{\"override_props\":{\"Aux/big\":\"" + "x".repeat(RestFixture.MAX_BODY) + "\"}}";
        RestAnswer answer = rest.post("/v1/controller/properties", big);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.firstRetCode()).isNegative();
        assertThat(rest.get("/v1/controller/properties").json().has("Aux/big")).isFalse();
    }

    @Test
    void everyOversizedBodyInARowGetsItsRefusalBeforeTheConnectionCloses() {
        String big = "{\"override_props\":{\"Aux/big\":\"" + "x".repeat(4 * RestFixture.MAX_BODY) + "\"}}";
        for (int i = 0; i < 25; i++) {
            assertThat(rest.get("/v1/nodes").status()).isEqualTo(200);
            RestAnswer answer = rest.post("/v1/controller/properties", big);
            assertThat(answer.status()).as("refusal %d", i).isEqualTo(413);
            assertThat(answer.firstMessage()).contains("larger than " + RestFixture.MAX_BODY);
        }
    }

    @Test
    void oversizedBodyAnnouncedWithExpectContinueIsRefusedWithAnApiCallRcList() throws IOException {
        try (Socket socket = new Socket(rest.base().getHost(), rest.base().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/controller/properties HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                            + "Content-Length: " + (RestFixture.MAX_BODY + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
            assertThat(answer).contains("content-type: application/json", "connection: close");
            assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4))
                    .startsWith("[{\"ret_code\":-")
                    .contains("larger than " + RestFixture.MAX_BODY);
        }
    }

    @Test
    void smallBodyAnnouncedWithExpectContinueIsInvitedAndApplied() throws IOException {
        String body = "{\"override_props\":{\"Aux/asked\":\"yes\"}}";
        try (Socket socket = new Socket(rest.base().getHost(), rest.base().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/controller/properties HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                            + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                            + "Content-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] interim = new byte["HTTP/1.1 100 Continue\r\n\r\n".length()];
            assertThat(in.readNBytes(interim, 0, interim.length)).isEqualTo(interim.length);
            assertThat(new String(interim, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 201 ");
        }
        assertThat(rest.get("/v1/controller/properties").json().get("Aux/asked").asText())
                .isEqualTo("yes");
    }

    @Test
    void trailingSlashAndUpperCaseLiteralsAreAccepted() {
        assertThat(rest.get("/v1/nodes/").status()).isEqualTo(200);
        assertThat(rest.get("/V1/Nodes").status()).isEqualTo(200);
    }

    @Test
    void badLimitIsBadRequest() {
        RestAnswer answer = rest.get("/v1/resource-definitions?limit=abc");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstRetCode()).isEqualTo(FAIL_INVLD_REQUEST);
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutBody() throws IOException {
        try (Socket socket = new Socket(rest.base().getHost(), rest.base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD /v1/controller/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(head).startsWith("HTTP/1.1 200 OK").contains("content-type: application/json");
            assertThat(head).endsWith("\r\n\r\n");
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        try (Socket socket = new Socket(rest.base().getHost(), rest.base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/nodes HTTP/1.1\r\nHost: x\r\n\r\n"
                            + "GET /v1/nosuchthing HTTP/1.1\r\nHost: x\r\n\r\n"
                            + "GET /v1/controller/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int first = all.indexOf("HTTP/1.1 200");
            int second = all.indexOf("HTTP/1.1 404");
            int third = all.indexOf("HTTP/1.1 200", second);
            assertThat(first).isGreaterThanOrEqualTo(0);
            assertThat(second).isGreaterThan(first);
            assertThat(third).isGreaterThan(second);
            assertThat(all).contains("rest_api_version");
        }
    }

    @Test
    void undecodableRequestLineIsBadRequest() throws IOException {
        try (Socket socket = new Socket(rest.base().getHost(), rest.base().getPort())) {
            socket.getOutputStream()
                    .write("GET /v1/nodes/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(all).startsWith("HTTP/1.1 400");
        }
    }
}
