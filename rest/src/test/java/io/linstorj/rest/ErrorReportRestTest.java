package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.common.RetCodes;
import io.linstorj.controller.errorreport.ErrorReports;
import io.linstorj.controller.errorreport.InMemoryErrorReports;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /v1/error-reports}: the controller's reports, as files under DATA/error-reports. */
class ErrorReportRestTest {
    @TempDir
    Path dataDir;

    private RestFixture rest;
    private ErrorReports reports;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        reports = rest.controller().services().errorReports();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void reportsAreListedWithoutTextAndFetchedWithIt() {
        String first = reports.report(new IllegalStateException("first bug"), "test");
        String second = reports.report(new IllegalArgumentException("second bug"), "test");
        assertThat(dataDir.resolve("error-reports").resolve("ErrorReport-" + first + ".log"))
                .exists();

        JsonNode listed = rest.get("/v1/error-reports").json();
        assertThat(listed)
                .extracting(report -> report.get("filename").asText())
                .containsExactly("ErrorReport-" + first + ".log", "ErrorReport-" + second + ".log");
        assertThat(listed.get(0).get("module").asText()).isEqualTo("CONTROLLER");
        assertThat(listed.get(0).get("exception").asText()).isEqualTo("IllegalStateException");
        assertThat(listed.get(0).get("exception_message").asText()).isEqualTo("first bug");
        assertThat(listed.get(0).has("text")).isFalse();

        assertThat(rest.get("/v1/error-reports?withContent=true&limit=1&offset=1")
                        .json())
                .singleElement()
                .satisfies(report -> assertThat(report.get("text").asText()).startsWith("ERROR REPORT " + second));
        assertThat(rest.get("/v1/error-reports/" + first).json())
                .singleElement()
                .satisfies(report -> assertThat(report.get("text").asText()).contains("first bug"));
        assertThat(rest.get("/v1/error-reports/NOSUCH-00000-000000").json()).isEmpty();
    }

    @Test
    void listingFiltersByTimeAndNode() {
        reports.report(new IllegalStateException("bug"), "test");
        long now = System.currentTimeMillis();

        assertThat(rest.get("/v1/error-reports?since=" + (now + 60_000)).json()).isEmpty();
        assertThat(rest.get("/v1/error-reports?to=0").json()).isEmpty();
        assertThat(rest.get("/v1/error-reports?since=0&to=" + (now + 60_000)).json())
                .hasSize(1);
        assertThat(rest.get("/v1/error-reports?node=nosuchhost").json()).isEmpty();
        assertThat(rest.get("/v1/error-reports?since=yesterday").status()).isEqualTo(400);
    }

    @Test
    void reportsAreDeletedOneByOneOrByCriteria() {
        String kept = reports.report(new IllegalStateException("kept"), "test");
        String single = reports.report(new IllegalStateException("single"), "test");
        reports.report(new UnsupportedOperationException("by exception"), "test");

        RestAnswer deleted = rest.delete("/v1/error-reports/" + single);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(RetCodes.isSuccess(deleted.firstRetCode())).isTrue();
        assertThat(RetCodes.isWarning(rest.delete("/v1/error-reports/" + single).firstRetCode()))
                .isTrue();

        assertThat(rest.patch("/v1/error-reports", "{}").status()).isEqualTo(400);
        assertThat(rest.patch("/v1/error-reports", "{\"exception\":\"UnsupportedOperationException\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/error-reports").json())
                .extracting(report -> report.get("filename").asText())
                .containsExactly("ErrorReport-" + kept + ".log");
        assertThat(rest.patch("/v1/error-reports", "{\"ids\":[\"" + kept + "\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.get("/v1/error-reports").json()).isEmpty();
    }

    @Test
    void aFaultInAnEndpointIsReportedAndTheAnswerNamesTheReport() {
        InMemoryErrorReports memory = new InMemoryErrorReports("vm", "test", Clock.systemUTC(), 10);
        Replies replies = new Replies(new Json(), Clock.systemUTC(), memory);

        RestResponse answer = replies.failure(new NullPointerException("endpoint bug"));

        assertThat(answer.status()).isEqualTo(500);
        String id = memory.list(io.linstorj.controller.errorreport.ErrorReportQuery.all())
                .get(0)
                .id();
        assertThat(new String(answer.json(), StandardCharsets.UTF_8)).contains("\"error_report_ids\":[\"" + id + "\"]");
    }

    @Test
    void reportFilesSurviveARestart() throws Exception {
        String id = reports.report(new IllegalStateException("before restart"), "test");
        rest.close();
        assertThat(Files.list(dataDir.resolve("error-reports"))).hasSize(1);
        rest = new RestFixture(dataDir);

        assertThat(rest.get("/v1/error-reports/" + id).json())
                .singleElement()
                .satisfies(report ->
                        assertThat(report.get("exception_message").asText()).isEqualTo("before restart"));
    }
}
