package io.linstorj.controller.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The typed mutations of the desired state: keys come from names, indexes follow, undo restores both. */
class DesiredStateTest {
    private static ResourceDefinition definition(String name, int port) {
        return new ResourceDefinition(name, port, "secret", "IP", Map.of(), Set.of(), "DfltRscGrp", UUID.randomUUID());
    }

    @Test
    void aNodeIsFoundAndRemovedByItsNameInAnyCase() {
        DesiredState state = new DesiredState();
        state.putNode(new Node("Alpha", NodeType.SATELLITE, Map.of(), Set.of(), new TreeMap<>(), UUID.randomUUID()));

        assertThat(state.node("ALPHA").name()).isEqualTo("Alpha");
        assertThat(state.removeNode("alpha").name()).isEqualTo("Alpha");
        assertThat(state.nodes().size()).isZero();
    }

    @Test
    void aResourceDefinitionsPortIsInUseUntilItIsRemovedOrMoved() {
        DesiredState state = new DesiredState();
        state.putResourceDefinition(definition("web", 7000));
        assertThat(state.usedPorts().get(7000)).isEqualTo("WEB");

        state.putResourceDefinition(definition("web", 7001));
        assertThat(state.usedPorts().containsKey(7000)).isFalse();

        state.removeResourceDefinition("WEB");
        assertThat(state.usedPorts().size()).isZero();
    }

    @Test
    void aResourceIsIndexedByItsNodeAndRemovedWithIt() {
        DesiredState state = new DesiredState();
        state.putResource(new Resource("web", "alpha", 0, Map.of(), Set.of(), UUID.randomUUID()));

        assertThat(state.resourceNamesOn("ALPHA")).containsExactly("web");
        state.removeResource("Web", "Alpha");
        assertThat(state.resourceNamesOn("alpha")).isEmpty();
        assertThat(state.resources().size()).isZero();
    }

    @Test
    void aRemovedKeyValueStoreTakesItsEntriesAndNoOtherStoresWithIt() {
        DesiredState state = new DesiredState();
        state.putKeyValueStore("Shelf");
        state.putKeyValueEntry("Shelf", "a", "1");
        state.putKeyValueStore("other");
        state.putKeyValueEntry("other", "a", "2");

        assertThat(state.removeKeyValueStore("SHELF")).isEqualTo("Shelf");
        assertThat(state.keyValueEntriesOf("Shelf")).isEmpty();
        assertThat(state.keyValueEntriesOf("other")).containsValue("2");
        assertThat(state.removeKeyValueStore("Shelf")).isNull();
    }

    @Test
    void rollingBackAMutationRestoresTablesAndIndexesAlike() {
        DesiredState state = new DesiredState();
        int mark = state.undoLog().mark();
        state.putResourceDefinition(definition("web", 7000));
        state.putResource(new Resource("web", "alpha", 0, Map.of(), Set.of(), UUID.randomUUID()));

        state.undoLog().rollbackTo(mark);

        assertThat(state.resourceDefinition("web")).isNull();
        assertThat(state.usedPorts().size()).isZero();
        assertThat(state.resourceNamesOn("alpha")).isEmpty();
    }
}
