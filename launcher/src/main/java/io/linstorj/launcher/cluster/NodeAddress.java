package io.linstorj.launcher.cluster;

/**
 * Where a satellite of a local cluster listens.
 *
 * @param name    its node name (alpha, bravo, ...)
 * @param address its loopback address (127.0.0.11, ...)
 * @param port    the port it is bound to
 */
public record NodeAddress(String name, String address, int port) {}
