package io.linstorj.controller.props;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every object that carries properties refuses bad DRBD options before storing anything. */
class DrbdOptionsOnObjectsTest {
    private static final String INJECTION =
            "8000; } handlers { split-brain \"/bin/sh -c id\"; } net { max-buffers 8000";

    private final ServiceFixture fixture = new ServiceFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void resourceDefinitionWithInjectedDrbdOptionIsRefusedAndNotStored() {
        var definitions = fixture.services().resources().definitions();

        var replies = await(definitions.create(new ResourceDefinitionCreateRequest(
                "rsc1", null, Map.of("DrbdOptions/Net/max-buffers", INJECTION), "", List.of())));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(await(definitions.list(List.of()))).isEmpty();
    }

    @Test
    void resourceDefinitionModifyAcceptsValidNetOptionAndRefusesUnknownOne() {
        var definitions = fixture.services().resources().definitions();
        fixture.createResourceDefinition("rsc1");

        assertThat(retCodes(await(
                        definitions.modify("rsc1", PropsChange.set(Map.of("DrbdOptions/Net/max-buffers", "8000"))))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | MODIFIED);
        assertThat(retCodes(await(
                        definitions.modify("rsc1", PropsChange.set(Map.of("DrbdOptions/Net/max-bufers", "8000"))))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(await(definitions.list(List.of("rsc1"))).get(0).definition().props())
                .containsExactly(Map.entry("DrbdOptions/Net/max-buffers", "8000"));
    }

    @Test
    void resourceGroupNodeAndControllerRefuseOutOfRangeDrbdOption() {
        var groups = fixture.services().groups().resourceGroups();
        var replies = await(groups.create(new ResourceGroupCreateRequest(
                "gold",
                "",
                Map.of("DrbdOptions/Net/ping-timeout", "301"),
                AutoSelectFilter.ofPlaceCount(2),
                List.of())));
        assertThat(retCodes(replies)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(await(groups.list(List.of())))
                .extracting(view -> view.group().name())
                .containsExactly(ResourceGroup.DEFAULT_NAME);

        fixture.createNode("alpha", "127.0.0.11");
        assertThat(retCodes(await(fixture.services()
                        .nodes()
                        .modify(
                                "alpha",
                                PropsChange.set(Map.of("DrbdOptions/Net/fencing", "shoot-the-other-node")),
                                ""))))
                .containsExactly(MASK_NODE | MASK_MOD | FAIL_INVLD_PROP);

        ControllerPropsService controller = fixture.services().controllerProps();
        assertThat(retCodes(await(controller.set("DrbdOptions/auto-quorum", "io-error; }"))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(retCodes(await(controller.set("DrbdOptions/auto-quorum", "io-error"))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | MODIFIED);
        assertThat(await(controller.list())).containsExactly(Map.entry("DrbdOptions/auto-quorum", "io-error"));
    }
}
