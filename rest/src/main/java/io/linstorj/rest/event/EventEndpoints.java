package io.linstorj.rest.event;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.controller.node.NodeService;
import io.linstorj.rest.Endpoint;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestRequest;
import io.linstorj.rest.http.RestResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code /v1/events/*}: each GET opens a server-sent event stream. LINSTOR's node and promotion
 * streams, and LinstorJ's watch streams (what the client protocol's watches carry) under
 * {@code /v1/events/linstorj/}, a name LINSTOR's namespace does not use. Owns the one thread that
 * schedules the node streams' polls; {@link #close} stops it.
 */
public final class EventEndpoints implements AutoCloseable {
    private static final Set<String> WATCH_PARAMETERS = Set.of("node", "resource", "volume", "snapshot");

    private final EventHub hub;
    private final NodeService nodes;
    private final Replies replies;
    private final Clock clock;
    private final EventStreamLimits limits;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rest-node-events");
        t.setDaemon(true);
        return t;
    });

    /** Creates the endpoints over the hub and the node service. */
    public EventEndpoints(EventHub hub, NodeService nodes, Replies replies, Clock clock, EventStreamLimits limits) {
        this.hub = hub;
        this.nodes = nodes;
        this.replies = replies;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * GET /v1/events/nodes. The node list is taken before the answer's headers are written, so a
     * change made once the client has the headers is always reported.
     */
    public CompletableFuture<RestResponse> nodes(Endpoint.Call call) {
        return nodes.list(List.of())
                .thenApply(views -> RestResponse.eventStream(
                        new NodeStream(nodes, replies.json(), scheduler, limits, NodeStream.byName(views))));
    }

    /** GET /v1/events/drbd/promotion. */
    public CompletableFuture<RestResponse> promotion(Endpoint.Call call) {
        return CompletableFuture.completedFuture(
                RestResponse.eventStream(new PromotionStream(hub, replies.json(), limits)));
    }

    /** GET /v1/events/linstorj/resource-state?node=..&resource=..&snapshot=.. */
    public CompletableFuture<RestResponse> resourceState(Endpoint.Call call) {
        if (call.request().queryValue("volume").isPresent()) {
            return refuse(
                    "A resource-state stream has no volume number.",
                    "Leave 'volume' out, or use /v1/events/linstorj/volume-disk-state.");
        }
        return watch(call.request(), StreamKey.RESOURCE_STATE);
    }

    /** GET /v1/events/linstorj/volume-disk-state?node=..&resource=..&volume=..&snapshot=.. */
    public CompletableFuture<RestResponse> volumeDiskState(Endpoint.Call call) {
        return watch(call.request(), StreamKey.VOLUME_DISK_STATE);
    }

    /**
     * GET /v1/events/linstorj/snapshot-deployment?snapshot=..&resource=..: how the taking of the
     * snapshot stands (one stream per snapshot definition, on no node, so no node or volume filter).
     */
    public CompletableFuture<RestResponse> snapshotDeployment(Endpoint.Call call) {
        if (call.request().queryValue("node").isPresent()
                || call.request().queryValue("volume").isPresent()) {
            return refuse(
                    "A snapshot stream belongs to no node and no volume.", "Filter with resource and snapshot only.");
        }
        if (call.request().queryValue("snapshot").isEmpty()) {
            return refuse(
                    "Query parameter 'snapshot' is required.",
                    "Name the snapshot to follow, e.g. ?resource=rsc1&snapshot=snap1.");
        }
        return watch(call.request(), StreamKey.SNAPSHOT_DEPLOYMENT);
    }

    private CompletableFuture<RestResponse> watch(RestRequest request, String eventName) {
        for (String name : request.query().keySet()) {
            if (!WATCH_PARAMETERS.contains(name)) {
                return refuse(
                        "Unknown query parameter '" + name + "'.",
                        "Filter with node, resource, volume and snapshot only.");
            }
        }
        for (String name : WATCH_PARAMETERS) {
            List<String> values = request.queryValues(name);
            if (values.size() > 1 || values.stream().anyMatch(String::isEmpty)) {
                return refuse(
                        "Query parameter '" + name + "' must be given once, not empty.",
                        "Give one value per filter; watch several objects with several streams.");
            }
        }
        Integer volume = null;
        if (request.queryValue("volume").isPresent()) {
            String text = request.queryValue("volume").get();
            try {
                volume = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                volume = -1;
            }
            if (volume < 0) {
                return CompletableFuture.completedFuture(replies.refusal(
                        400,
                        RetCodes.FAIL_INVLD_VLM_NR,
                        "Volume number '" + text + "' is not a number from 0.",
                        "Give a volume number such as 0."));
            }
        }
        WatchFilter filter = new WatchFilter(
                request.queryValue("node").orElse(null),
                request.queryValue("resource").orElse(null),
                volume,
                request.queryValue("snapshot").orElse(null));
        return CompletableFuture.completedFuture(
                RestResponse.eventStream(new HubWatchStream(hub, eventName, filter, replies.json(), clock, limits)));
    }

    private CompletableFuture<RestResponse> refuse(String message, String correction) {
        return CompletableFuture.completedFuture(
                replies.refusal(400, RetCodes.FAIL_INVLD_REQUEST, message, correction));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
