package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.linstorj.satellite.command.ToolNotInstalledException;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdNetOptions;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdTestResources;
import io.linstorj.satellite.drbd.InitialSync;
import io.linstorj.satellite.drbd.RecordingStateListener;
import io.linstorj.satellite.drbd.ResFileRenderer;
import io.linstorj.satellite.drbd.ResFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealDrbdDriverTest {
    private static final String GI = "1234ABCD1234ABC0";

    @TempDir
    Path temp;

    private final FakeCommandRunner runner = new FakeCommandRunner();
    private final RecordingStateListener listener = new RecordingStateListener();
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor();
    private ResFileWriter writer;
    private RealDrbdDriver driver;
    private String conf;

    @BeforeEach
    void startDriver() {
        writer = new ResFileWriter(temp, new ResFileRenderer());
        conf = writer.mainFile().toString();
        driver = new RealDrbdDriver(writer, runner, runner, restarter, Duration.ofMillis(10), "9.2.8");
        driver.addStateListener(listener);
        driver.start();
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static DrbdResource resource(InitialSync initialSync, boolean localDiskless) {
        return DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(DrbdTestResources.replica(0, localDiskless), DrbdTestResources.replica(1, false)),
                1,
                DrbdNetOptions.defaults(),
                initialSync);
    }

    private List<String> drbdadm(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("drbdadm", "-c", conf));
        command.addAll(List.of(arguments));
        return command;
    }

    private void answerMetadataProbeWith(int exitCode) {
        runner.answer(command -> command.argv().contains("get-gi")
                ? FakeCommandRunner.failed(command, exitCode, exitCode == 0 ? "" : "No valid meta data found")
                : FakeCommandRunner.ok(command));
    }

    @Test
    void startWritesTheMainFileAndFollowsEvents2() {
        assertThat(writer.mainFile()).exists();
        assertThat(runner.commands()).containsExactly(List.of("drbdsetup", "events2", "--statistics", "all"));
        assertThat(driver.isEmulated()).isFalse();
        assertThat(driver.name()).isEqualTo("drbd9");
        assertThat(driver.description()).contains("DRBD 9.2.8 kernel module");
    }

    @Test
    void adjustOfANewVolumeCreatesMetadataSetsTheSharedGenerationAndAdjusts() {
        runner.clear();
        answerMetadataProbeWith(1);

        DrbdApplyResult result = driver.adjust(resource(InitialSync.skip(GI), false));

        assertThat(result).isEqualTo(DrbdApplyResult.CREATED);
        assertThat(writer.resFile("rsc1")).exists();
        assertThat(runner.commands())
                .containsExactly(
                        List.of(
                                "drbdmeta",
                                "--force",
                                "1000",
                                "v09",
                                "/dev/loop10",
                                "internal",
                                "get-gi",
                                "--node-id",
                                "0"),
                        drbdadm("create-md", "--force", "--max-peers=7", "rsc1/0"),
                        List.of(
                                "drbdmeta",
                                "--force",
                                "1000",
                                "v09",
                                "/dev/loop10",
                                "internal",
                                "set-gi",
                                "--node-id",
                                "0",
                                GI + ":0:0:0:1:1"),
                        drbdadm("adjust", "rsc1"));
    }

    @Test
    void aVolumeThatSyncsFromAPeerGetsMetadataWithoutAGeneration() {
        runner.clear();
        answerMetadataProbeWith(1);

        driver.adjust(resource(InitialSync.fromPeer(), false));

        assertThat(runner.commands())
                .extracting(command -> String.join(" ", command))
                .noneMatch(command -> command.contains("set-gi"))
                .anyMatch(command -> command.contains("create-md"));
    }

    @Test
    void existingMetadataIsKept() {
        runner.clear();
        answerMetadataProbeWith(0);

        driver.adjust(resource(InitialSync.skip(GI), false));

        assertThat(runner.commands())
                .containsExactly(
                        List.of(
                                "drbdmeta",
                                "--force",
                                "1000",
                                "v09",
                                "/dev/loop10",
                                "internal",
                                "get-gi",
                                "--node-id",
                                "0"),
                        drbdadm("adjust", "rsc1"));
    }

    @Test
    void anAttachedVolumeIsNotProbedAndAnUnchangedAdjustIsANoop() {
        runner.emit(
                "exists resource name:rsc1 role:Secondary",
                "exists device name:rsc1 volume:0 minor:1000 disk:UpToDate",
                "exists -");
        driver.adjust(resource(InitialSync.skip(GI), false));
        runner.clear();

        DrbdApplyResult result = driver.adjust(resource(InitialSync.skip(GI), false));

        assertThat(result).isEqualTo(DrbdApplyResult.NOOP);
        assertThat(runner.commands()).containsExactly(drbdadm("adjust", "rsc1"));
        assertThat(driver.adjust(DrbdTestResources.resource(
                        "rsc1",
                        "alpha",
                        List.of(DrbdTestResources.replica(0, false), DrbdTestResources.replica(1, false)),
                        1,
                        DrbdNetOptions.allowTwoPrimaries(true),
                        InitialSync.skip(GI))))
                .isEqualTo(DrbdApplyResult.UPDATED);
    }

    @Test
    void aDiskThatCannotBeProbedIsNeverGivenNewMetadata() {
        runner.clear();
        answerMetadataProbeWith(20);

        assertThatThrownBy(() -> driver.adjust(resource(InitialSync.skip(GI), false)))
                .isInstanceOf(DrbdException.class)
                .hasMessageContaining("cannot read the DRBD metadata on /dev/loop10");
        assertThat(runner.commands())
                .extracting(command -> String.join(" ", command))
                .noneMatch(command -> command.contains("create-md") || command.contains("adjust"));
    }

    @Test
    void aDisklessReplicaNeedsNoMetadata() {
        runner.clear();

        driver.adjust(resource(InitialSync.fromPeer(), true));

        assertThat(runner.commands()).containsExactly(drbdadm("adjust", "rsc1"));
    }

    @Test
    void aFailingCommandBecomesADrbdExceptionWithItsStderr() {
        runner.answer(command -> command.argv().contains("adjust")
                ? FakeCommandRunner.failed(command, 10, "rsc1: Failure: (102) Local address(port) already in use.")
                : FakeCommandRunner.ok(command));

        assertThatThrownBy(() -> driver.adjust(resource(InitialSync.skip(GI), false)))
                .isInstanceOf(DrbdException.class)
                .hasMessageContaining("cannot adjust DRBD resource rsc1")
                .hasMessageContaining("exited with 10")
                .hasMessageContaining("already in use")
                .satisfies(e -> assertThat(((DrbdException) e).exitCode()).isEqualTo(10));
    }

    @Test
    void aDrbdUtilsProgramThatCannotRunBecomesADrbdException() {
        runner.answer(command -> {
            throw new ToolNotInstalledException(command, "the test's PATH");
        });

        assertThatThrownBy(() -> driver.adjust(resource(InitialSync.fromPeer(), true)))
                .isInstanceOf(DrbdException.class)
                .hasMessageContaining("cannot adjust DRBD resource rsc1")
                .hasMessageContaining("could not run")
                .hasMessageContaining("'drbdadm' is not installed");
    }

    @Test
    void downTakesTheResourceDownAndRemovesItsFile() {
        driver.adjust(resource(InitialSync.skip(GI), false));
        runner.clear();

        assertThat(driver.down("rsc1")).isEqualTo(DrbdApplyResult.DELETED);
        assertThat(driver.down("rsc1")).isEqualTo(DrbdApplyResult.NOOP);

        assertThat(runner.commands()).containsExactly(drbdadm("down", "rsc1"));
        assertThat(Files.exists(writer.resFile("rsc1"))).isFalse();
    }

    @Test
    void aResourceTheKernelRunsWithoutAFileIsTakenDownWithDrbdsetup() {
        runner.emit("exists resource name:stale role:Secondary", "exists -");
        runner.clear();

        assertThat(driver.down("stale")).isEqualTo(DrbdApplyResult.DELETED);

        assertThat(runner.commands()).containsExactly(List.of("drbdsetup", "down", "stale"));
    }

    @Test
    void roleChangesAndResizeRunDrbdadm() {
        DrbdResource resource = resource(InitialSync.skip(GI), false);
        driver.adjust(resource);
        runner.clear();

        driver.primary("rsc1", false);
        driver.primary("rsc1", true);
        driver.secondary("rsc1");
        driver.resize(resource.withVolume(resource.volume(0).orElseThrow().withSizeKib(40960)), 0);

        assertThat(runner.commands())
                .containsExactly(
                        drbdadm("primary", "rsc1"),
                        drbdadm("primary", "--force", "rsc1"),
                        drbdadm("secondary", "rsc1"),
                        drbdadm("resize", "rsc1/0"));
        assertThatThrownBy(() -> driver.resize(resource, 3)).hasMessage("resource rsc1 has no volume 3");
    }

    @Test
    void suspendAndResumeOfIoForASnapshotRunDrbdsetup() {
        runner.clear();

        driver.suspendIo("rsc1");
        driver.resumeIo("rsc1");

        assertThat(runner.commands())
                .containsExactly(List.of("drbdsetup", "suspend-io", "rsc1"), List.of("drbdsetup", "resume-io", "rsc1"));
    }

    @Test
    void aSuspendThatDrbdRefusesBecomesADrbdException() {
        runner.answer(command -> command.argv().contains("suspend-io")
                ? FakeCommandRunner.failed(command, 10, "rsc1: Failure: (158) Unknown resource")
                : FakeCommandRunner.ok(command));

        assertThatThrownBy(() -> driver.suspendIo("rsc1"))
                .isInstanceOf(DrbdException.class)
                .hasMessageContaining("cannot suspend I/O of DRBD resource rsc1")
                .hasMessageContaining("Unknown resource");
    }

    @Test
    void events2OutputReachesTheListenersAndTheStates() {
        runner.emit(Events2Recordings.lines("events2-sync-on-alpha.txt").toArray(String[]::new));

        assertThat(driver.state("rsc1").orElseThrow().volume(0).orElseThrow().diskState())
                .isEqualTo(DiskState.UP_TO_DATE);
        assertThat(listener.lastStateOf("rsc1").orElseThrow().inUse()).isTrue();
        assertThat(driver.states()).containsOnlyKeys("rsc1", "rsc2");
    }

    @Test
    void anEndedEventsStreamIsRestarted() {
        runner.exitFollowed(10);

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.follows() == 2);
    }

    @Test
    void closeStopsTheEventsStream() {
        driver.close();

        assertThat(runner.followClosed()).isTrue();
    }
}
