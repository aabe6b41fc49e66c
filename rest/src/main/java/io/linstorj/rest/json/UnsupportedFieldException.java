package io.linstorj.rest.json;

import io.linstorj.controller.api.ApiCallRc;

/**
 * A field of the spec whose value asks for something LinstorJ does not do (yet): another layer
 * stack, a shared pool, a chosen DRBD secret, ... It is answered 501 with its entry, as the paths
 * LinstorJ does not serve are, so that a client tells "not there" from "wrong input" (400).
 */
public final class UnsupportedFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiCallRc reply;

    /** Creates the exception for one entry naming the field. */
    public UnsupportedFieldException(ApiCallRc reply) {
        super(reply.message(), null, false, false);
        this.reply = reply;
    }

    /** The entry to answer with. */
    public ApiCallRc reply() {
        return reply;
    }
}
