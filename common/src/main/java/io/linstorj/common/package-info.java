/**
 * LINSTOR's constants that every layer speaks: return-code masks and codes ({@link
 * io.linstorj.common.RetCodes}).
 *
 * <p>This module has no dependencies, so the controller's domain packages and the client can use
 * them without compiling against Netty, protobuf or an HTTP library.
 */
package io.linstorj.common;
