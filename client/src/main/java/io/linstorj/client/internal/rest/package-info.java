/**
 * The REST transport: LINSTOR's REST API v1 over the JDK's {@code java.net.http.HttpClient}, with
 * Jackson for JSON. It translates the client protocol's requests into HTTP requests and the JSON
 * answers back into the protocol's messages, so that the public API sees the same answers over
 * both transports. Watches come from an event feed ({@code SseEventFeed} on LinstorJ's watch
 * streams, {@code PollingEventFeed} on a controller without them) run by {@code RestWatch};
 * snapshot calls, which the client protocol has no messages for, are {@code RestSnapshots}.
 * Free of Netty. Not part of the API.
 */
@NullMarked
package io.linstorj.client.internal.rest;

import org.jspecify.annotations.NullMarked;
