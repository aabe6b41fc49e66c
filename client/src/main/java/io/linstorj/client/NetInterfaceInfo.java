package io.linstorj.client;

/**
 * A node's network interface as the controller lists it.
 *
 * @param name the interface's name ({@code default} for the one a node is created with)
 * @param address its IP address
 * @param satellitePort the port of the satellite connection on it; 0 when it carries none
 * @param satelliteEncryptionType {@code PLAIN} or {@code SSL}; empty when it carries no connection
 */
public record NetInterfaceInfo(String name, String address, int satellitePort, String satelliteEncryptionType) {}
