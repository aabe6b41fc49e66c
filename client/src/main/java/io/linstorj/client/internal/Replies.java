package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a refused mutation into an exception, for the high-level API where failures raise. */
public final class Replies {
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private Replies() {}

    /**
     * Returns {@code replies} when none is an error; warnings are logged.
     *
     * @throws LinstorApiCallError carrying every entry when one is an error
     */
    public static List<ApiCallResponse> requireNoError(String call, List<ApiCallResponse> replies) {
        if (replies.stream().anyMatch(ApiCallResponse::isError)) {
            throw new LinstorApiCallError(call, replies);
        }
        for (ApiCallResponse reply : replies) {
            if (reply.isWarning()) {
                LOG.warn("{}: {}", call, reply);
            }
        }
        return replies;
    }
}
