package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.errorreport.ErrorReportQuery;
import io.linstorj.controller.errorreport.InMemoryErrorReports;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.ApiCallResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client call whose handler throws something nothing expected: an error report, named in the reply. */
class CallFailureReportTest {
    @Test
    void aCallThatFailsUnexpectedlyIsReportedAndItsReplyNamesTheReport() throws Exception {
        InMemoryErrorReports reports = new InMemoryErrorReports("vm", "test", Clock.systemUTC(), 10);
        CallHandler broken = (session, message) -> {
            throw new IllegalStateException("handler bug");
        };
        ControllerServer server = ControllerServer.start(
                "127.0.0.1",
                0,
                ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
                new ClientCalls(Map.of("Boom", broken)),
                new ClientSessions(),
                "test controller",
                ClientLimits.DEFAULTS,
                reports);
        try (RawProtocolClient client = RawProtocolClient.connect(server.localAddress())) {
            List<ApiCallResponse> replies = client.callForReplies("Boom");

            assertThat(replies).singleElement().satisfies(reply -> {
                assertThat(reply.getRetCode()).isEqualTo(RetCodes.FAIL_IMPL_ERROR);
                assertThat(reply.getErrorReportIdsList())
                        .singleElement()
                        .isEqualTo(reports.list(ErrorReportQuery.all()).get(0).id());
            });
            assertThat(reports.list(ErrorReportQuery.all())).singleElement().satisfies(report -> {
                assertThat(report.exceptionMessage()).isEqualTo("handler bug");
                assertThat(report.context()).contains("Boom");
            });
        } finally {
            server.close();
        }
    }
}
