package io.linstorj.satellite;

import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdDriverSelector;
import io.linstorj.satellite.drbd.DrbdKernelProbe;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdStateListener;
import io.linstorj.satellite.drbd.ResFileRenderer;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdDriver;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdSettings;
import io.linstorj.satellite.drbd.emulated.SystemEmulationClock;
import io.linstorj.satellite.drbd.kernel.RealDrbdDriver;
import io.linstorj.satellite.drbd.kernel.SystemDrbdKernelProbe;
import io.linstorj.satellite.link.ClusterBinding;
import io.linstorj.satellite.link.ControllerLink;
import io.linstorj.satellite.link.NodeIdentity;
import io.linstorj.satellite.link.SatelliteServer;
import io.linstorj.satellite.reconcile.ReconcileLoop;
import io.linstorj.satellite.reconcile.SatelliteReconciler;
import io.linstorj.satellite.storage.StorageProviderFactory;
import io.linstorj.satellite.storage.file.LoopSupport;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running satellite: the composition root that wires storage providers, the DRBD driver, the
 * reconcile loop and the controller link by hand.
 */
public final class Satellite implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Satellite.class);
    private static final Duration RESYNC = Duration.ofSeconds(60);

    private final DrbdDriver drbd;
    private final SatelliteReconciler reconciler;
    private final ReconcileLoop loop;
    private final SatelliteServer server;
    private final SystemEmulationClock clock = new SystemEmulationClock();

    private Satellite(SatelliteConfig config) {
        ClusterBinding binding = ClusterBinding.load(config.dataDir(), config.clusterSecretFile());
        CommandRunner runner = new ProcessCommandRunner();
        LoopSupport loops = LoopSupport.detect(runner);
        LOG.info("loop devices: {}", loops.enabled() ? "used" : "not used (" + loops.reason() + ")");
        ResFileWriter resFiles = new ResFileWriter(config.dataDir().resolve("drbd.d"), new ResFileRenderer());
        drbd = selectDrbdDriver(config, resFiles);
        reconciler = new SatelliteReconciler(
                new StorageProviderFactory(runner, loops),
                drbd,
                resFiles,
                config.dataDir().resolve("snapshot-rollbacks"));
        ControllerLink link = new ControllerLink();
        loop = new ReconcileLoop(reconciler, link::report, RESYNC);
        drbd.addStateListener(new DrbdStateListener() {
            @Override
            public void resourceChanged(DrbdResourceState state) {
                loop.refreshReport();
            }

            @Override
            public void resourceRemoved(String resourceName) {
                loop.refreshReport();
            }
        });
        drbd.start();
        MsgSatelliteInfo info = MsgSatelliteInfo.newBuilder()
                .setDrbdDriver(drbd.name())
                .setSatelliteInfo(drbd.description())
                .build();
        server = new SatelliteServer(
                new InetSocketAddress(config.listenAddress(), config.port()),
                config.maxFrameLength(),
                new NodeIdentity(config.nodeName()),
                binding,
                link,
                loop::submit,
                info);
    }

    private DrbdDriver selectDrbdDriver(SatelliteConfig config, ResFileWriter resFiles) {
        DrbdKernelProbe probe = new SystemDrbdKernelProbe();
        EmulatedDrbdSettings emulated = config.emulatedSyncRateKibPerSecond() > 0
                ? new EmulatedDrbdSettings(
                        config.emulatedSyncRateKibPerSecond(), EmulatedDrbdSettings.DEFAULT_TICK_INTERVAL)
                : EmulatedDrbdSettings.defaults();
        return new DrbdDriverSelector(probe)
                .select(
                        config.drbdDriver(),
                        () -> RealDrbdDriver.create(
                                resFiles, probe.kernelModuleVersion().orElseThrow()),
                        reason -> new EmulatedDrbdDriver(resFiles, emulated, clock, reason));
    }

    /**
     * Starts a satellite and binds its port.
     *
     * @throws IllegalStateException if the port cannot be bound
     * @throws IllegalArgumentException if the cluster secret file is missing or damaged
     */
    public static Satellite start(SatelliteConfig config) {
        return new Satellite(config);
    }

    /** The address the satellite listens on. */
    public InetSocketAddress boundAddress() {
        return server.boundAddress();
    }

    /** The DRBD driver's short name: {@code "emulated"} or {@code "drbd9"}. */
    public String drbdDriverName() {
        return drbd.name();
    }

    /** The DRBD driver's one-line description ("emulated" where it is). */
    public String drbdDescription() {
        return drbd.description();
    }

    /**
     * Stops serving; with {@code release}, first takes every local resource down and detaches
     * loop devices (data stays), so that nothing of this satellite remains attached.
     */
    public void stop(boolean release) {
        server.close();
        if (release) {
            loop.runOnLoop(reconciler::releaseAll);
        }
        loop.close();
        drbd.close();
        clock.close();
    }

    /**
     * Stops as near to a crash as a part of a JVM can: the controller's connection closes with no
     * word before (a killed process's sockets close the same way), queued and running reconcile
     * passes are dropped or interrupted, nothing is taken down or released. Unlike a killed
     * process, the satellite's threads end, and what it wrote to files stays written.
     */
    public void crash() {
        server.close();
        loop.abort();
        drbd.close();
        clock.close();
    }

    /** Stops serving and leaves resources as they are, as a satellite restart should. */
    @Override
    public void close() {
        stop(false);
    }
}
