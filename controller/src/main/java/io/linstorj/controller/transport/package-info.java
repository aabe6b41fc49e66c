/**
 * The binary client protocol as a controller adapter ({@link
 * io.linstorj.controller.transport.ClientProtocolAdapter}): the Netty server and its connection
 * limits, the two dialects of the client port with their dispatch tables (LINSTOR's client
 * protocol of 2019, {@link io.linstorj.controller.transport.LinstorCallTable}, which every
 * connection starts in; LinstorJ's own, {@link io.linstorj.controller.transport.CallTable}, which
 * LinstorJ's client asks for), the translators between protobuf messages and the services'
 * request records, and the client sessions that watches stream to.
 *
 * <p>It is the only controller package besides {@code controller.satellite} that compiles against
 * Netty, protobuf or the protocol module; the services know nothing of it
 * ({@code ControllerArchitectureTest}).
 */
package io.linstorj.controller.transport;
