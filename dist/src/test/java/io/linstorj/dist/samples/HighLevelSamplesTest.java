package io.linstorj.dist.samples;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.KV;
import io.linstorj.client.LinstorError;
import io.linstorj.client.Resource;
import io.linstorj.client.ResourceGroup;
import io.linstorj.client.Volume;
import io.linstorj.dist.cluster.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The high-level samples of API.md, as written, against a three-node cluster whose controller
 * listens where the samples' default URI points: linstor://localhost (port 3376). Each node has
 * the sample's pool "drbdpool" beside DfltStorPool.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HighLevelSamplesTest {
    private static final Duration CONVERGE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    private static TestCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(dataDir, 3376);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            Path dir = Files.createDirectories(dataDir.resolve(node).resolve("pools/drbdpool"));
            check(cluster.client().storagePoolCreate(node, "drbdpool", "FILE_THIN", dir.toString()));
        }
        await().atMost(CONVERGE).until(() -> cluster.client().storagePoolList().get(0).storagePools().stream()
            .filter(p -> p.storagePoolName().equals("drbdpool")).allMatch(p -> p.freeCapacityKib().isPresent()));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void awaitConverged(String resource) {
        await().atMost(CONVERGE).untilAsserted(() -> assertThat(cluster.diskStates(resource).values())
            .isNotEmpty().allMatch(state -> state.equals("UpToDate") || state.equals("Diskless")));
    }

    /**
     * The backing file of {@code resource}'s volume 0 on {@code node}: autoplace may have chosen
     * either pool, as both are on one file system and tie on free space.
     */
    private static Path backingFile(String node, String resource) {
        List<Path> files = List.of("DfltStorPool", "drbdpool").stream()
            .map(pool -> dataDir.resolve(node).resolve("pools").resolve(pool).resolve(resource + "_00000.img"))
            .filter(Files::exists).toList();
        assertThat(files).as("backing file of %s on %s", resource, node).hasSize(1);
        return files.get(0);
    }

    @Test
    @Order(1)
    void createAResourceThreeTimesRedundant() {
        // Create a resource N-times redundant
        Resource foo = new Resource("foo", "linstor://127.0.0.1"); // by default the uri is linstor://localhost
        foo.getVolumes().put(0, new Volume("20 MiB"));
        foo.getPlacement().setRedundancy(3);
        foo.autoplace();

        await().atMost(CONVERGE).untilAsserted(() -> assertThat(cluster.diskStates("foo"))
            .containsOnly(Map.entry("alpha", "UpToDate"), Map.entry("bravo", "UpToDate"),
                Map.entry("charlie", "UpToDate")));
        assertThat(new Resource("foo").diskfulNodes()).containsExactlyInAnyOrder("alpha", "bravo", "charlie");
    }

    @Test
    @Order(2)
    void resizeAnExistingVolume() throws Exception {
        // Resizing an existing resource/volume
        Resource foo = new Resource("foo");
        foo.getVolumes().get(0).setSize("30 MiB");
        foo.getVolumes().get(0).setSize(foo.getVolumes().get(0).getSize() + 10 * 1024 * 1024); // bytes

        assertThat(new Resource("foo").getVolumes().get(0).getSize()).isEqualTo(40L * 1024 * 1024);
        await().atMost(CONVERGE).untilAsserted(() -> {
            for (String node : List.of("alpha", "bravo", "charlie")) {
                assertThat(Files.size(backingFile(node, "foo"))).isGreaterThanOrEqualTo(40L * 1024 * 1024);
            }
        });
        assertThatThrownBy(() -> new Resource("foo").getVolumes().get(0).setSize("10 MiB"))
            .isInstanceOf(LinstorError.class);
        awaitConverged("foo");
    }

    @Test
    @Order(3)
    void activateAndDeactivateNeverTouchADiskfulReplica() {
        // Diskless assignment only if there is no assignment yet; remove it only if diskless
        Resource foo = new Resource("foo");
        foo.activate("bravo");
        foo.deactivate("bravo");

        assertThat(new Resource("foo").isDiskful("bravo")).isTrue();
    }

    @Test
    @Order(4)
    void activateCreatesADisklessReplicaWhereThereIsNoneAndDeactivateRemovesIt() {
        Resource foo = new Resource("foo");
        foo.delete("charlie");
        assertThat(foo.isAssigned("charlie")).isFalse();

        foo.activate("charlie");
        assertThat(foo.isDiskless("charlie")).isTrue();
        foo.deactivate("charlie");
        assertThat(foo.isAssigned("charlie")).isFalse();

        foo.diskful("charlie");
        awaitConverged("foo");
    }

    @Test
    @Order(5)
    void settingTheAssignmentState() {
        // Setting the assignment state of a resource
        Resource foo = new Resource("foo");
        foo.getPlacement().setStoragePool("drbdpool");
        foo.diskful("alpha");   // whatever it was, it is now diskful
        assertThat(foo.isDiskful("alpha")).isTrue();
        foo.diskless("alpha");  // converted to diskless
        assertThat(foo.isDiskless("alpha")).isTrue();
        foo.delete("alpha");
        assertThat(foo.isAssigned("alpha")).isFalse();
        foo.diskless("alpha");  // created diskless
        assertThat(foo.isDiskless("alpha")).isTrue();

        awaitConverged("foo");
        assertThat(cluster.diskStates("foo")).containsEntry("alpha", "Diskless");
        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(dataDir.resolve("alpha/pools/DfltStorPool/foo_00000.img")).doesNotExist();
            assertThat(dataDir.resolve("alpha/pools/drbdpool/foo_00000.img")).doesNotExist();
        });
    }

    @Test
    @Order(6)
    void settingAndUnsettingDualPrimary() throws Exception {
        // Setting and unsetting dual primary
        Resource foo = new Resource("foo");
        foo.setAllowTwoPrimaries(true);
        assertThat(foo.isAllowTwoPrimaries()).isTrue();
        await().atMost(CONVERGE).untilAsserted(() -> assertThat(
            Files.readString(dataDir.resolve("bravo/drbd.d/foo.res"))).contains("allow-two-primaries yes"));
        // do some live migration
        foo.setAllowTwoPrimaries(false);
        assertThat(foo.isAllowTwoPrimaries()).isFalse();
        await().atMost(CONVERGE).untilAsserted(() -> assertThat(
            Files.readString(dataDir.resolve("bravo/drbd.d/foo.res"))).contains("allow-two-primaries no"));
    }

    @Test
    @Order(7)
    void queries() {
        // Queries
        Resource foo = new Resource("foo");
        for (String disklessNode : foo.disklessNodes()) {
            System.out.println(disklessNode);
        }
        System.out.println(foo.isDiskful("alpha"));
        System.out.println(foo.isAssigned("bravo"));
        System.out.println(foo.getVolumes().get(0).getBackingDisk());
        System.out.println(foo.getVolumes().get(0).getDevicePath());

        assertThat(foo.disklessNodes()).containsExactly("alpha");
        assertThat(foo.isDiskful("alpha")).isFalse();
        assertThat(foo.isAssigned("bravo")).isTrue();
        assertThat(foo.getVolumes().get(0).getBackingDisk()).isNotEmpty().isNotEqualTo("none");
        assertThat(foo.getVolumes().get(0).getDevicePath()).matches("/dev/drbd\\d+");
    }

    @Test
    @Order(8)
    void resourceGroupSpawnsAResourcePlacedByItsFilter() {
        ResourceGroup group = new ResourceGroup("gold");
        group.setRedundancy(2);
        group.setStoragePool("drbdpool");

        Resource spawned = group.createResource("spawned", List.of("12 MiB"));

        assertThat(spawned.diskfulNodes()).hasSize(2);
        awaitConverged("spawned");
        assertThat(cluster.volumes("spawned").values()).allSatisfy(v -> {
            assertThat(v.storagePoolName()).isEqualTo("drbdpool");
            assertThat(v.diskState()).isEqualTo("UpToDate");
        });
    }

    @Test
    @Order(9)
    void keyValueStoreNamespaces() {
        KV kv = new KV("myKV", "/foo/bar/");    // new KV(name, namespace[, uri])
        kv.put("key", "val");
        assertThat(kv.items()).containsExactly(Map.entry("key", "val"));
        kv.setNamespace("/");
        assertThat(kv.items()).containsExactly(Map.entry("/foo/bar/key", "val"));
        kv.put("foo/baz/key", "valbaz");
        kv.setNamespace("/foo/bar");
        assertThat(kv.items()).containsExactly(Map.entry("key", "val"));
    }
}
