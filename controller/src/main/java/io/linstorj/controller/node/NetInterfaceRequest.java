package io.linstorj.controller.node;

/**
 * A net interface to create or modify.
 *
 * @param name interface name; empty means "default" on node create
 * @param address IP address; empty keeps the old one on modify
 * @param satellitePort satellite port, or null: on node create the connection interface gets 3366,
 *     otherwise null means no satellite connection (create) or unchanged (modify)
 * @param encryptionType "PLAIN" or "SSL"; empty means PLAIN (create) or unchanged (modify)
 */
public record NetInterfaceRequest(String name, String address, Integer satellitePort, String encryptionType) {}
