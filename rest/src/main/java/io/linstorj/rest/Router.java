package io.linstorj.rest;

import io.linstorj.common.RetCodes;
import io.linstorj.rest.http.RestDispatcher;
import io.linstorj.rest.http.RestRequest;
import io.linstorj.rest.http.RestResponse;
import io.linstorj.rest.json.JsonInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the route of a request and applies the rules every route shares: a body must be JSON (no
 * content type is taken as JSON, as LINSTOR does; anything else is 415), a path the spec has but
 * LinstorJ does not serve yet is 501, a known path with another method 405, anything else 404.
 */
public final class Router implements RestDispatcher {
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final List<Route> routes;
    private final Replies replies;
    private final RequestObserver observer;

    /** Creates the router over {@code routes}; where two templates match, the one with more literals wins. */
    public Router(List<Route> routes, Replies replies) {
        this(routes, replies, (method, route, status, nanos) -> {});
    }

    /** Creates the router; {@code observer} hears of every answer with the route template that took it. */
    public Router(List<Route> routes, Replies replies, RequestObserver observer) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((Route route) -> route.path().literalCount())
                        .reversed())
                .toList();
        this.replies = replies;
        this.observer = observer;
    }

    /** Hears of each answered request, for request metrics. */
    @FunctionalInterface
    public interface RequestObserver {
        /**
         * One request was answered.
         *
         * @param route the template of the route that answered, or {@code "unmatched"}; never a path with names
         */
        void answered(String method, String route, int status, long nanos);
    }

    @Override
    public CompletableFuture<RestResponse> dispatch(RestRequest request) {
        long started = System.nanoTime();
        String[] template = {"unmatched"};
        CompletableFuture<RestResponse> routed = route(request, template);
        CompletableFuture<RestResponse> answered = routed.whenComplete((response, error) -> observer.answered(
                request.method(),
                template[0],
                response == null ? 500 : response.status(),
                System.nanoTime() - started));
        // A client gone away cancels its answer; the route's own future hears it, to stop waiting.
        answered.whenComplete((response, error) -> {
            if (answered.isCancelled()) {
                routed.cancel(false);
            }
        });
        return answered;
    }

    private CompletableFuture<RestResponse> route(RestRequest request, String[] template) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<List<String>> parameters = route.path().match(request.path());
            if (parameters.isEmpty()) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                allowed.add(route.method());
                continue;
            }
            template[0] = route.path().template();
            if (route.supported() && BODY_METHODS.contains(request.method()) && !isJson(request)) {
                return CompletableFuture.completedFuture(replies.refusal(
                        415,
                        RetCodes.API_CALL_PARSE_ERROR,
                        "Content type '" + request.contentType().orElse("") + "' is not supported.",
                        "Send the body as application/json."));
            }
            return answer(route, new Endpoint.Call(request, parameters.get()));
        }
        if (!allowed.isEmpty()) {
            return CompletableFuture.completedFuture(replies.refusal(
                    405,
                    RetCodes.FAIL_UNKNOWN_ERROR,
                    "Method '" + request.method() + "' not allowed on path '" + request.pathText() + "'.",
                    "Use one of " + String.join(", ", allowed) + "."));
        }
        return CompletableFuture.completedFuture(replies.refusal(
                404,
                RetCodes.FAIL_UNKNOWN_ERROR,
                "Path '" + request.pathText() + "' not found on server.",
                "See rest_v1_openapi.yaml for the paths of LINSTOR's REST API v1."));
    }

    private CompletableFuture<RestResponse> answer(Route route, Endpoint.Call call) {
        try {
            return route.endpoint().answer(call);
        } catch (JsonInputException e) {
            return CompletableFuture.completedFuture(replies.unparsable(e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(replies.failure(e));
        }
    }

    private static boolean isJson(RestRequest request) {
        return request.contentType()
                .map(type -> type.equals("application/json"))
                .orElse(true);
    }

    @Override
    public RestResponse refuse(int status, String message, String correction) {
        return replies.refusal(status, RetCodes.API_CALL_PARSE_ERROR, message, correction);
    }

    @Override
    public RestResponse fault(Throwable cause) {
        return replies.failure(cause);
    }
}
