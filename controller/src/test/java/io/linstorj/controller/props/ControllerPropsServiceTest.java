package io.linstorj.controller.props;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControllerPropsServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final ControllerPropsService props = fixture.services().controllerProps();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void setListAndDeleteControllerProperty() {
        assertThat(retCodes(await(props.set("TcpPortAutoRange", "7000-8999"))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | MODIFIED);
        assertThat(await(props.list())).containsExactly(Map.entry("TcpPortAutoRange", "7000-8999"));

        assertThat(retCodes(await(props.delete("TcpPortAutoRange"))))
                .containsExactly(MASK_CTRL_CONF | MASK_DEL | DELETED);
        assertThat(await(props.list())).isEmpty();
    }

    @Test
    void deleteOfUnsetPropertyWarns() {
        assertThat(retCodes(await(props.delete("Aux/x")))).containsExactly(MASK_CTRL_CONF | MASK_DEL | WARN_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7000", "8000-7000", "0-100", "7000-70000", "a-b"})
    void invalidPortRangeIsRefused(String range) {
        assertThat(retCodes(await(props.set("TcpPortAutoRange", range))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(await(props.list())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "trailing/"})
    void invalidKeyIsRefused(String key) {
        assertThat(retCodes(await(props.set(key, "x")))).containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
    }
}
