package io.linstorj.rest;

import io.linstorj.protocol.RetCodes;
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

    /** Creates the router over {@code routes}; where two templates match, the one with more literals wins. */
    public Router(List<Route> routes, Replies replies) {
        this.routes = routes.stream()
            .sorted(Comparator.comparingInt((Route route) -> route.path().literalCount()).reversed())
            .toList();
        this.replies = replies;
    }

    @Override
    public CompletableFuture<RestResponse> dispatch(RestRequest request) {
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
            if (route.supported() && BODY_METHODS.contains(request.method()) && !isJson(request)) {
                return CompletableFuture.completedFuture(replies.refusal(415, RetCodes.API_CALL_PARSE_ERROR,
                    "Content type '" + request.contentType().orElse("") + "' is not supported.",
                    "Send the body as application/json."));
            }
            return answer(route, new Endpoint.Call(request, parameters.get()));
        }
        if (!allowed.isEmpty()) {
            return CompletableFuture.completedFuture(replies.refusal(405, RetCodes.FAIL_UNKNOWN_ERROR,
                "Method '" + request.method() + "' not allowed on path '" + request.pathText() + "'.",
                "Use one of " + String.join(", ", allowed) + "."));
        }
        return CompletableFuture.completedFuture(replies.refusal(404, RetCodes.FAIL_UNKNOWN_ERROR,
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
        return request.contentType().map(type -> type.equals("application/json")).orElse(true);
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
