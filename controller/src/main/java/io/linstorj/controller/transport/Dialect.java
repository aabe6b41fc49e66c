package io.linstorj.controller.transport;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One set of message shapes the client port speaks: its call table and how it writes reply
 * entries (for answers the connection handler writes itself, such as an unknown call).
 *
 * @param calls every call name with its handler
 * @param replies writes reply entries as this dialect's "Reply" answer
 */
public record Dialect(Map<String, CallHandler> calls, Function<List<ApiCallRc>, CallAnswer> replies) {
    /** Creates a dialect; the table is copied. */
    public Dialect {
        calls = Map.copyOf(calls);
    }

    /** LinstorJ's own shapes (io.linstorj.protocol.proto) over {@code calls}. */
    public static Dialect linstorj(Map<String, CallHandler> calls) {
        return new Dialect(calls, ReplyMessages::reply);
    }

    /** LINSTOR's shapes (io.linstorj.protocol.linstor) over {@code calls}. */
    public static Dialect linstor(Map<String, CallHandler> calls) {
        return new Dialect(calls, LinstorMessages::reply);
    }
}
