package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DRBD shared secrets go to satellites only, never into a client's list. */
class ResourceDefinitionListSecretTest {
    @TempDir
    Path dataDirectory;

    @Test
    void resourceDefinitionListCarriesNoSharedSecret() throws Exception {
        try (Controller controller = Controller.start(
                        ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            client.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition("rsc1"));
            String secret = controller.clusterView().resourceDefinitions().stream()
                    .map(ResourceDefinition::secret)
                    .findFirst()
                    .orElseThrow();

            ProtocolMessage answer = client.call(ApiCalls.LST_RSC_DFN).get(0);

            MsgLstRscDfn list = answer.body(0, MsgLstRscDfn.parser());
            assertThat(secret).isNotEmpty();
            assertThat(list.getRscDfnsList()).singleElement().satisfies(definition -> {
                assertThat(definition.getRscName()).isEqualTo("rsc1");
                assertThat(definition.getLayerData(0).getDrbd().getPort()).isPositive();
                assertThat(definition.getLayerData(0).getDrbd().getSecret()).isEmpty();
            });
            for (ByteString body : answer.bodies()) {
                assertThat(body.toString(StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            }
        }
    }
}
