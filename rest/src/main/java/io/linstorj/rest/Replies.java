package io.linstorj.rest;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.errorreport.ErrorReporter;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.ApiCallRcJson;
import io.linstorj.rest.json.Json;
import io.linstorj.rest.json.JsonInputException;
import io.linstorj.rest.json.JsonWriting;
import io.linstorj.rest.json.UnsupportedFieldException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds answers: ApiCallRc lists with the status {@link StatusPolicy} gives, objects and lists
 * as JSON, and the refusals of the REST layer itself (parse errors, unknown paths, 501 for paths
 * and fields LinstorJ does not serve).
 */
public final class Replies {
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private final Json json;
    private final Clock clock;
    private final ErrorReporter errors;

    /** Creates the builder; {@code clock} stamps {@code created_at}; faults are only logged. */
    public Replies(Json json, Clock clock) {
        this(json, clock, ErrorReporter.none());
    }

    /** Creates the builder; a fault (500 for an exception nothing expected) is reported to {@code errors}. */
    public Replies(Json json, Clock clock, ErrorReporter errors) {
        this.json = json;
        this.clock = clock;
        this.errors = errors;
    }

    /** The JSON mapper the answers are written with. */
    public Json json() {
        return json;
    }

    /** An ApiCallRc list: {@code successStatus} unless an entry is an error. */
    public RestResponse apiCallRcs(List<ApiCallRc> replies, int successStatus) {
        return new RestResponse(StatusPolicy.status(replies, successStatus), rcBody(replies));
    }

    /** An ApiCallRc list with a fixed status. */
    public RestResponse apiCallRcs(int status, List<ApiCallRc> replies) {
        return new RestResponse(status, rcBody(replies));
    }

    /** A mutation's answer: the service's entries, or its refusal, as an ApiCallRc list. */
    public CompletableFuture<RestResponse> mutation(CompletableFuture<List<ApiCallRc>> replies, int successStatus) {
        return replies.handle((list, error) -> error == null ? apiCallRcs(list, successStatus) : failure(error));
    }

    /** A query's answer: {@code toJson} of the result with 200, or the refusal. */
    public <T> CompletableFuture<RestResponse> query(CompletableFuture<T> result, Function<T, RestResponse> toJson) {
        return result.handle((value, error) -> error == null ? toJson.apply(value) : failure(error));
    }

    /** An object or list as JSON with status 200. */
    public RestResponse ok(Object body) {
        return new RestResponse(200, json.write(body));
    }

    /** A body that writes itself (the long lists) with status 200. */
    public RestResponse ok(JsonWriting body) {
        return new RestResponse(200, json.write(body));
    }

    /** One error entry with its policy status. */
    public RestResponse error(ApiCallRc rc) {
        return apiCallRcs(List.of(rc), 500);
    }

    /** A body the route cannot read: LINSTOR's "Unable to parse input json." with the reason as details. */
    public RestResponse unparsable(JsonInputException e) {
        return apiCallRcs(
                400,
                List.of(ApiCallRc.of(RetCodes.API_CALL_PARSE_ERROR, "Unable to parse input json.")
                        .withDetails(e.getMessage())
                        .withCorrection("Send a JSON object of the shape rest_v1_openapi.yaml gives for this path.")));
    }

    /** A refusal of the REST layer with a status of its own. */
    public RestResponse refusal(int status, long retCode, String message, String correction) {
        return apiCallRcs(status, List.of(ApiCallRc.of(retCode, message).withCorrection(correction)));
    }

    /** What a failed future or a thrown exception becomes: a refusal it carries, or a fault (500). */
    public RestResponse failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ApiRcException refused) {
            return apiCallRcs(refused.replies(), 500);
        }
        if (cause instanceof JsonInputException unparsable) {
            return unparsable(unparsable);
        }
        if (cause instanceof UnsupportedFieldException unsupported) {
            return apiCallRcs(501, List.of(unsupported.reply()));
        }
        LOG.error("REST call failed", cause);
        String reportId = errors.report(cause, "REST API call");
        return apiCallRcs(
                500,
                List.of(ApiCallRc.of(RetCodes.FAIL_UNKNOWN_ERROR, "An unknown error occurred.")
                        .withCause(cause.toString())
                        .withCorrection(
                                reportId.isEmpty()
                                        ? "See the controller's log."
                                        : "See error report " + reportId + " (GET /v1/error-reports/" + reportId + ").")
                        .withErrorReportId(reportId)));
    }

    private byte[] rcBody(List<ApiCallRc> replies) {
        var now = clock.instant();
        return json.write(replies.stream().map(rc -> ApiCallRcJson.of(rc, now)).toList());
    }
}
