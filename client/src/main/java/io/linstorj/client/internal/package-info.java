/**
 * Machinery of the client library: the {@code Transport} a client calls through (the binary
 * protocol's here, REST's in {@code internal.rest}), the connection to the controller, call
 * multiplexing, request bodies and the mapping of protocol messages to the public views. The
 * binary protocol is LINSTOR's client protocol of 2019 with LinstorJ's additions: the wire
 * schemas' messages ({@code io.linstorj.protocol.linstor}). Not part of the API.
 */
@NullMarked
package io.linstorj.client.internal;

import org.jspecify.annotations.NullMarked;
