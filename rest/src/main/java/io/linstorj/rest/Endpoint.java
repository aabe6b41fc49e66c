package io.linstorj.rest;

import io.linstorj.rest.http.RestResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What answers one method on one path: gets the request and the template's parameter values. */
@FunctionalInterface
public interface Endpoint {
    /** Answers; a refused request is a response with an error status, not an exception. */
    CompletableFuture<RestResponse> answer(Call call);

    /**
     * One call of an endpoint.
     *
     * @param request the request
     * @param parameters the values of the path template's parameters, in template order
     */
    record Call(io.linstorj.rest.http.RestRequest request, List<String> parameters) {
        /** The value of the {@code index}-th path parameter. */
        public String parameter(int index) {
            return parameters.get(index);
        }
    }
}
