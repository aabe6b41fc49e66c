package io.linstorj.rest.endpoint;

import io.linstorj.controller.capacity.SizeQueryService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.SelectFilterJson;
import io.linstorj.rest.json.SizeBodies;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The size queries (query-max-volume-size, query-size-info, query-all-size-info) over the size
 * query service. Refusals are ApiCallRc lists with the usual statuses: 400 for a bad filter, 404
 * for an unknown group or pool, 409 FAIL_NOT_ENOUGH_NODES when no pools can hold the replicas.
 */
public final class SizeEndpoints {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final SizeQueryService sizes;
    private final Replies replies;
    private final Clock clock;

    /** Creates the endpoints; {@code clock} stamps the reports' {@code created_at}. */
    public SizeEndpoints(SizeQueryService sizes, Replies replies, Clock clock) {
        this.sizes = sizes;
        this.replies = replies;
        this.clock = clock;
    }

    /** OPTIONS /v1/query-max-volume-size with an AutoSelectFilter body (as the spec and LINSTOR have it). */
    public CompletableFuture<RestResponse> maxVolumeSize(Endpoint.Call call) {
        var filter = replies.json()
                .read(nonEmpty(call.request().body()), SelectFilterJson.class)
                .toFilter();
        return replies.query(
                sizes.maxVolumeSizes(filter), answer -> replies.ok(SizeBodies.MaxVolumeSizesJson.of(answer)));
    }

    /** GET /v1/resource-groups/{resource_group}/query-max-volume-size, by the group's filter. */
    public CompletableFuture<RestResponse> groupMaxVolumeSize(Endpoint.Call call) {
        return replies.query(
                sizes.maxVolumeSizes(call.parameter(0)),
                answer -> replies.ok(SizeBodies.MaxVolumeSizesJson.of(answer)));
    }

    /** POST /v1/resource-groups/{resource_group}/query-size-info; an empty body is {@code {}}. */
    public CompletableFuture<RestResponse> sizeInfo(Endpoint.Call call) {
        var body = replies.json().read(nonEmpty(call.request().body()), SizeBodies.SizeInfoRequest.class);
        return replies.query(
                sizes.sizeInfo(call.parameter(0), body.toFilter()),
                answer -> replies.ok(SizeBodies.SizeInfoJson.of(answer, clock.instant())));
    }

    /** POST /v1/queries/resource-groups/query-all-size-info; an empty body is {@code {}}. */
    public CompletableFuture<RestResponse> allSizeInfo(Endpoint.Call call) {
        var body = replies.json().read(nonEmpty(call.request().body()), SizeBodies.SizeInfoRequest.class);
        return replies.query(
                sizes.allSizeInfo(body.toFilter()),
                answer -> replies.ok(SizeBodies.AllSizeInfoJson.of(answer, clock.instant())));
    }

    private static byte[] nonEmpty(byte[] body) {
        return body.length == 0 ? EMPTY_OBJECT : body;
    }
}
