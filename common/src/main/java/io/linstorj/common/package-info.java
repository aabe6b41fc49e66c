/**
 * LINSTOR's constants that every layer speaks: return-code masks and codes ({@link
 * io.linstorj.common.RetCodes}); the cluster identity lives in {@code io.linstorj.common.trust}.
 *
 * <p>This module has no dependencies, so the controller's domain packages and the client can use
 * it without compiling against Netty, protobuf or an HTTP library.
 */
package io.linstorj.common;
