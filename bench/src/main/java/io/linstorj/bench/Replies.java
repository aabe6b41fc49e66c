package io.linstorj.bench;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import java.util.List;

/**
 * Checks of the controller's replies to a benchmark's set-up steps: a refused step stops the
 * scenario with the controller's words instead of measuring something else.
 */
public final class Replies {
    private Replies() {}

    /**
     * Returns {@code replies} when none is an error.
     *
     * @throws IllegalStateException naming {@code step} and the replies otherwise
     */
    public static List<ApiCallResponse> requireNoError(String step, List<ApiCallResponse> replies) {
        if (!Linstor.allApiResponsesNoError(replies)) {
            throw new IllegalStateException(step + " was refused: " + replies);
        }
        return replies;
    }
}
