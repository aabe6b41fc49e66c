package io.linstorj.controller;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.group.ResourceGroupModifyRequest;
import io.linstorj.controller.group.ResourceGroupView;
import io.linstorj.controller.group.SpawnRequest;
import io.linstorj.controller.group.VolumeGroupRequest;
import io.linstorj.controller.kv.KeyValueStoreService;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.node.NodeView;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.controller.storage.StoragePoolView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerRestartTest {
    @TempDir
    Path dataDirectory;

    /** The controller's configuration; H2 in the test's directory here, another database in subclasses. */
    ControllerConfig config() {
        return ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0);
    }

    private Controller start() {
        return Controller.start(config());
    }

    private static void check(List<ApiCallRc> replies) {
        assertThat(replies).allMatch(rc -> !rc.isError(), "no error in " + replies);
    }

    private record Snapshot(
            List<NodeView> nodes,
            List<StoragePoolView> pools,
            List<ResourceDefinitionView> definitions,
            List<ResourceView> resources,
            Object keyValueStores,
            Map<String, String> controllerProps,
            List<ResourceGroupView> groups) {
        static Snapshot of(ControllerServices services) {
            return new Snapshot(
                    await(services.nodes().list(List.of())),
                    await(services.storagePools().list(List.of(), List.of())),
                    await(services.resources().definitions().list(List.of())),
                    await(services.resources().resources().list(List.of(), List.of())),
                    await(services.keyValueStores().list(List.of())),
                    await(services.controllerProps().list()),
                    await(services.groups().resourceGroups().list(List.of())));
        }
    }

    private static final AutoSelectFilter GOLD_FILTER = AutoSelectFilter.builder()
            .placeCount(3)
            .nodeNameList(List.of("alpha", "bravo"))
            .storagePool("ssd")
            .storagePoolDisklessList(List.of("DfltDisklessStorPool"))
            .notPlaceWithRsc(List.of("rsc2"))
            .notPlaceWithRscRegex("^test-.*")
            .replicasOnSame(List.of("Aux/site=a, b"))
            .replicasOnDifferent(List.of("rack"))
            .disklessOnRemaining(true)
            .layerStack(List.of("DRBD", "STORAGE"))
            .providerList(List.of("LVM", "ZFS"))
            .disklessType("DRBD_DISKLESS")
            .build();

    private static void populate(ControllerServices services) {
        check(await(services.nodes()
                .create(new NodeCreateRequest(
                        "alpha",
                        "Satellite",
                        Map.of("Aux/site", "a"),
                        List.of(new NetInterfaceRequest("default", "127.0.8.11", null, ""))))));
        check(await(
                services.netInterfaces().create("alpha", new NetInterfaceRequest("data", "127.0.8.21", 3367, "SSL"))));
        check(await(services.nodes()
                .create(new NodeCreateRequest(
                        "bravo", "Combined", Map.of(), List.of(new NetInterfaceRequest("", "127.0.8.12", null, ""))))));
        check(await(services.storagePools()
                .create(new StoragePoolCreateRequest(
                        "alpha",
                        "DfltStorPool",
                        "FILE_THIN",
                        Map.of("StorDriver/StorPoolName", "/var/lib/linstorj/pools/default")))));
        check(await(services.resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest(
                        "rsc1",
                        null,
                        Map.of("DrbdOptions/Net/allow-two-primaries", "yes"),
                        "",
                        List.of(new VolumeDefinitionRequest(null, 10240, null, Map.of("Aux/v", "0")))))));
        check(await(services.resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest("rsc2", 7777, Map.of(), "", List.of()))));
        check(await(services.resources()
                .resources()
                .create(new ResourceCreateRequest("rsc1", "alpha", Set.of(), "", Map.of()))));
        check(await(services.resources()
                .resources()
                .create(new ResourceCreateRequest("rsc1", "bravo", Set.of("DISKLESS"), "", Map.of()))));
        check(await(services.keyValueStores().modify("myKV", PropsChange.set(Map.of("/foo/bar/key", "val")))));
        check(await(services.controllerProps().set("TcpPortAutoRange", "7000-8999")));
        check(await(services.groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest(
                        "gold",
                        "fast \"disks\"",
                        Map.of("Aux/tier", "1"),
                        GOLD_FILTER,
                        List.of(
                                new VolumeGroupRequest(null, Map.of("Aux/kind", "data"), Set.of()),
                                new VolumeGroupRequest(7, Map.of(), Set.of()))))));
        check(await(services.groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest(
                        "silver",
                        "",
                        Map.of(),
                        AutoSelectFilter.builder().additionalPlaceCount(1).build(),
                        List.of()))));
        check(await(services.groups().spawn().spawn(new SpawnRequest("gold", "rsc4", List.of(1024L, 2048L), true))));
    }

    @Test
    void desiredStateSurvivesAStopAndStart() {
        Snapshot before;
        try (Controller controller = start()) {
            populate(controller.services());
            before = Snapshot.of(controller.services());
        }

        try (Controller controller = start()) {
            assertThat(Snapshot.of(controller.services())).isEqualTo(before);
            assertThat(controller.startupSummary().resourceDefinitions()).isEqualTo(3);
        }
    }

    @Test
    void keyValueEntryChangesSurviveAStopAndStart() {
        try (Controller controller = start()) {
            KeyValueStoreService stores = controller.services().keyValueStores();
            check(await(stores.modify("kv", PropsChange.set(Map.of("a/1", "x", "a/2", "y", "b", "z", "c", "old")))));
            check(await(
                    stores.modify("KV", new PropsChange(Map.of("c", "new", "d", "added"), Set.of("b"), Set.of("a")))));
            check(await(stores.modify("gone", PropsChange.set(Map.of("k", "v")))));
            check(await(stores.delete("gone")));
        }

        try (Controller controller = start()) {
            assertThat(await(controller.services().keyValueStores().list(List.of())))
                    .singleElement()
                    .satisfies(store -> {
                        assertThat(store.name()).isEqualTo("kv");
                        assertThat(store.props()).containsExactly(Map.entry("c", "new"), Map.entry("d", "added"));
                    });
        }
    }

    @Test
    void startOnATakenPortFailsClearlyAndReleasesTheDatabase(@TempDir Path otherDirectory) {
        try (Controller running =
                Controller.start(ControllerConfig.defaults(otherDirectory).withListen("127.0.0.1", 0))) {
            int takenPort = running.address().getPort();

            assertThatThrownBy(() -> Controller.start(config().withListen("127.0.0.1", takenPort)))
                    .isInstanceOf(ControllerStartException.class)
                    .hasMessageContaining("127.0.0.1:" + takenPort);
        }
        try (Controller controller = start()) {
            assertThat(controller.address().getPort()).isPositive();
        }
    }

    @Test
    void changesAndDeletesSurviveAStopAndStart() {
        try (Controller controller = start()) {
            populate(controller.services());
            ControllerServices services = controller.services();
            check(await(services.resources().resources().delete("rsc1", "bravo")));
            check(await(services.resources()
                    .volumeDefinitions()
                    .modify("rsc1", 0, 20480L, new PropsChange(Map.of("Aux/w", "1"), Set.of("Aux/v"), Set.of()))));
            check(await(services.resources().definitions().delete("rsc2")));
            check(await(services.nodes().modify("alpha", new PropsChange(Map.of(), Set.of("Aux/site"), Set.of()), "")));
            check(await(services.netInterfaces().delete("alpha", "data")));
            check(await(services.keyValueStores().delete("myKV")));
            check(await(services.controllerProps().delete("TcpPortAutoRange")));
        }

        try (Controller controller = start()) {
            ControllerServices services = controller.services();
            NodeView alpha = await(services.nodes().list(List.of("alpha"))).get(0);
            assertThat(alpha.node().props()).isEmpty();
            assertThat(alpha.node().netInterfaces()).containsOnlyKeys("DEFAULT");
            List<ResourceDefinitionView> definitions =
                    await(services.resources().definitions().list(List.of("rsc1", "rsc2")));
            assertThat(definitions).singleElement().satisfies(view -> {
                assertThat(view.volumeDefinitions().get(0).sizeKib()).isEqualTo(20480);
                assertThat(view.volumeDefinitions().get(0).props()).containsExactly(Map.entry("Aux/w", "1"));
            });
            assertThat(await(services.resources().resources().list(List.of(), List.of())))
                    .as("a deletion its satellite has not confirmed yet resumes after the restart")
                    .extracting(view ->
                            view.resource().nodeName() + " " + view.resource().flags())
                    .containsExactly("alpha []", "bravo [DELETE, DISKLESS, DRBD_DISKLESS]");
            assertThat(await(services.keyValueStores().list(List.of()))).isEmpty();
            assertThat(await(services.controllerProps().list())).isEmpty();
            assertThat(await(services.resources()
                            .definitions()
                            .create(new ResourceDefinitionCreateRequest("rsc3", 7777, Map.of(), "", List.of()))))
                    .allMatch(ApiCallRc::isSuccess);
        }
    }

    @Test
    void groupChangesAndDeletesSurviveAStopAndStart() {
        try (Controller controller = start()) {
            populate(controller.services());
            ControllerServices services = controller.services();
            check(await(services.groups()
                    .resourceGroups()
                    .modify(new ResourceGroupModifyRequest(
                            "gold",
                            new PropsChange(Map.of("Aux/zone", "z"), Set.of("Aux/tier"), Set.of()),
                            "",
                            AutoSelectFilter.ofPlaceCount(2)))));
            check(await(services.groups().volumeGroups().delete("gold", 7)));
            check(await(
                    services.groups().volumeGroups().modify("gold", 0, PropsChange.set(Map.of("Aux/kind", "log")))));
            check(await(services.groups().resourceGroups().delete("silver")));
        }

        try (Controller controller = start()) {
            List<ResourceGroupView> groups =
                    await(controller.services().groups().resourceGroups().list(List.of()));
            assertThat(groups).extracting(view -> view.group().name()).containsExactly("DfltRscGrp", "gold");
            ResourceGroupView gold = groups.get(1);
            assertThat(gold.group().selectFilter()).isEqualTo(AutoSelectFilter.ofPlaceCount(2));
            assertThat(gold.group().description()).isEmpty();
            assertThat(gold.group().props()).containsExactly(Map.entry("Aux/zone", "z"));
            assertThat(gold.volumeGroups())
                    .singleElement()
                    .satisfies(volumeGroup -> assertThat(volumeGroup.props()).containsEntry("Aux/kind", "log"));
            assertThat(await(controller.services().resources().definitions().list(List.of("rsc4")))
                            .get(0)
                            .definition()
                            .resourceGroupName())
                    .isEqualTo("gold");
        }
    }

    @Test
    void inactiveFlagsAndResourceConnectionsSurviveAStopAndStart() {
        try (Controller controller = start()) {
            populate(controller.services());
            var resources = controller.services().resources();
            check(await(resources.activation().deactivate("rsc1", "bravo")));
            check(await(resources
                    .connections()
                    .modify(
                            "rsc1",
                            "bravo",
                            "alpha",
                            PropsChange.set(Map.of("DrbdOptions/Net/max-buffers", "8000", "Aux/a", "1")))));
            check(await(resources
                    .connections()
                    .modify(
                            "rsc1",
                            "alpha",
                            "bravo",
                            new PropsChange(Map.of("Aux/b", "2"), Set.of("Aux/a"), Set.of()))));
        }

        try (Controller controller = start()) {
            var resources = controller.services().resources();
            assertThat(await(resources.resources().list(List.of("bravo"), List.of("rsc1")))
                            .get(0)
                            .resource()
                            .flags())
                    .contains("INACTIVE");
            assertThat(await(resources.connections().list("rsc1")))
                    .singleElement()
                    .satisfies(view -> {
                        assertThat(view.nodeA()).isEqualTo("alpha");
                        assertThat(view.props())
                                .containsOnly(
                                        Map.entry("DrbdOptions/Net/max-buffers", "8000"), Map.entry("Aux/b", "2"));
                    });
            check(await(resources.resources().delete("rsc1", "bravo")));
            await(resources.deletion().confirmGone("bravo", "rsc1"));
        }

        try (Controller controller = start()) {
            int stored = controller
                    .services()
                    .state()
                    .read(state -> state.resourceConnections().size());
            assertThat(stored).isZero();
        }
    }

    /** A host name of exactly 255 characters: four labels of 63, joined by dots, ending in {@code last}. */
    private static String longestNodeName(char last) {
        String label = "n".repeat(62);
        return label + "a." + label + "b." + label + "c." + label + last;
    }

    @Test
    void connectionBetweenNodesWithTheLongestNamesIsStored() {
        String first = longestNodeName('x');
        String second = longestNodeName('y');
        String resource = "r" + "1".repeat(47);
        try (Controller controller = start()) {
            ControllerServices services = controller.services();
            int address = 31;
            for (String node : List.of(first, second)) {
                check(await(services.nodes()
                        .create(new NodeCreateRequest(
                                node,
                                "Satellite",
                                Map.of(),
                                List.of(new NetInterfaceRequest("", "127.0.8." + address++, null, ""))))));
                check(await(services.storagePools()
                        .create(new StoragePoolCreateRequest(
                                node,
                                "DfltStorPool",
                                "FILE_THIN",
                                Map.of("StorDriver/StorPoolName", "/var/lib/linstorj/pools/default")))));
            }
            check(await(services.resources()
                    .definitions()
                    .create(new ResourceDefinitionCreateRequest(
                            resource,
                            null,
                            Map.of(),
                            "",
                            List.of(new VolumeDefinitionRequest(null, 10240, null, Map.of()))))));
            for (String node : List.of(first, second)) {
                check(await(services.resources()
                        .resources()
                        .create(new ResourceCreateRequest(resource, node, Set.of(), "", Map.of()))));
            }
            check(await(services.resources()
                    .connections()
                    .modify(resource, second, first, PropsChange.set(Map.of("Aux/k", "v")))));
        }

        try (Controller controller = start()) {
            assertThat(await(controller.services().resources().connections().get(resource, first, second))
                            .props())
                    .containsExactly(Map.entry("Aux/k", "v"));
        }
    }
}
