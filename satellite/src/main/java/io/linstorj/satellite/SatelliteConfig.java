package io.linstorj.satellite;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a satellite process runs.
 *
 * @param dataDir          where the satellite keeps generated DRBD configuration and its files
 * @param listenAddress    address to accept the controller on
 * @param port             port to accept the controller on (0: ephemeral)
 * @param nodeName         the node name this satellite must be; empty: the first controller decides
 * @param maxFrameLength   largest frame payload accepted from the controller
 * @param emulatedSyncRateKibPerSecond sync rate of the emulated DRBD driver, where it is used
 * @param clusterSecretFile the cluster's key file the controller exported; empty: the satellite
 *                          belongs to the cluster its data directory remembers, or else to the
 *                          first controller that adopts it
 */
public record SatelliteConfig(
        Path dataDir,
        String listenAddress,
        int port,
        Optional<String> nodeName,
        int maxFrameLength,
        long emulatedSyncRateKibPerSecond,
        Optional<Path> clusterSecretFile) {

    /** The satellite's default port (LINSTOR's plain satellite port). */
    public static final int DEFAULT_PORT = 3366;
}
