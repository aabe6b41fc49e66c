/**
 * LINSTOR's constants that every layer speaks: return-code masks and codes ({@link
 * io.linstorj.common.RetCodes}); the cluster identity lives in {@code io.linstorj.common.trust}, the IP literal checks that
 * controller and satellite share in {@code io.linstorj.common.net}.
 *
 * <p>This module has no dependencies, so the controller's domain packages and the client can use
 * it without compiling against Netty, protobuf or an HTTP library.
 */
package io.linstorj.common;
