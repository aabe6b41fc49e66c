package io.linstorj.dist.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.NodeListResponse;
import io.linstorj.client.ResourceInfo;
import io.linstorj.launcher.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-level samples of API.md, as written but for the addresses, against a controller
 * started as its own process by {@code linstorj controller}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LowLevelSamplesTest {
    private Path dataDir;
    private ChildJvm controller;
    private String uri;

    /** The scheme of the URI the samples connect to: {@code linstor}, the client protocol. */
    String scheme() {
        return "linstor";
    }

    @BeforeAll
    void startController(@TempDir Path dir) {
        dataDir = dir;
        controller = ChildJvm.start("controller", "io.linstorj.dist.LinstorjMain",
            List.of("controller", "--data-dir", dataDir.toString(), "--listen", "127.0.0.1", "--port", "0",
                "--rest-port", "0"),
            dataDir.resolve("controller.log"));
        uri = controller.awaitListening(scheme(), Duration.ofSeconds(60)).address();
    }

    @AfterAll
    void stopController() {
        if (controller != null) {
            controller.close();
        }
    }

    @Test
    @Order(1)
    void listNodes() {
        try (Linstor lin = Linstor.connect(uri)) { // may throw
            List<NodeListResponse> nodeListReply = lin.nodeList(); // API calls always return a list
            if (nodeListReply.isEmpty()) throw new AssertionError("Empty return list");
            NodeListResponse nodeList = nodeListReply.get(0); // first entry: the node list message
            System.out.println(nodeList);
            System.out.println(nodeList.protoMsg()); // the protobuf message itself
            assertThat(nodeList.nodes()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void createANode() {
        Linstor lin = new Linstor(uri);
        lin.connect();
        List<ApiCallResponse> nodeCreateReplies = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);
        ApiCallResponse nodeCreate = nodeCreateReplies.get(0);
        if (nodeCreate.isSuccess()) {
            System.out.println("SUCCESS " + nodeCreate);
        } else {
            System.out.println("NO SUCCESS " + nodeCreate);
        }
        lin.disconnect();

        assertThat(nodeCreate.isSuccess()).isTrue();
        assertThat(nodeCreate.retCode()).isEqualTo(Consts.MASK_NODE | Consts.MASK_CRT | Consts.CREATED);
        assertThat(nodeCreate.objRefs()).containsEntry("Node", "alpha");
    }

    @Test
    @Order(3)
    void createAResourceOnTwoNodes() {
        try (Linstor setup = Linstor.connect(uri)) {
            check(setup.nodeCreate("bravo", "127.0.0.12", Consts.VAL_NODE_TYPE_STLT));
            for (String node : List.of("alpha", "bravo")) {
                check(setup.storagePoolCreate(node, "DfltStorPool", "FILE_THIN",
                    dataDir.resolve("pools").resolve(node).toString()));
            }
        }

        try (Linstor lin = Linstor.connect(uri)) {
            List<ApiCallResponse> r;
            r = lin.resourceDfnCreate("rsc");                 check(r);
            r = lin.volumeDfnCreate("rsc", 10240);            check(r); // size is in KiB
            r = lin.resourceCreate("rsc", "alpha");           check(r);
            r = lin.resourceCreate("rsc", "bravo");           check(r);
        }

        try (Linstor lin = Linstor.connect(uri)) {
            assertThat(lin.resourceList(List.of(), List.of("rsc")).get(0).resources())
                .extracting(ResourceInfo::nodeName).containsExactlyInAnyOrder("alpha", "bravo");
        }
    }

    @Test
    @Order(4)
    void refusedCallsAreAnsweredWithLinstorRetCodesAndLoseNothing() {
        try (Linstor lin = Linstor.connect(uri)) {
            ApiCallResponse taken = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT).get(0);
            assertThat(taken.isError()).isTrue();
            assertThat(taken.retCode()).isEqualTo(Consts.MASK_NODE | Consts.MASK_CRT | Consts.FAIL_EXISTS_NODE);

            ApiCallResponse badName = lin.resourceDfnCreate("1-not-a-name").get(0);
            assertThat(badName.retCode()).isEqualTo(Consts.MASK_RSC_DFN | Consts.MASK_CRT | Consts.FAIL_INVLD_RSC_NAME);
            assertThat(badName.message()).isNotEmpty();

            ApiCallResponse zero = lin.volumeDfnCreate("rsc", 0).get(0);
            assertThat(zero.retCode() & Consts.FAIL_INVLD_VLM_SIZE).isEqualTo(Consts.FAIL_INVLD_VLM_SIZE);

            ApiCallResponse inUse = lin.nodeDelete("alpha").get(0);
            assertThat(inUse.isError()).isTrue();
            assertThat(inUse.message() + inUse.cause()).contains("rsc");

            ApiCallResponse missing = lin.resourceDfnDelete("nothing").get(0);
            assertThat(missing.isWarning()).isTrue();

            assertThat(lin.nodeList().get(0).nodes()).hasSize(2);
        }
    }

    static void check(List<ApiCallResponse> replies) {
        replies.forEach(System.out::println);
        if (!Linstor.allApiResponsesSuccess(replies)) throw new AssertionError();
    }
}
