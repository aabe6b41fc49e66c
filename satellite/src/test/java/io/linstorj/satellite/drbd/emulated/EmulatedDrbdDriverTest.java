package io.linstorj.satellite.drbd.emulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdNetOptions;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.DrbdTestResources;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.drbd.InitialSync;
import io.linstorj.satellite.drbd.RecordingStateListener;
import io.linstorj.satellite.drbd.ReplicationState;
import io.linstorj.satellite.drbd.ResFileRenderer;
import io.linstorj.satellite.drbd.ResFileWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatedDrbdDriverTest {
    /** 100 KiB/s against 1000 KiB volumes: a sync takes 10 ticks of one second. */
    private static final EmulatedDrbdSettings SETTINGS = new EmulatedDrbdSettings(100, Duration.ofSeconds(1));

    private static final String GI = "0123456789ABCDE0";
    private static final long SIZE_KIB = 1000;

    @TempDir
    Path temp;

    private final ManualEmulationClock clock = new ManualEmulationClock();
    private final RecordingStateListener listener = new RecordingStateListener();
    private ResFileWriter writer;
    private EmulatedDrbdDriver driver;

    @BeforeEach
    void startDriver() {
        writer = new ResFileWriter(temp, new ResFileRenderer());
        driver = new EmulatedDrbdDriver(writer, SETTINGS, clock);
        driver.addStateListener(listener);
        driver.start();
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    /** Resource rsc1 on alpha, bravo, charlie (charlie diskless), as {@code localIndex} sees it. */
    private static DrbdResource resource(int localIndex, InitialSync initialSync, long sizeKib) {
        List<DrbdReplica> replicas = List.of(
                DrbdTestResources.replica(0, false),
                DrbdTestResources.replica(1, false),
                DrbdTestResources.replica(2, true));
        DrbdResource resource = DrbdTestResources.resource(
                "rsc1", DrbdTestResources.NODES.get(localIndex), replicas, 1, DrbdNetOptions.defaults(), initialSync);
        return resource.withVolume(resource.volume(0).orElseThrow().withSizeKib(sizeKib));
    }

    private DrbdVolumeState volume() {
        return driver.state("rsc1").orElseThrow().volume(0).orElseThrow();
    }

    @Test
    void itSaysEverywhereThatItIsEmulated() {
        assertThat(driver.isEmulated()).isTrue();
        assertThat(driver.name()).isEqualTo("emulated");
        assertThat(driver.description()).startsWith("emulated DRBD").contains("no data is replicated");
    }

    @Test
    void aReplicaOfABrandNewVolumeStartsUpToDate() {
        assertThat(driver.adjust(resource(0, InitialSync.skip(GI), SIZE_KIB))).isEqualTo(DrbdApplyResult.CREATED);

        DrbdResourceState state = driver.state("rsc1").orElseThrow();
        assertThat(state.volume(0).orElseThrow().diskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(state.volume(0).orElseThrow().replicationState()).isEqualTo(ReplicationState.ESTABLISHED);
        assertThat(state.role()).isEqualTo(DrbdRole.SECONDARY);
        assertThat(state.connections().values())
                .extracting(c -> c.connection())
                .containsOnly(ConnectionState.CONNECTED);
        assertThat(listener.statesOf("rsc1")).containsExactly(state);
        assertThat(writer.resFile("rsc1")).exists();
        assertThat(clock.pendingTasks()).isZero();
    }

    @Test
    void aResourceCreatedOnSeveralDiskfulNodesAtOnceEndsUpToDateEverywhere() {
        for (int node = 0; node < 2; node++) {
            EmulatedDrbdDriver nodeDriver = new EmulatedDrbdDriver(
                    new ResFileWriter(temp.resolve("node" + node), new ResFileRenderer()), SETTINGS, clock);
            nodeDriver.adjust(resource(node, InitialSync.skip(GI), SIZE_KIB));

            assertThat(nodeDriver
                            .state("rsc1")
                            .orElseThrow()
                            .volume(0)
                            .orElseThrow()
                            .diskState())
                    .isEqualTo(DiskState.UP_TO_DATE);
        }
    }

    @Test
    void aReplicaAddedLaterSyncsFromADiskfulPeerAtTheConfiguredRate() {
        driver.adjust(resource(1, InitialSync.fromPeer(), SIZE_KIB));
        assertThat(volume().diskState()).isEqualTo(DiskState.INCONSISTENT);
        assertThat(volume().replicationState()).isEqualTo(ReplicationState.ESTABLISHED);

        clock.advance(Duration.ofSeconds(1));
        assertThat(volume().diskState()).isEqualTo(DiskState.INCONSISTENT);
        assertThat(volume().replicationState()).isEqualTo(ReplicationState.SYNC_TARGET);
        assertThat(volume().syncDonePercent()).isEqualTo(OptionalDouble.of(10.0));
        assertThat(volume().peers().get(0).peerName()).isEqualTo("alpha");
        assertThat(volume().peers().get(0).peerDiskState()).isEqualTo(DiskState.UP_TO_DATE);

        clock.advance(Duration.ofSeconds(4));
        assertThat(volume().syncDonePercent()).isEqualTo(OptionalDouble.of(50.0));

        clock.advance(Duration.ofSeconds(5));
        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(volume().replicationState()).isEqualTo(ReplicationState.ESTABLISHED);
        assertThat(volume().syncDonePercent()).isEmpty();
        assertThat(clock.pendingTasks()).isZero();

        List<DiskState> disks = new ArrayList<>();
        listener.statesOf("rsc1")
                .forEach(state -> disks.add(state.volume(0).orElseThrow().diskState()));
        assertThat(disks)
                .startsWith(DiskState.INCONSISTENT)
                .endsWith(DiskState.UP_TO_DATE)
                .hasSize(11);
    }

    @Test
    void aDisklessReplicaIsDiskless() {
        driver.adjust(resource(2, InitialSync.fromPeer(), SIZE_KIB));

        assertThat(volume().diskState()).isEqualTo(DiskState.DISKLESS);
        assertThat(volume().peers().get(0).peerDiskState()).isEqualTo(DiskState.DUNKNOWN);
        assertThat(clock.pendingTasks()).isZero();
    }

    @Test
    void adjustIsIdempotent() {
        driver.adjust(resource(0, InitialSync.skip(GI), SIZE_KIB));
        listener.clear();

        assertThat(driver.adjust(resource(0, InitialSync.skip(GI), SIZE_KIB))).isEqualTo(DrbdApplyResult.NOOP);
        assertThat(driver.adjust(resource(0, InitialSync.fromPeer(), SIZE_KIB))).isEqualTo(DrbdApplyResult.UPDATED);
        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void downForgetsTheResourceAndItsFile() {
        driver.adjust(resource(1, InitialSync.fromPeer(), SIZE_KIB));

        assertThat(driver.down("rsc1")).isEqualTo(DrbdApplyResult.DELETED);
        assertThat(driver.down("rsc1")).isEqualTo(DrbdApplyResult.NOOP);

        assertThat(driver.states()).isEmpty();
        assertThat(listener.events()).last().isEqualTo("removed rsc1");
        assertThat(writer.resFile("rsc1")).doesNotExist();
        clock.advance(Duration.ofSeconds(20));
        assertThat(driver.states()).isEmpty();
    }

    @Test
    void growingAnUpToDateVolumeKeepsItUpToDate() {
        DrbdResource resource = resource(0, InitialSync.skip(GI), SIZE_KIB);
        driver.adjust(resource);

        driver.resize(resource.withVolume(resource.volume(0).orElseThrow().withSizeKib(2 * SIZE_KIB)), 0);

        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(driver.adjust(resource(0, InitialSync.skip(GI), 2 * SIZE_KIB)))
                .isEqualTo(DrbdApplyResult.NOOP);
    }

    @Test
    void growingASyncingVolumeLengthensTheSync() {
        driver.adjust(resource(1, InitialSync.fromPeer(), SIZE_KIB));
        clock.advance(Duration.ofSeconds(5));

        driver.adjust(resource(1, InitialSync.fromPeer(), 2 * SIZE_KIB));
        assertThat(volume().syncDonePercent()).isEqualTo(OptionalDouble.of(25.0));

        clock.advance(Duration.ofSeconds(14));
        assertThat(volume().diskState()).isEqualTo(DiskState.INCONSISTENT);
        clock.advance(Duration.ofSeconds(1));
        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);
    }

    @Test
    void aDisklessReplicaTurnedDiskfulSyncs() {
        driver.adjust(resource(2, InitialSync.fromPeer(), SIZE_KIB));
        List<DrbdReplica> replicas = List.of(
                DrbdTestResources.replica(0, false),
                DrbdTestResources.replica(1, false),
                DrbdTestResources.replica(2, false));

        driver.adjust(DrbdTestResources.resource(
                        "rsc1", "charlie", replicas, 1, DrbdNetOptions.defaults(), InitialSync.fromPeer())
                .withVolume(DrbdVolume.diskful(0, 1000, SIZE_KIB, "/dev/loop10", InitialSync.fromPeer())));
        assertThat(volume().diskState()).isEqualTo(DiskState.INCONSISTENT);

        clock.advance(Duration.ofSeconds(10));
        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);

        driver.adjust(resource(2, InitialSync.fromPeer(), SIZE_KIB));
        assertThat(volume().diskState()).isEqualTo(DiskState.DISKLESS);
    }

    @Test
    void withoutADiskfulPeerANewReplicaStaysInconsistent() {
        List<DrbdReplica> replicas = List.of(DrbdTestResources.replica(0, false), DrbdTestResources.replica(1, true));
        driver.adjust(DrbdTestResources.resource(
                "rsc1", "alpha", replicas, 1, DrbdNetOptions.defaults(), InitialSync.fromPeer()));

        clock.advance(Duration.ofSeconds(60));

        assertThat(volume().diskState()).isEqualTo(DiskState.INCONSISTENT);
        assertThat(volume().replicationState()).isEqualTo(ReplicationState.ESTABLISHED);
        assertThat(clock.pendingTasks()).isZero();
    }

    @Test
    void promotionNeedsUpToDateDataOrForce() {
        List<DrbdReplica> replicas = List.of(DrbdTestResources.replica(0, false), DrbdTestResources.replica(1, true));
        driver.adjust(DrbdTestResources.resource(
                "rsc1", "alpha", replicas, 1, DrbdNetOptions.defaults(), InitialSync.fromPeer()));

        assertThatThrownBy(() -> driver.primary("rsc1", false))
                .isInstanceOf(DrbdException.class)
                .hasMessage("cannot promote resource rsc1: volume 0 is Inconsistent and reaches no up-to-date data");

        driver.primary("rsc1", true);
        assertThat(driver.state("rsc1").orElseThrow().inUse()).isTrue();
        assertThat(volume().diskState()).isEqualTo(DiskState.UP_TO_DATE);

        driver.secondary("rsc1");
        assertThat(driver.state("rsc1").orElseThrow().role()).isEqualTo(DrbdRole.SECONDARY);
        assertThat(listener.lastStateOf("rsc1").orElseThrow().inUse()).isFalse();
    }

    @Test
    void aSyncingOrDisklessReplicaMayBePromoted() {
        driver.adjust(resource(1, InitialSync.fromPeer(), SIZE_KIB));
        driver.primary("rsc1", false);
        assertThat(driver.state("rsc1").orElseThrow().inUse()).isTrue();

        driver.down("rsc1");
        driver.adjust(resource(2, InitialSync.fromPeer(), SIZE_KIB));
        driver.primary("rsc1", false);
        assertThat(driver.state("rsc1").orElseThrow().inUse()).isTrue();
    }

    @Test
    void actionsOnAResourceThatIsNotUpAreRefused() {
        assertThatThrownBy(() -> driver.primary("rsc9", false))
                .isInstanceOf(DrbdException.class)
                .hasMessage("DRBD resource rsc9 is not up on this node");
        assertThatThrownBy(() -> driver.resize(resource(0, InitialSync.skip(GI), SIZE_KIB), 0))
                .isInstanceOf(DrbdException.class);
    }
}
