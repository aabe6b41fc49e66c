package io.linstorj.dist.cluster;

import java.nio.file.Path;

/**
 * What a {@link LocalCluster} looks like.
 *
 * @param dataDir             holds every process's data, pools and logs
 * @param satellites          how many satellites (alpha, bravo, ...)
 * @param controllerPort      the controller's client port (0: ephemeral)
 * @param restPort            the controller's REST port (0: ephemeral)
 * @param satellitePort       the port each satellite listens on at its own address (0: ephemeral)
 * @param emulatedSyncRateKib sync rate of the emulated DRBD driver in KiB/s (0: its default)
 */
public record LocalClusterConfig(Path dataDir, int satellites, int controllerPort, int restPort, int satellitePort,
                                 long emulatedSyncRateKib) {
    /** A cluster whose REST API takes any free port, as tests want it. */
    public LocalClusterConfig(Path dataDir, int satellites, int controllerPort, int satellitePort,
                              long emulatedSyncRateKib) {
        this(dataDir, satellites, controllerPort, 0, satellitePort, emulatedSyncRateKib);
    }
}
