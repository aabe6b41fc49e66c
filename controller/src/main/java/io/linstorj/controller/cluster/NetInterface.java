package io.linstorj.controller.cluster;

/**
 * A network interface of a node.
 *
 * @param name interface name ("default")
 * @param address IP address
 * @param satellitePort port of the satellite on this interface; 0 when it carries no satellite connection
 * @param encryptionType "PLAIN" or "SSL"
 */
public record NetInterface(String name, String address, int satellitePort, String encryptionType) {
    /** Name of the interface a node create makes. */
    public static final String DEFAULT_NAME = "default";
    /** Satellite port of plain connections. */
    public static final int DEFAULT_SATELLITE_PORT = 3366;
    /** Encryption type of plain connections. */
    public static final String PLAIN = "PLAIN";
    /** Encryption type of TLS connections. */
    public static final String SSL = "SSL";

    /** True when the satellite is reached on this interface. */
    public boolean carriesSatelliteConnection() {
        return satellitePort > 0;
    }
}
