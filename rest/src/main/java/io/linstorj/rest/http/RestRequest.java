package io.linstorj.rest.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One complete HTTP request, decoded from Netty's types so that endpoints see no Netty.
 *
 * @param method the upper-case method, e.g. {@code GET}
 * @param path the decoded path segments without empty ones ({@code /v1/nodes/} gives {@code [v1, nodes]})
 * @param query the decoded query parameters, each with all its values in order
 * @param contentType the media type of the body without parameters, lower case, if the request has one
 * @param body the body bytes (empty when none)
 */
public record RestRequest(
        String method, List<String> path, Map<String, List<String>> query, Optional<String> contentType, byte[] body) {

    /** Copies the collections. */
    public RestRequest {
        path = List.copyOf(path);
        query = Map.copyOf(query);
    }

    /** Every value of query parameter {@code name}, in order; empty when absent. */
    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of query parameter {@code name}, if given. */
    public Optional<String> queryValue(String name) {
        return queryValues(name).stream().findFirst();
    }

    /** The path as it is printed in messages, e.g. {@code /v1/nodes/alpha}. */
    public String pathText() {
        return "/" + String.join("/", path);
    }
}
