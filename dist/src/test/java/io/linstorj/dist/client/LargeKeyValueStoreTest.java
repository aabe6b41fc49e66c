package io.linstorj.dist.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key-value store whose listing is larger than any frame, through the real controller and client. */
class LargeKeyValueStoreTest {
    private static final int VALUES = 20;
    private static final int VALUE_BYTES = 1_000_000;

    @TempDir
    Path dataDir;

    private Controller controller;
    private Linstor lin;

    @BeforeEach
    void start() {
        controller = Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0));
        lin = Linstor.connect("linstor://127.0.0.1:" + controller.address().getPort());
    }

    @AfterEach
    void stop() {
        lin.close();
        controller.close();
    }

    @Test
    void storeOfTwentyOneMegabyteValuesIsListedWhole() {
        for (int i = 0; i < VALUES; i++) {
            String value = String.valueOf((char) ('a' + i)).repeat(VALUE_BYTES);
            List<ApiCallResponse> replies = lin.keyValueStoreModify("big", Map.of("key" + i, value), List.of());
            assertThat(replies).noneMatch(ApiCallResponse::isError);
        }

        Map<String, String> props = lin.keyValueStoreList("big").get(0).props("big");

        assertThat(props).hasSize(VALUES);
        for (int i = 0; i < VALUES; i++) {
            assertThat(props.get("key" + i)).hasSize(VALUE_BYTES).startsWith(String.valueOf((char) ('a' + i)));
        }
        assertThat(VALUES * VALUE_BYTES).isGreaterThan(ControllerConfig.DEFAULT_MAX_FRAME_LENGTH);
        // The connection survived the answer: the next call is answered too.
        assertThat(lin.keyValueStoreList("big")).hasSize(1);
    }
}
