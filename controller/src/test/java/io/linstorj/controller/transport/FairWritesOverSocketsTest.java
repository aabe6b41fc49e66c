package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgModKvs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer shares its batches between client connections, over real sockets and a real controller. */
class FairWritesOverSocketsTest {
    /** Below the per-session bound, and many batches' worth. */
    private static final int PIPELINED = 9_000;

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private final List<RawProtocolClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        clients.forEach(RawProtocolClient::close);
        controller.close();
    }

    private RawProtocolClient connect() throws InterruptedException {
        RawProtocolClient client = RawProtocolClient.connect(controller.address());
        clients.add(client);
        return client;
    }

    private static MsgModKvs setKey(String store, String key) {
        return MsgModKvs.newBuilder()
                .setKvsName(store)
                .addOverrideProps(LinStorMapEntry.newBuilder().setKey(key).setValue("value"))
                .build();
    }

    @Test
    void singleWriteOfOneClientIsAnsweredWhileAnotherStillHasThousandsPipelined() throws InterruptedException {
        RawProtocolClient busy = connect();
        RawProtocolClient quiet = connect();
        List<Long> busyIds = new ArrayList<>(PIPELINED);
        for (int i = 0; i < PIPELINED; i++) {
            long id = busy.newId();
            busyIds.add(id);
            busy.write(id, ApiCalls.MOD_KVS, setKey("load", "key" + i));
        }
        // The controller reads a connection's calls in order and answers an unknown one at once:
        // when this answer arrives, every pipelined modify has been queued.
        long marker = busy.newId();
        busy.write(marker, "NoSuchCall");
        busy.flush();
        busy.awaitAnswers(marker);
        int busyAnsweredBefore = busy.completedSoFar() - 1;

        List<ApiCallResponse> quietReplies = quiet.callForReplies(ApiCalls.MOD_KVS, setKey("other", "key"));
        int busyAnsweredMeanwhile = busy.completedSoFar() - 1 - busyAnsweredBefore;

        assertThat(quietReplies)
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(MASK_KVS | MASK_MOD | MODIFIED));
        // A FIFO writer answers the quiet client only after every pipelined call queued before
        // it; the fair one takes it into the next batch, so at most the batch being written, its
        // own and answers still in transit go by.
        assertThat(busyAnsweredMeanwhile).isLessThan(3 * WriteQueue.MAX_BATCH);
        assertThat(busyAnsweredBefore + busyAnsweredMeanwhile).isLessThan(PIPELINED);
        for (long id : busyIds) {
            assertThat(busy.awaitAnswers(id)).isNotEmpty();
        }
    }
}
