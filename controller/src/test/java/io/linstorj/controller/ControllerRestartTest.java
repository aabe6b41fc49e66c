package io.linstorj.controller;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.node.NodeView;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.controller.storage.StoragePoolView;
import io.linstorj.controller.transport.ControllerServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerRestartTest {
    @TempDir
    Path dataDirectory;

    private Controller start() {
        return Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
    }

    private static void check(List<ApiCallRc> replies) {
        assertThat(replies).allMatch(rc -> !rc.isError(), "no error in " + replies);
    }

    private record Snapshot(List<NodeView> nodes, List<StoragePoolView> pools, List<ResourceDefinitionView> definitions,
        List<ResourceView> resources, Object keyValueStores, Map<String, String> controllerProps) {
        static Snapshot of(ControllerServices services) {
            return new Snapshot(await(services.nodes().list(List.of())),
                await(services.storagePools().list(List.of(), List.of())),
                await(services.resources().definitions().list(List.of())),
                await(services.resources().resources().list(List.of(), List.of())),
                await(services.keyValueStores().list(List.of())),
                await(services.controllerProps().list()));
        }
    }

    private static void populate(ControllerServices services) {
        check(await(services.nodes().create(new NodeCreateRequest("alpha", "Satellite", Map.of("Aux/site", "a"),
            List.of(new NetInterfaceRequest("default", "127.0.0.11", null, ""))))));
        check(await(services.netInterfaces().create("alpha", new NetInterfaceRequest("data", "127.0.0.21", 3367, "SSL"))));
        check(await(services.nodes().create(new NodeCreateRequest("bravo", "Combined", Map.of(),
            List.of(new NetInterfaceRequest("", "127.0.0.12", null, ""))))));
        check(await(services.storagePools().create(new StoragePoolCreateRequest("alpha", "DfltStorPool", "FILE_THIN",
            Map.of("StorDriver/StorPoolName", "/var/lib/linstorj/pools/default")))));
        check(await(services.resources().definitions().create(new ResourceDefinitionCreateRequest("rsc1", null,
            Map.of("DrbdOptions/Net/allow-two-primaries", "yes"), "",
            List.of(new VolumeDefinitionRequest(null, 10240, null, Map.of("Aux/v", "0")))))));
        check(await(services.resources().definitions().create(
            new ResourceDefinitionCreateRequest("rsc2", 7777, Map.of(), "", List.of()))));
        check(await(services.resources().resources().create(
            new ResourceCreateRequest("rsc1", "alpha", Set.of(), "", Map.of()))));
        check(await(services.resources().resources().create(
            new ResourceCreateRequest("rsc1", "bravo", Set.of("DISKLESS"), "", Map.of()))));
        check(await(services.keyValueStores().modify("myKV", PropsChange.set(Map.of("/foo/bar/key", "val")))));
        check(await(services.controllerProps().set("TcpPortAutoRange", "7000-8999")));
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
            assertThat(controller.startupSummary().resourceDefinitions()).isEqualTo(2);
        }
    }

    @Test
    void startOnATakenPortFailsClearlyAndReleasesTheDatabase(@TempDir Path otherDirectory) {
        try (Controller running = Controller.start(ControllerConfig.defaults(otherDirectory).withListen("127.0.0.1", 0))) {
            int takenPort = running.address().getPort();

            assertThatThrownBy(() -> Controller.start(ControllerConfig.defaults(dataDirectory)
                .withListen("127.0.0.1", takenPort)))
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
            check(await(services.resources().volumeDefinitions().modify("rsc1", 0, 20480L,
                new PropsChange(Map.of("Aux/w", "1"), Set.of("Aux/v"), Set.of()))));
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
            List<ResourceDefinitionView> definitions = await(services.resources().definitions().list(List.of()));
            assertThat(definitions).singleElement().satisfies(view -> {
                assertThat(view.volumeDefinitions().get(0).sizeKib()).isEqualTo(20480);
                assertThat(view.volumeDefinitions().get(0).props()).containsExactly(Map.entry("Aux/w", "1"));
            });
            assertThat(await(services.resources().resources().list(List.of(), List.of())))
                .extracting(view -> view.resource().nodeName()).containsExactly("alpha");
            assertThat(await(services.keyValueStores().list(List.of()))).isEmpty();
            assertThat(await(services.controllerProps().list())).isEmpty();
            assertThat(await(services.resources().definitions().create(
                new ResourceDefinitionCreateRequest("rsc3", 7777, Map.of(), "", List.of())))).allMatch(ApiCallRc::isSuccess);
        }
    }
}
