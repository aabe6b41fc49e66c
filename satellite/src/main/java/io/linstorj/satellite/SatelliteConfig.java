package io.linstorj.satellite;

import io.linstorj.satellite.drbd.DrbdDriverChoice;
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
 * @param drbdDriver        which DRBD driver to use ({@link DrbdDriverChoice#AUTO}: the kernel
 *                          module's where DRBD 9 is loaded, else the emulated one)
 */
public record SatelliteConfig(
        Path dataDir,
        String listenAddress,
        int port,
        Optional<String> nodeName,
        int maxFrameLength,
        long emulatedSyncRateKibPerSecond,
        Optional<Path> clusterSecretFile,
        DrbdDriverChoice drbdDriver) {

    /** The satellite's default port (LINSTOR's plain satellite port). */
    public static final int DEFAULT_PORT = 3366;

    /** A satellite that picks its DRBD driver by what the machine has ({@link DrbdDriverChoice#AUTO}). */
    public SatelliteConfig(
            Path dataDir,
            String listenAddress,
            int port,
            Optional<String> nodeName,
            int maxFrameLength,
            long emulatedSyncRateKibPerSecond,
            Optional<Path> clusterSecretFile) {
        this(
                dataDir,
                listenAddress,
                port,
                nodeName,
                maxFrameLength,
                emulatedSyncRateKibPerSecond,
                clusterSecretFile,
                DrbdDriverChoice.AUTO);
    }

    /** The same satellite with DRBD driver {@code choice}. */
    public SatelliteConfig withDrbdDriver(DrbdDriverChoice choice) {
        return new SatelliteConfig(
                dataDir,
                listenAddress,
                port,
                nodeName,
                maxFrameLength,
                emulatedSyncRateKibPerSecond,
                clusterSecretFile,
                choice);
    }
}
