package io.linstorj.controller.props;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Properties the database could not hold are refused as invalid by the services, before any batch. */
class ValidationBeforeCommitTest {
    private final ServiceFixture fixture = new ServiceFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> createNode(Map<String, String> props) {
        return await(fixture.services()
                .nodes()
                .create(new NodeCreateRequest(
                        "alpha",
                        "Satellite",
                        props,
                        List.of(new NetInterfaceRequest("default", "127.0.0.1", null, "")))));
    }

    @Test
    void aNodeWithAPropertyKeyLongerThanItsColumnIsRefusedAsInvalidNotAsSqlFailure() {
        List<ApiCallRc> replies = createNode(Map.of("Aux/" + "k".repeat(1021), "v"));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(replies.get(0).cause()).contains("1024");
        assertThat(fixture.commits()).isEmpty();
        assertThat(await(fixture.services().nodes().list(List.of()))).isEmpty();
    }

    @Test
    void nodePropertiesWithNulNewlineOrEmptySegmentsAreRefused() {
        for (Map<String, String> props : List.of(
                Map.of("Aux/a\0b", "v"),
                Map.of("Aux/a\nb", "v"),
                Map.of("Aux//site", "v"),
                Map.of("Aux/site", "a\0b"))) {
            assertThat(retCodes(createNode(props)))
                    .as("props %s", props)
                    .containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_PROP);
        }
        assertThat(fixture.commits()).isEmpty();
    }

    @Test
    void controllerPropertiesTooLongForTheDatabaseAreRefused() {
        ControllerPropsService props = fixture.services().controllerProps();

        assertThat(retCodes(await(props.set("k".repeat(1025), "v"))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(retCodes(await(props.set("Aux/x", "v".repeat(1048577)))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(await(props.list())).isEmpty();
    }
}
