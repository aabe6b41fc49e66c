package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.ResFileRenderer;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdDriver;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdSettings;
import io.linstorj.satellite.drbd.emulated.SystemEmulationClock;
import io.linstorj.satellite.storage.StorageProviderFactory;
import io.linstorj.satellite.storage.file.LoopSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a reconciler test runs on: an emulated DRBD driver (started) with its clock and .res
 * files, and a pool directory, all under one test directory, without loop devices.
 */
final class EmulatedReconcilerParts implements AutoCloseable {
    private final Path dir;
    private final Path pool;
    private final SystemEmulationClock clock;
    private final ResFileWriter resFiles;
    private final EmulatedDrbdDriver drbd;

    EmulatedReconcilerParts(Path dir) throws IOException {
        this.dir = dir;
        this.pool = Files.createDirectories(dir.resolve("pool"));
        this.clock = new SystemEmulationClock();
        this.resFiles = new ResFileWriter(dir.resolve("drbd.d"), new ResFileRenderer());
        this.drbd =
                new EmulatedDrbdDriver(resFiles, new EmulatedDrbdSettings(1024 * 1024, Duration.ofMillis(20)), clock);
        drbd.start();
    }

    /** A reconciler over FILE pools and {@code driver} (the emulated one, or a wrapper of it). */
    SatelliteReconciler reconciler(DrbdDriver driver) {
        return new SatelliteReconciler(
                new StorageProviderFactory(new ProcessCommandRunner(), LoopSupport.disabled("test")),
                driver,
                resFiles,
                dir.resolve("snapshot-rollbacks"));
    }

    /** As {@link #reconciler(DrbdDriver)}, with the clock and lease of snapshot suspensions. */
    SatelliteReconciler reconciler(DrbdDriver driver, java.time.Clock time, Duration suspendLease) {
        return new SatelliteReconciler(
                new StorageProviderFactory(new ProcessCommandRunner(), LoopSupport.disabled("test")),
                driver,
                resFiles,
                dir.resolve("snapshot-rollbacks"),
                time,
                suspendLease);
    }

    Path pool() {
        return pool;
    }

    SystemEmulationClock clock() {
        return clock;
    }

    ResFileWriter resFiles() {
        return resFiles;
    }

    EmulatedDrbdDriver drbd() {
        return drbd;
    }

    @Override
    public void close() {
        drbd.close();
        clock.close();
    }
}
