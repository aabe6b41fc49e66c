package io.linstorj.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The controller refused a call: it answered with {@link ApiCallResponse} entries of which at
 * least one is an error. Raised for refused list and query calls of {@link Linstor}, and for
 * every refused call of the high-level API ({@link Resource}, {@link KV}, {@link ResourceGroup}),
 * where a refusal is an exception rather than data.
 *
 * <p>The message is that of the first error; {@link #getErrors()} holds one {@link LinstorError}
 * per further error entry, and {@link #getApiCallResponses()} every entry of the answer.
 */
public class LinstorApiCallError extends LinstorError {
    private static final long serialVersionUID = 1L;

    private final transient List<ApiCallResponse> apiCallResponses;

    /**
     * Creates the error of a refused call.
     *
     * @param call the refused call's name, e.g. {@code LstNode}
     * @param apiCallResponses the controller's answer; must hold at least one error entry
     * @throws IllegalArgumentException if {@code apiCallResponses} holds no error
     */
    public LinstorApiCallError(String call, List<ApiCallResponse> apiCallResponses) {
        super(
                call + " refused by the controller: " + firstError(apiCallResponses),
                null,
                furtherErrors(apiCallResponses));
        this.apiCallResponses = List.copyOf(apiCallResponses);
    }

    /** Every entry of the controller's answer, errors and others, in the order received. */
    public List<ApiCallResponse> getApiCallResponses() {
        return apiCallResponses;
    }

    /** The first error entry of the answer: the main reason of the refusal. */
    public ApiCallResponse getMainError() {
        return firstError(apiCallResponses);
    }

    private static ApiCallResponse firstError(List<ApiCallResponse> responses) {
        return responses.stream()
                .filter(ApiCallResponse::isError)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a refused call needs an error entry: " + responses));
    }

    private static List<LinstorError> furtherErrors(List<ApiCallResponse> responses) {
        List<LinstorError> further = new ArrayList<>();
        boolean first = true;
        for (ApiCallResponse response : responses) {
            if (response.isError()) {
                if (!first) {
                    further.add(new LinstorError(response.toString()));
                }
                first = false;
            }
        }
        return further;
    }
}
