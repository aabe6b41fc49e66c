package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotRestoreRequest;
import io.linstorj.controller.snapshot.SnapshotView;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.satellite.Satellite;
import io.linstorj.satellite.SatelliteConfig;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots copy the data, byte for byte: a controller and two real satellites in this JVM over
 * real sockets on 127.0.0.31-32 (emulated DRBD where the kernel has no DRBD 9), alpha with a
 * FILE_THIN pool (reflink or sparse copies), bravo with a FILE pool (full copies).
 */
class SnapshotDataTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long OFFSET = 64 * 1024;
    private static final int LENGTH = 256 * 1024;

    @TempDir
    Path dataDir;

    private Controller controller;
    private ControllerServices services;
    private final List<Satellite> satellites = new ArrayList<>();
    private final Map<String, Path> pools = Map.of("alpha", Path.of("alpha-thin"), "bravo", Path.of("bravo-full"));

    @BeforeEach
    void start() throws IOException {
        controller = Controller.start(
                ControllerConfig.defaults(dataDir.resolve("controller")).withListen("127.0.0.1", 0));
        services = controller.services();
        int address = 31;
        for (String node : List.of("alpha", "bravo")) {
            Path dir = Files.createDirectories(dataDir.resolve(node));
            Satellite satellite = Satellite.start(new SatelliteConfig(
                    dir,
                    "127.0.0." + address++,
                    0,
                    Optional.of(node),
                    ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
                    0,
                    Optional.empty()));
            satellites.add(satellite);
            InetSocketAddress bound = satellite.boundAddress();
            check(services.nodes()
                    .create(new NodeCreateRequest(
                            node,
                            "Satellite",
                            Map.of(),
                            List.of(new NetInterfaceRequest(
                                    "default", bound.getAddress().getHostAddress(), bound.getPort(), "")))));
            Path pool = Files.createDirectories(pool(node));
            check(services.storagePools()
                    .create(new StoragePoolCreateRequest(
                            node,
                            "DfltStorPool",
                            node.equals("alpha") ? "FILE_THIN" : "FILE",
                            Map.of("StorDriver/StorPoolName", pool.toString()))));
        }
        await().atMost(WAIT)
                .until(() -> services.observed().isOnline("alpha")
                        && services.observed().isOnline("bravo"));
    }

    @AfterEach
    void stop() {
        satellites.forEach(satellite -> satellite.stop(true));
        controller.close();
        LoopDevices.detachAllUnder(dataDir);
    }

    private Path pool(String node) {
        return dataDir.resolve(node).resolve(pools.get(node));
    }

    private Path volumeFile(String node, String resource) {
        return pool(node).resolve(resource + "_00000.img");
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void check(Future<List<ApiCallRc>> replies) {
        List<ApiCallRc> answer = get(replies);
        assertThat(answer).as("replies").noneMatch(ApiCallRc::isError);
    }

    private static byte[] pattern(long seed) {
        byte[] bytes = new byte[LENGTH];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (RandomAccessFile handle = new RandomAccessFile(file.toFile(), "rw")) {
            handle.seek(OFFSET);
            handle.write(bytes);
            handle.getFD().sync();
        }
    }

    private static byte[] read(Path file) {
        byte[] bytes = new byte[LENGTH];
        try (RandomAccessFile handle = new RandomAccessFile(file.toFile(), "r")) {
            handle.seek(OFFSET);
            handle.readFully(bytes);
        } catch (IOException e) {
            return new byte[0];
        }
        return bytes;
    }

    private List<Path> snapshotFiles(String node) throws IOException {
        try (Stream<Path> files = Files.list(pool(node))) {
            return files.filter(file -> file.toString().endsWith(".snap")).toList();
        }
    }

    private boolean successful(String resource, String snapshot) {
        return get(services.snapshots().snapshots().get(resource, snapshot))
                .map(SnapshotView::flags)
                .orElse(Set.of())
                .contains(SnapshotView.FLAG_SUCCESSFUL);
    }

    @Test
    void aSnapshotRestoresIntoANewResourceAndRollsBackByteForByte() throws Exception {
        check(services.resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest(
                        "r1", null, Map.of(), "", List.of(new VolumeDefinitionRequest(null, 4096, null, Map.of())))));
        for (String node : List.of("alpha", "bravo")) {
            check(services.resources()
                    .resources()
                    .create(new ResourceCreateRequest("r1", node, Set.of(), "", Map.of())));
        }
        await().atMost(WAIT)
                .until(() -> Files.exists(volumeFile("alpha", "r1")) && Files.exists(volumeFile("bravo", "r1")));
        byte[] before = pattern(1);
        byte[] after = pattern(2);
        for (String node : List.of("alpha", "bravo")) {
            write(volumeFile(node, "r1"), before);
        }

        check(services.snapshots().snapshots().create(new SnapshotCreateRequest("r1", "s1", List.of(), Map.of())));
        await().atMost(WAIT).until(() -> successful("r1", "s1"));
        for (String node : List.of("alpha", "bravo")) {
            assertThat(snapshotFiles(node))
                    .extracting(file -> file.getFileName().toString())
                    .containsExactly("r1_00000@s1.snap");
            write(volumeFile(node, "r1"), after);
        }

        check(services.resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest("r2", null, Map.of(), "", List.of())));
        check(services.snapshots().restores().restoreResource(new SnapshotRestoreRequest("r1", "s1", "r2", List.of())));
        for (String node : List.of("alpha", "bravo")) {
            await().atMost(WAIT).until(() -> Files.exists(volumeFile(node, "r2")));
            assertThat(read(volumeFile(node, "r2"))).as("restored on %s", node).isEqualTo(before);
            assertThat(read(volumeFile(node, "r1")))
                    .as("source on %s untouched", node)
                    .isEqualTo(after);
        }

        check(services.snapshots().restores().rollback("r1", "s1"));
        for (String node : List.of("alpha", "bravo")) {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(read(volumeFile(node, "r1")))
                            .as("rolled back on %s", node)
                            .isEqualTo(before));
        }
        await().atMost(WAIT)
                .until(() -> services.observed()
                                .resource("alpha", "r1")
                                .map(r -> r.ready())
                                .orElse(false)
                        && services.observed()
                                .resource("bravo", "r1")
                                .map(r -> r.ready())
                                .orElse(false));

        check(services.snapshots().snapshots().delete("r1", "s1", List.of()));
        for (String node : List.of("alpha", "bravo")) {
            await().atMost(WAIT).until(() -> snapshotFiles(node).isEmpty());
        }
        check(services.resources().definitions().delete("r1"));
        check(services.resources().definitions().delete("r2"));
        for (String node : List.of("alpha", "bravo")) {
            await().atMost(WAIT)
                    .until(() -> !Files.exists(volumeFile(node, "r1")) && !Files.exists(volumeFile(node, "r2")));
        }
    }
}
