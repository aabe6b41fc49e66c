package io.linstorj.client.internal;

import com.google.protobuf.Parser;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorNetworkError;
import java.util.List;
import java.util.function.Function;

/**
 * The complete answer to one call, whichever transport carried it: the controller's entries and,
 * for a list call, its list messages in the protocol's form.
 */
public interface Answer {
    /**
     * The answer's entries, in the order received.
     *
     * @throws LinstorNetworkError if an entry does not parse
     */
    List<ApiCallResponse> replies();

    /**
     * The answer's list messages wrapped by {@code wrap}, or the refusal.
     *
     * @throws LinstorApiCallError if an entry of the answer is an error
     * @throws LinstorNetworkError if a message does not parse
     */
    <M, R> List<R> listOrThrow(Parser<M> parser, Function<M, R> wrap);
}
