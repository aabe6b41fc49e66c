package io.linstorj.dist.rest;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Linstor;
import io.linstorj.client.Resource;
import io.linstorj.client.Volume;
import io.linstorj.client.VolumeInfo;
import io.linstorj.dist.cluster.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client library over REST against a real three-node cluster (controller, REST server and
 * satellites, each its own process): the high-level {@code Resource} works through the REST
 * transport, and the volume list over REST is the volume list over the client protocol.
 */
class ClientOverRestClusterTest {
    private static final Duration CONVERGE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void highLevelResourceOverRestPlacesReplicasThatBothTransportsListAlike() {
        try (TestCluster cluster = TestCluster.start(dataDir);
                Linstor rest = Linstor.connect(cluster.processes().restUri())) {
            Resource web = new Resource("web", rest);
            web.getVolumes().put(0, new Volume("20 MiB"));
            web.getPlacement().setRedundancy(2);
            web.autoplace();
            await().atMost(CONVERGE)
                    .untilAsserted(() -> assertThat(diskStates(rest, "web").values())
                            .hasSize(2)
                            .allMatch("UpToDate"::equals));

            String diskless = List.of("alpha", "bravo", "charlie").stream()
                    .filter(node -> !web.isAssigned(node))
                    .findFirst()
                    .orElseThrow();
            web.activate(diskless);
            assertThat(new Resource("web", cluster.processes().restUri()).isDiskless(diskless))
                    .isTrue();
            await().atMost(CONVERGE)
                    .untilAsserted(() -> assertThat(diskStates(rest, "web").values())
                            .hasSize(3)
                            .allMatch(state -> state.equals("UpToDate") || state.equals("Diskless")));

            assertThat(volumes(rest, "web")).isEqualTo(volumes(cluster.client(), "web"));
            assertThat(rest.resourceDfnList(List.of("web"))
                            .get(0)
                            .resourceDefinitions()
                            .get(0)
                            .volumeDefinitions()
                            .get(0)
                            .sizeKib())
                    .isEqualTo(20 * 1024);

            check(rest.resourceToggleDisk("web", diskless, false));
            await().atMost(CONVERGE)
                    .untilAsserted(
                            () -> assertThat(diskStates(rest, "web")).hasSize(3).containsEntry(diskless, "UpToDate"));

            web.delete();
            await().atMost(CONVERGE)
                    .until(() -> rest.resourceDfnList(List.of("web"))
                            .get(0)
                            .resourceDefinitions()
                            .isEmpty());
        }
    }

    private static Map<String, String> diskStates(Linstor lin, String resource) {
        return lin.volumeList(List.of(), List.of(resource)).get(0).volumes().stream()
                .filter(volume -> volume.volumeNumber() == 0)
                .collect(Collectors.toMap(VolumeInfo::nodeName, VolumeInfo::diskState));
    }

    /** What a plugin reads of each volume: where it is, its device, its state. */
    private static List<String> volumes(Linstor lin, String resource) {
        return lin.volumeList(List.of(), List.of(resource)).get(0).volumes().stream()
                .map(volume -> volume.nodeName() + "/" + volume.volumeNumber() + " " + volume.storagePoolName() + " "
                        + volume.providerKind() + " " + volume.devicePath() + " " + volume.diskState())
                .sorted()
                .toList();
    }
}
