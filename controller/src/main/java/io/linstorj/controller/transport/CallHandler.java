package io.linstorj.controller.transport;

import io.linstorj.protocol.ProtocolMessage;
import java.util.concurrent.CompletableFuture;

/**
 * Handles one kind of API call: parses the request body, calls a service and translates its
 * result. Must not block: it returns a future.
 */
@FunctionalInterface
public interface CallHandler {
    /**
     * Handles {@code request} from {@code session}.
     *
     * @throws io.linstorj.protocol.MalformedMessageException if the body does not parse
     */
    CompletableFuture<CallAnswer> handle(ClientSession session, ProtocolMessage request);
}
