package io.linstorj.rest.http;

import java.util.concurrent.CompletableFuture;

/** Answers one complete request; the seam between the HTTP machinery and the routes. */
public interface RestDispatcher {
    /**
     * Answers {@code request}. The future may complete on any thread; it never completes
     * exceptionally for a refused request (that is a response with an error status).
     */
    CompletableFuture<RestResponse> dispatch(RestRequest request);

    /**
     * The answer to a request the HTTP layer refuses before it reaches a route: a body over the
     * limit (413), a request line or headers too long (414, 431), an undecodable request (400).
     */
    RestResponse refuse(int status, String message, String correction);

    /** The answer when the dispatcher failed (a fault, {@code 500}). */
    RestResponse fault(Throwable cause);
}
