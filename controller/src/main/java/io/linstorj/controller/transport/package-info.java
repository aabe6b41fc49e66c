/**
 * The binary client protocol as a controller adapter ({@link
 * io.linstorj.controller.transport.ClientProtocolAdapter}): the Netty server and its connection
 * limits, the one dialect of the client port with its dispatch table (LINSTOR's client protocol of
 * 2019 with LinstorJ's additions, {@link io.linstorj.controller.transport.LinstorCallTable}), the
 * translators between its protobuf messages and the services' request records, and the client
 * sessions that watches stream to. LinstorJ's own clients opt in per call to answers split into
 * {@code Part} frames ({@code MsgHeader.accepts_parts}) and per watch to snapshot events
 * ({@code MsgCrtWatch.snapshot_events}).
 *
 * <p>It is the only controller package besides {@code controller.satellite} that compiles against
 * Netty, protobuf or the protocol module; the services know nothing of it
 * ({@code ControllerArchitectureTest}).
 */
package io.linstorj.controller.transport;
