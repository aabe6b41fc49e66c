package io.linstorj.launcher.cluster;

import io.linstorj.satellite.drbd.DrbdDriverChoice;
import java.nio.file.Path;

/**
 * What a {@link LocalCluster} looks like. Out-of-range values are refused here, before any
 * process starts.
 *
 * @param dataDir             holds every process's data, pools and logs
 * @param satellites          how many satellites (alpha, bravo, ...), 1 to {@value #MAX_SATELLITES}
 * @param controllerPort      the controller's client port (0: ephemeral)
 * @param restPort            the controller's REST port (0: ephemeral)
 * @param satellitePort       the port each satellite listens on at its own address (0: ephemeral)
 * @param emulatedSyncRateKib sync rate of the emulated DRBD driver in KiB/s (0: its default)
 * @param drbdDriver          the satellites' DRBD driver ({@code --drbd-driver}); a test cluster
 *                            forces {@link DrbdDriverChoice#EMULATED} so it behaves alike everywhere
 * @param quickStart          start the JVMs for a short life: C1 only ({@code -XX:TieredStopAtLevel=1}),
 *                            which boots faster and peaks lower, as a test cluster wants
 */
public record LocalClusterConfig(
        Path dataDir,
        int satellites,
        int controllerPort,
        int restPort,
        int satellitePort,
        long emulatedSyncRateKib,
        DrbdDriverChoice drbdDriver,
        boolean quickStart) {
    /** As many satellites as there are loopback addresses and names for them (127.0.0.11-30). */
    public static final int MAX_SATELLITES = ClusterSetup.MAX_SATELLITES;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the value, the range and what was given
     */
    public LocalClusterConfig {
        if (satellites < 1 || satellites > MAX_SATELLITES) {
            throw new IllegalArgumentException(
                    "the number of satellites must be 1 to " + MAX_SATELLITES + ", not " + satellites);
        }
        checkPort("controller port", controllerPort);
        checkPort("REST port", restPort);
        checkPort("satellite port", satellitePort);
        if (drbdDriver == null) {
            throw new IllegalArgumentException("the DRBD driver must be given (auto, emulated or kernel)");
        }
        if (emulatedSyncRateKib < 0) {
            throw new IllegalArgumentException(
                    "the emulated sync rate must be 0 or more KiB/s, not " + emulatedSyncRateKib);
        }
    }

    /** A cluster whose satellites pick their DRBD driver by what the machine has. */
    public LocalClusterConfig(
            Path dataDir,
            int satellites,
            int controllerPort,
            int restPort,
            int satellitePort,
            long emulatedSyncRateKib) {
        this(
                dataDir,
                satellites,
                controllerPort,
                restPort,
                satellitePort,
                emulatedSyncRateKib,
                DrbdDriverChoice.AUTO,
                false);
    }

    /** The same cluster with DRBD driver {@code choice} on every satellite. */
    public LocalClusterConfig withDrbdDriver(DrbdDriverChoice choice) {
        return new LocalClusterConfig(
                dataDir, satellites, controllerPort, restPort, satellitePort, emulatedSyncRateKib, choice, quickStart);
    }

    /** The same cluster with JVMs started for a short life ({@code value}) or a long one. */
    public LocalClusterConfig withQuickStart(boolean value) {
        return new LocalClusterConfig(
                dataDir, satellites, controllerPort, restPort, satellitePort, emulatedSyncRateKib, drbdDriver, value);
    }

    private static void checkPort(String what, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the " + what + " must be 0 (ephemeral) to 65535, not " + port);
        }
    }

    /** A cluster whose REST API takes any free port, as tests want it. */
    public LocalClusterConfig(
            Path dataDir, int satellites, int controllerPort, int satellitePort, long emulatedSyncRateKib) {
        this(dataDir, satellites, controllerPort, 0, satellitePort, emulatedSyncRateKib);
    }
}
