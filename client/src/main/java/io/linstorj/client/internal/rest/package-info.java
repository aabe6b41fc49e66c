/**
 * The REST transport: LINSTOR's REST API v1 over the JDK's {@code java.net.http.HttpClient}, with
 * Jackson for JSON. It translates the request messages of LINSTOR's client protocol (the wire
 * schemas, {@code io.linstorj.protocol.linstor}) into HTTP requests ({@code RestCalls},
 * {@code JsonBodies}) and the JSON answers back into the wire list messages and entries
 * ({@code JsonViews}), written as the controller's LINSTOR dialect writes them, so that the public
 * API sees the same answers, {@code protoMsg()} included, over both transports. Watches come from
 * an event feed ({@code SseEventFeed} on LinstorJ's watch streams, {@code PollingEventFeed} on a
 * controller without them) run by {@code RestWatch}; the snapshot and clone calls are
 * {@code RestSnapshots}, which sends their wire messages through {@code RestCalls}. Free of Netty.
 * Not part of the API.
 */
@NullMarked
package io.linstorj.client.internal.rest;

import org.jspecify.annotations.NullMarked;
