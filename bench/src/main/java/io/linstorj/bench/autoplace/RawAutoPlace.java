package io.linstorj.bench.autoplace;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.internal.ClientConnection;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.MsgAutoPlaceRsc;
import java.time.Duration;
import java.util.List;

/**
 * {@code AutoPlaceRsc} calls over a raw client connection: {@code Linstor.resourceAutoPlace} is not
 * on this branch yet. A controller that does not know the call answers {@code UNKNOWN_API_CALL},
 * which {@link #unsupported} recognises, so the benchmark can say "pending" instead of a figure.
 */
final class RawAutoPlace implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ClientConnection connection;

    private RawAutoPlace(ClientConnection connection) {
        this.connection = connection;
    }

    /** Connects to the controller at {@code uri}. */
    static RawAutoPlace open(String uri) {
        return new RawAutoPlace(ClientConnection.open(ControllerAddress.parse(uri), TIMEOUT,
            ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH));
    }

    /** Asks the controller to place {@code placeCount} diskful replicas of {@code resource}. */
    List<ApiCallResponse> place(String resource, int placeCount) {
        MsgAutoPlaceRsc request = MsgAutoPlaceRsc.newBuilder()
            .setResourceName(resource)
            .setSelectFilter(AutoSelectFilter.newBuilder().setPlaceCount(placeCount))
            .build();
        return connection.callBlocking(ApiCalls.AUTO_PLACE_RSC, TIMEOUT, request).replies();
    }

    /** True when the controller answered that it does not know the call. */
    static boolean unsupported(List<ApiCallResponse> replies) {
        return replies.stream().anyMatch(reply -> reply.retCode() == Consts.UNKNOWN_API_CALL);
    }

    @Override
    public void close() {
        connection.close();
    }
}
