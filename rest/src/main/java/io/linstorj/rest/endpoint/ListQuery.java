package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.rest.http.RestRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The query parameters every list shares: {@code limit} and {@code offset} (0 = all, as LINSTOR),
 * and {@code props=key=value} or {@code props=key} filters; {@code cached} is accepted and ignored
 * (answers always come from the controller's current state).
 *
 * @param limit at most this many items, 0 for all
 * @param offset skip this many items first
 * @param props the property filters: key to required value, or to empty for "has the key"
 */
record ListQuery(int limit, int offset, Map<String, String> props) {

    /**
     * Reads the query of {@code request}.
     *
     * @throws ApiRcException FAIL_INVLD_REQUEST if limit or offset is not a non-negative integer
     */
    static ListQuery of(RestRequest request) {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        for (String filter : request.queryValues("props")) {
            int equals = filter.indexOf('=');
            props.put(
                    equals < 0 ? filter : filter.substring(0, equals), equals < 0 ? "" : filter.substring(equals + 1));
        }
        return new ListQuery(number(request, "limit"), number(request, "offset"), Map.copyOf(props));
    }

    private static int number(RestRequest request, String name) {
        Optional<String> value = request.queryValue(name);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ApiRcException(ApiCallRc.of(
                            RetCodes.FAIL_INVLD_REQUEST,
                            "The query parameter '" + name + "' must be a non-negative integer, not '" + value.get()
                                    + "'.")
                    .withCorrection("Give " + name + " as a whole number, 0 for all."));
        }
    }

    /** The items of {@code all} that match the property filters, then the page. */
    <T> List<T> apply(List<T> all, Function<T, Map<String, String>> propsOf) {
        if (props.isEmpty()) {
            return page(all);
        }
        List<T> matching =
                all.stream().filter(item -> matches(propsOf.apply(item))).toList();
        return page(matching);
    }

    /** True when the query neither filters nor pages: every item is answered. */
    boolean takesAll() {
        return props.isEmpty() && limit == 0 && offset == 0;
    }

    /** The page of {@code all}. */
    <T> List<T> page(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        int end = limit == 0 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
        return all.subList(offset, end);
    }

    private boolean matches(Map<String, String> itemProps) {
        for (Map.Entry<String, String> filter : props.entrySet()) {
            String value = itemProps.get(filter.getKey());
            if (value == null
                    || !filter.getValue().isEmpty() && !filter.getValue().equals(value)) {
                return false;
            }
        }
        return true;
    }
}
