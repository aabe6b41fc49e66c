package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.internal.CallAnswer;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgDelNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LinstorConcurrencyTest {
    private static final int CALLS = 50;
    private static final int THREADS = 8;

    @Test
    void concurrentCallsOnOneConnectionGetTheirOwnAnswersInAnyOrder() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            controller.answerWith(FakeController.SILENT);
            List<CompletableFuture<List<ApiCallResponse>>> results = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String node = "node" + i;
                String address = "127.0.0." + (11 + i);
                results.add(CompletableFuture.supplyAsync(
                        () -> lin.nodeCreate(node, address, Consts.VAL_NODE_TYPE_STLT), callers));
            }

            // Blocking callers: each thread has one call in flight, so calls arrive in rounds of
            // THREADS, and the next round only once this one is answered.
            Set<Long> ids = new HashSet<>();
            Random random = new Random(42);
            for (int answered = 0; answered < CALLS; answered += THREADS) {
                List<ProtocolMessage> round = new ArrayList<>();
                for (int i = 0; i < Math.min(THREADS, CALLS - answered); i++) {
                    ProtocolMessage call = controller.takeCall();
                    assertThat(ids.add(call.apiCallId()))
                            .as("fresh call id %s", call.apiCallId())
                            .isTrue();
                    round.add(call);
                }
                answerOutOfOrder(controller, round, random);
            }

            for (int i = 0; i < CALLS; i++) {
                assertThat(results.get(i).join())
                        .extracting(ApiCallResponse::message)
                        .containsExactly("Node 'node" + i + "' registered.", "node" + i + " has 1 net interface.");
            }
            assertThat(lin.liveConnection().pendingCallCount()).isZero();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void manyCallsInFlightAtOnceAreMatchedById() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            controller.answerWith(FakeController.SILENT);
            List<CompletableFuture<CallAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                answers.add(lin.liveConnection()
                        .call(
                                ApiCalls.DEL_NODE,
                                MsgDelNode.newBuilder().setNodeName("node" + i).build()));
            }
            List<ProtocolMessage> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(controller.takeCall());
            }
            assertThat(lin.liveConnection().pendingCallCount()).isEqualTo(CALLS);

            Collections.shuffle(calls, new Random(7));
            for (ProtocolMessage call : calls) {
                String node = call.body(0, MsgDelNode.parser()).getNodeName();
                controller.send(FakeController.reply(
                        call.apiCallId(),
                        FakeController.response(RetCodes.MASK_NODE | RetCodes.MASK_DEL | RetCodes.DELETED, node)));
                controller.send(FakeController.complete(call.apiCallId()));
            }

            for (int i = 0; i < CALLS; i++) {
                assertThat(answers.get(i).join().replies())
                        .extracting(ApiCallResponse::message)
                        .containsExactly("node" + i);
            }
        }
    }

    /** Answers every call in two frames; first frames, then COMPLETEs, each set shuffled. */
    private static void answerOutOfOrder(FakeController controller, List<ProtocolMessage> calls, Random random) {
        assertThat(calls).extracting(ProtocolMessage::content).containsOnly(ApiCalls.CRT_NODE);
        List<ProtocolMessage> shuffled = new ArrayList<>(calls);
        Collections.shuffle(shuffled, random);
        for (ProtocolMessage call : shuffled) {
            String node = call.body(0, MsgCrtNode.parser()).getNode().getName();
            controller.send(FakeController.reply(
                    call.apiCallId(),
                    FakeController.response(
                            RetCodes.MASK_NODE | RetCodes.MASK_CRT | RetCodes.CREATED,
                            "Node '" + node + "' registered.")));
        }
        Collections.shuffle(shuffled, random);
        for (ProtocolMessage call : shuffled) {
            String node = call.body(0, MsgCrtNode.parser()).getNode().getName();
            controller.send(FakeController.reply(
                    call.apiCallId(), FakeController.response(RetCodes.MASK_INFO, node + " has 1 net interface.")));
        }
        Collections.shuffle(shuffled, random);
        for (ProtocolMessage call : shuffled) {
            controller.send(FakeController.complete(call.apiCallId()));
        }
    }
}
