/**
 * The REST transport: LINSTOR's REST API v1 over the JDK's {@code java.net.http.HttpClient}, with
 * Jackson for JSON. It translates the request messages of LINSTOR's client protocol (the wire
 * schemas, {@code io.linstorj.protocol.linstor}) into HTTP requests and the JSON answers back into
 * the wire list messages and entries ({@code JsonViews}), written as the controller's LINSTOR
 * dialect writes them, so that the public API sees the same answers, {@code protoMsg()} included,
 * over both transports. {@code RestCalls} is the table from each call to its object family's
 * translation: {@code NodeCalls} (nodes, net interfaces), {@code StoragePoolCalls} (storage pools
 * and their definitions), {@code DefinitionCalls} (resource and volume definitions),
 * {@code ResourceCalls} (resources, volumes, toggle disk, autoplace), {@code GroupCalls} (resource
 * and volume groups, spawn), {@code SnapshotCloneCalls} (snapshots, clones) and
 * {@code PropertyCalls} (controller properties, key-value stores); they build the bodies with
 * {@code JsonBodies} and send through {@code RestRequests}, which holds what they share (paths,
 * queries, how a mutation's and a list's answers read, the property modify, the list filters).
 * Watches come from an event feed ({@code SseEventFeed} on LinstorJ's watch streams,
 * {@code PollingEventFeed} on a controller without them) run by {@code RestWatch}; the snapshot and
 * clone calls are {@code RestSnapshots}, which sends their wire messages through {@code RestCalls}.
 * Free of Netty. Not part of the API.
 */
@NullMarked
package io.linstorj.client.internal.rest;

import org.jspecify.annotations.NullMarked;
