package io.linstorj.controller.api;

import java.util.List;

/**
 * A refused API call: carries the entries to answer with. Services throw it from validation
 * before they change anything; the writer undoes whatever the call changed anyway.
 */
public final class ApiRcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ApiCallRc> replies;

    /** Creates the exception for one reply entry. */
    public ApiRcException(ApiCallRc reply) {
        this(List.of(reply));
    }

    /** Creates the exception for several reply entries. */
    public ApiRcException(List<ApiCallRc> replies) {
        super(replies.isEmpty() ? "refused" : replies.get(0).message(), null, false, false);
        this.replies = List.copyOf(replies);
    }

    /** The entries to answer with. */
    public List<ApiCallRc> replies() {
        return replies;
    }
}
