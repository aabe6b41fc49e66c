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
 * @param splitsAnswers whether large answers go out as {@code Part} frames (LinstorJ's clients
 *     join them; LINSTOR's know no parts)
 */
public record Dialect(
        Map<String, CallHandler> calls, Function<List<ApiCallRc>, CallAnswer> replies, boolean splitsAnswers) {
    /** Creates a dialect; the table is copied. */
    public Dialect {
        calls = Map.copyOf(calls);
    }

    /** LinstorJ's own shapes (io.linstorj.protocol.proto) over {@code calls}. */
    public static Dialect linstorj(Map<String, CallHandler> calls) {
        return new Dialect(calls, ReplyMessages::reply, true);
    }

    /** LINSTOR's shapes (io.linstorj.protocol.linstor) over {@code calls}. */
    public static Dialect linstor(Map<String, CallHandler> calls) {
        return new Dialect(calls, LinstorMessages::reply, false);
    }
}
