package io.linstorj.dist.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key-value store whose listing is larger than any frame, through the real controller and client. */
class LargeKeyValueStoreTest {
    // Each value stays under the 64 KiB a store value may have; together they pass the largest frame.
    private static final int VALUES = 300;
    private static final int VALUE_BYTES = 60_000;
    private static final int KEYS_PER_CALL = 20;

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
    void storeLargerThanTheLargestFrameIsListedWhole() {
        for (int first = 0; first < VALUES; first += KEYS_PER_CALL) {
            Map<String, String> entries = new HashMap<>();
            for (int i = first; i < first + KEYS_PER_CALL; i++) {
                entries.put("key" + i, letter(i).repeat(VALUE_BYTES));
            }
            List<ApiCallResponse> replies = lin.keyValueStoreModify("big", entries, List.of());
            assertThat(replies).noneMatch(ApiCallResponse::isError);
        }

        Map<String, String> props = lin.keyValueStoreList("big").get(0).props("big");

        assertThat(props).hasSize(VALUES);
        for (int i = 0; i < VALUES; i++) {
            assertThat(props.get("key" + i)).hasSize(VALUE_BYTES).startsWith(letter(i));
        }
        assertThat(VALUES * VALUE_BYTES).isGreaterThan(ControllerConfig.DEFAULT_MAX_FRAME_LENGTH);
        // The connection survived the answer: the next call is answered too.
        assertThat(lin.keyValueStoreList("big")).hasSize(1);
    }

    private static String letter(int i) {
        return String.valueOf((char) ('a' + i % 26));
    }
}
