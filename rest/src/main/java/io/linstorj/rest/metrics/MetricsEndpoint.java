package io.linstorj.rest.metrics;

import io.linstorj.rest.Endpoint;
import io.linstorj.rest.http.RestResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code GET /metrics} (not in the spec; LINSTOR serves it on the REST port): the text format, 200. */
public final class MetricsEndpoint {
    private final RestMetrics metrics;
    private final Executor work;

    /** Creates the endpoint; scrapes run on {@code work}, off the HTTP event loop. */
    public MetricsEndpoint(RestMetrics metrics, Executor work) {
        this.metrics = metrics;
        this.work = work;
    }

    /** GET /metrics. */
    public CompletableFuture<RestResponse> scrape(Endpoint.Call call) {
        return CompletableFuture.supplyAsync(
                () -> new RestResponse(200, metrics.scrape(), metrics.contentType()), work);
    }
}
