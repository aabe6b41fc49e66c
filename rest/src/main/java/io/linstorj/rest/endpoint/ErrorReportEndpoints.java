package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.errorreport.ErrorReportDeletion;
import io.linstorj.controller.errorreport.ErrorReportQuery;
import io.linstorj.controller.errorreport.ErrorReports;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestRequest;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.ErrorReportBodies;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code /v1/error-reports}: the controller's error reports. Reading and deleting files runs on
 * {@code files}, never on the HTTP event loop. A satellite's problems are not error reports here:
 * they are in the resource's and storage pool's {@code reports}.
 */
public final class ErrorReportEndpoints {
    private final ErrorReports reports;
    private final Replies replies;
    private final Executor files;

    /** Creates the endpoints over {@code reports}. */
    public ErrorReportEndpoints(ErrorReports reports, Replies replies, Executor files) {
        this.reports = reports;
        this.replies = replies;
        this.files = files;
    }

    /** GET /v1/error-reports: {@code since}, {@code to} (epoch ms), {@code node(s)}, {@code withContent}, paging. */
    public CompletableFuture<RestResponse> list(Endpoint.Call call) {
        RestRequest request = call.request();
        ListQuery page = ListQuery.of(request);
        ErrorReportQuery query = new ErrorReportQuery(
                epochMillis(request, "since"),
                epochMillis(request, "to"),
                nodes(request),
                page.offset(),
                page.limit(),
                flag(request, false));
        return answer(() -> replies.ok(
                reports.list(query).stream().map(ErrorReportBodies.Report::of).toList()));
    }

    /** GET /v1/error-reports/{reportid}: a list of the one report with its text, empty when there is none (LINSTOR). */
    public CompletableFuture<RestResponse> get(Endpoint.Call call) {
        boolean withContent = flag(call.request(), true);
        return answer(() -> replies.ok(reports
                .get(call.parameter(0))
                .map(report -> withContent ? report : report.withoutText())
                .map(ErrorReportBodies.Report::of)
                .stream()
                .toList()));
    }

    /** DELETE /v1/error-reports/{reportid}. */
    public CompletableFuture<RestResponse> delete(Endpoint.Call call) {
        String id = call.parameter(0);
        return answer(() -> deleted(reports.delete(ErrorReportDeletion.ofIds(Set.of(id))), Optional.of(id)));
    }

    /** PATCH /v1/error-reports: deletes what the criteria select; without any criterion, nothing. */
    public CompletableFuture<RestResponse> deleteRange(Endpoint.Call call) {
        ErrorReportDeletion deletion = replies.json()
                .read(call.request().body(), ErrorReportBodies.Delete.class)
                .toDeletion();
        if (deletion.isEmpty()) {
            return CompletableFuture.completedFuture(replies.refusal(
                    400,
                    RetCodes.FAIL_INVLD_REQUEST,
                    "No error reports selected: the body names no criterion.",
                    "Give since, to, nodes, exception, version or ids."));
        }
        return answer(() -> deleted(reports.delete(deletion), Optional.empty()));
    }

    private RestResponse deleted(List<String> ids, Optional<String> asked) {
        if (ids.isEmpty()) {
            // The spec knows only 200 here; a warning says that nothing was there to delete.
            return replies.apiCallRcs(
                    List.of(ApiCallRc.of(
                                    RetCodes.MASK_DEL | RetCodes.MASK_WARN,
                                    asked.map(id -> "Error report '" + id + "' not found; nothing deleted.")
                                            .orElse("No error reports matched; nothing deleted."))
                            .withCorrection("GET /v1/error-reports lists the reports kept.")),
                    200);
        }
        return replies.apiCallRcs(
                List.of(ApiCallRc.of(
                                RetCodes.MASK_DEL | RetCodes.DELETED, "Deleted " + ids.size() + " error report(s).")
                        .withDetails(String.join(", ", ids))),
                200);
    }

    private CompletableFuture<RestResponse> answer(java.util.function.Supplier<RestResponse> work) {
        return CompletableFuture.supplyAsync(work, files).exceptionally(replies::failure);
    }

    private static OptionalLong epochMillis(RestRequest request, String name) {
        Optional<String> value = request.queryValue(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new ApiRcException(ApiCallRc.of(
                            RetCodes.FAIL_INVLD_REQUEST,
                            "The query parameter '" + name + "' must be a time in milliseconds since the epoch, not '"
                                    + value.get() + "'.")
                    .withCorrection("Give " + name + " as a whole number of milliseconds."));
        }
    }

    /** {@code withContent} (the spec's name) or {@code with_content}. */
    private static boolean flag(RestRequest request, boolean otherwise) {
        Optional<String> value = request.queryValue("withContent").or(() -> request.queryValue("with_content"));
        if (value.isEmpty()) {
            return otherwise;
        }
        if (!value.get().equalsIgnoreCase("true") && !value.get().equalsIgnoreCase("false")) {
            throw new ApiRcException(ApiCallRc.of(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "The query parameter 'withContent' must be true or false, not '" + value.get() + "'."));
        }
        return Boolean.parseBoolean(value.get());
    }

    /** {@code node} (the spec's name) or repeated {@code nodes}. */
    private static Set<String> nodes(RestRequest request) {
        Set<String> nodes = new LinkedHashSet<>(request.queryValues("node"));
        nodes.addAll(request.queryValues("nodes"));
        return nodes;
    }
}
