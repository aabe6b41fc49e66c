package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The low-level samples of API.md, as written there except for addresses (loopback, and the fake
 * controller's port), and the example of {@link Linstor}'s Javadoc, run against a controller that
 * answers success.
 */
class ApiSamplesTest {
    private FakeController controller;
    private String localhost;

    @BeforeEach
    void startController() {
        controller = FakeController.start();
        controller.answerWith(ApiSamplesTest::answerLikeAHealthyController);
        localhost = controller.uri();
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    @Test
    void listNodes() {
        Object message;
        // List nodes
        try (Linstor lin = Linstor.connect(localhost)) { // may throw
            List<NodeListResponse> nodeListReply = lin.nodeList(); // API calls always return a list
            if (nodeListReply.isEmpty()) throw new AssertionError("Empty return list");
            NodeListResponse nodeList = nodeListReply.get(0); // first entry: the node list message
            System.out.println(nodeList);
            System.out.println(nodeList.protoMsg()); // the protobuf message itself
            message = nodeList.protoMsg();
        }

        assertThat(message)
                .isInstanceOfSatisfying(
                        MsgLstNode.class,
                        list -> assertThat(list.getNodes(0).getName()).isEqualTo("alpha"));
    }

    @Test
    void createANode() {
        // Create a node
        Linstor lin = new Linstor(localhost);
        lin.connect();
        List<ApiCallResponse> nodeCreateReplies = lin.nodeCreate("alpha", "127.0.0.20", Consts.VAL_NODE_TYPE_STLT);
        ApiCallResponse nodeCreate = nodeCreateReplies.get(0);
        if (nodeCreate.isSuccess()) {
            System.out.println("SUCCESS " + nodeCreate);
        } else {
            System.out.println("NO SUCCESS " + nodeCreate);
        }
        lin.disconnect();

        assertThat(nodeCreate).hasToString("SUCCESS: Node 'alpha' registered.");
        assertThat(lin.isConnected()).isFalse();
    }

    @Test
    void createAResourceOnTwoNodes() throws InterruptedException {
        // Create a resource on 2 nodes (alpha, bravo: registered, with default storage pools)
        try (Linstor lin = Linstor.connect(localhost)) {
            List<ApiCallResponse> r;
            // the pools, if not there yet: node, pool name, provider kind, provider's pool
            // (volume group for LVM, zpool for ZFS, directory for FILE/FILE_THIN)
            // lin.storagePoolCreate("alpha", "DfltStorPool", "FILE_THIN", "/var/lib/linstorj/pools/default");
            r = lin.resourceDfnCreate("rsc");
            check(r);
            r = lin.volumeDfnCreate("rsc", 10240);
            check(r); // size is in KiB
            r = lin.resourceCreate("rsc", "alpha");
            check(r);
            r = lin.resourceCreate("rsc", "bravo");
            check(r);
        }

        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(controller.takeCall().content());
        }
        assertThat(calls).containsExactly("CrtRscDfn", "CrtVlmDfn", "CrtRsc", "CrtRsc");
    }

    @Test
    void linstorJavadocExample() {
        try (Linstor lin = Linstor.connect(localhost)) {
            List<ApiCallResponse> replies = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);
            replies.forEach(System.out::println); // SUCCESS: Node 'alpha' registered.
            if (!Linstor.allApiResponsesSuccess(replies)) {
                throw new IllegalStateException("node not created");
            }
            for (NodeInfo node : lin.nodeList().get(0).nodes()) {
                System.out.println(node.name() + " " + node.address() + " " + node.connectionStatus());
            }
        }
    }

    static void check(List<ApiCallResponse> replies) {
        replies.forEach(System.out::println);
        if (!Linstor.allApiResponsesSuccess(replies)) throw new AssertionError();
    }

    private static List<ProtocolMessage> answerLikeAHealthyController(ProtocolMessage call) {
        long id = call.apiCallId();
        return switch (call.content()) {
            case "LstNode" ->
                List.of(FakeController.listAnswer(
                        id,
                        "LstNode",
                        MsgLstNode.newBuilder()
                                .addNodes(Node.newBuilder()
                                        .setUuid("5b7d2b6e-3a51-4c0e-9a4e-0d3c2f1e8a11")
                                        .setName("alpha")
                                        .setType("Satellite")
                                        .setConnectionStatus(Node.ConnectionStatus.ONLINE)
                                        .addNetInterfaces(NetInterface.newBuilder()
                                                .setName("default")
                                                .setAddress("127.0.0.11")))
                                .build()));
            case "CrtNode" ->
                List.of(FakeController.reply(
                        id,
                        FakeController.response(
                                RetCodes.MASK_NODE | RetCodes.MASK_CRT | RetCodes.CREATED,
                                "Node 'alpha' registered.")));
            default ->
                List.of(FakeController.reply(
                        id, FakeController.response(RetCodes.MASK_CRT | RetCodes.CREATED, call.content() + " done.")));
        };
    }
}
