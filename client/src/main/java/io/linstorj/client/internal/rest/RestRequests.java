package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every family of REST calls shares: the paths and queries of rest_v1_openapi.yaml with their
 * segments percent-encoded, a mutation and a list sent and their answers read as LINSTOR's own
 * clients read them, the property modify every object has, and the list filters of the client
 * protocol.
 *
 * <p>A mutation's answer is the ApiCallRc list in the body whatever the status (a refusal is
 * data); a list's answer with status 400 or above is its refusal, the ApiCallRc list in the body.
 */
final class RestRequests {
    private final HttpExchange http;

    RestRequests(HttpExchange http) {
        this.http = http;
    }

    /** Sends one request as it is, for the calls whose answer is neither a mutation's nor a list's. */
    HttpAnswer send(String method, String path, @Nullable JsonNode body, Duration timeout) {
        return http.send(method, path, body, timeout);
    }

    /** Sends a mutation: its answer is the ApiCallRc list of the body, whatever the status. */
    RestAnswer mutate(String call, String method, String path, @Nullable JsonNode body, Duration timeout) {
        HttpAnswer answer = http.send(method, path, body, timeout);
        if (JsonViews.isApiCallRcList(answer.body())) {
            return RestAnswer.ofReplies(call, JsonViews.apiCallRcs(answer.body()));
        }
        if (answer.isSuccess()) {
            return RestAnswer.ofReplies(call, List.of());
        }
        throw notLinstor(method, path, answer);
    }

    /**
     * The property changes every object's modify message carries, in fields of the same names
     * (the generated messages share no interface, so each call reads its own).
     *
     * @param overrides the properties to set ({@code override_props})
     * @param deleteKeys the property keys to delete ({@code delete_props})
     * @param deleteNamespaces the namespaces to delete with every key under them ({@code delete_namespaces})
     */
    record PropsModify(List<LinStorMapEntry> overrides, List<String> deleteKeys, List<String> deleteNamespaces) {}

    /** Sends the property changes as LINSTOR's modify body, the mutation of every object's properties. */
    RestAnswer modifyProps(String call, String method, String path, PropsModify props, Duration timeout) {
        return mutate(
                call,
                method,
                path,
                JsonBodies.propsModify(props.overrides(), props.deleteKeys(), props.deleteNamespaces()),
                timeout);
    }

    /** GETs a list: {@code build} turns its JSON into the list message; a status of 400 or more is the refusal. */
    RestAnswer list(String call, String path, Duration timeout, Function<JsonNode, MessageLite> build) {
        HttpAnswer answer = http.send("GET", path, null, timeout);
        if (!answer.isSuccess()) {
            return refusal(call, "GET", path, answer);
        }
        return RestAnswer.ofList(call, build.apply(answer.body()));
    }

    static RestAnswer refusal(String call, String method, String path, HttpAnswer answer) {
        if (!JsonViews.isApiCallRcList(answer.body())) {
            throw notLinstor(method, path, answer);
        }
        List<ApiCallResponse> replies = JsonViews.apiCallRcs(answer.body());
        if (replies.stream().noneMatch(ApiCallResponse::isError)) {
            // A status of 400 or more is a refusal, whatever ret_code the body carries.
            throw new LinstorApiCallError(call, replies);
        }
        return RestAnswer.ofReplies(call, replies);
    }

    static LinstorNetworkError notLinstor(String method, String path, HttpAnswer answer) {
        String body =
                answer.body().isMissingNode() ? "an empty body" : answer.body().toString();
        return new LinstorNetworkError("the controller answered " + method + " " + path + " with HTTP "
                + answer.status() + " and " + (body.length() > 200 ? body.substring(0, 200) + "..." : body)
                + ", not LINSTOR's ApiCallRc list; the controller may have applied the call");
    }

    /** The optional Filter body of a list call: absent means "all". */
    static Filter filter(MessageLite body) {
        return body instanceof Filter filter ? filter : Filter.getDefaultInstance();
    }

    /**
     * Keeps every name when {@code names} is empty, else the names in it (case-insensitively, as
     * LINSTOR compares names), for the lists the spec gives no query filter.
     */
    static Predicate<String> named(List<String> names) {
        Set<String> lowered = names.stream().map(RestRequests::lower).collect(Collectors.toSet());
        return name -> lowered.isEmpty() || lowered.contains(lower(name));
    }

    /** {@code /v1/first/second/...} with every segment percent-encoded. */
    static String path(String collection, String... segments) {
        StringBuilder path = new StringBuilder("/v1/").append(collection);
        for (String segment : segments) {
            path.append('/').append(segment(segment));
        }
        return path.toString();
    }

    static String segment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query of {@code name, values, name, values, ...}: each value repeats its name; empty lists are left out. */
    @SuppressWarnings("unchecked")
    static String query(Object... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            for (String value : (List<String>) namesAndValues[i + 1]) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(segment(value));
            }
        }
        return query.toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
