package io.linstorj.client.internal;

import com.google.protobuf.Parser;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.MalformedMessageException;
import io.linstorj.protocol.ProtocolMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complete answer to one call: the ANSWER frames that arrived before its COMPLETE.
 *
 * <p>Frames with {@code msg_content = "Reply"} carry LINSTOR's {@code ApiCallResponse} entries (the
 * wire schemas' objects.proto); frames named after the call carry its list message.
 *
 * @param call the call's name, e.g. {@code LstNode}
 * @param frames the ANSWER frames in the order received
 */
public record CallAnswer(String call, List<ProtocolMessage> frames) implements Answer {
    private static final Logger LOG = LoggerFactory.getLogger(CallAnswer.class);

    /** Creates an answer; the frame list is copied. */
    public CallAnswer {
        frames = List.copyOf(frames);
    }

    /**
     * The answer's {@code ApiCallResponse} entries, in the order received.
     *
     * @throws LinstorNetworkError if an entry does not parse
     */
    @Override
    public List<ApiCallResponse> replies() {
        return ProtoViews.apiCallResponses(
                bodies(ApiCalls.REPLY, io.linstorj.protocol.linstor.ApiCallResponse.parser()));
    }

    /**
     * The answer's list messages wrapped by {@code wrap}, or the refusal: when the controller
     * answered with an error entry, throws {@link LinstorApiCallError} with every entry. Other
     * entries beside a list are logged: warnings as warnings, the rest at debug level.
     *
     * @throws LinstorApiCallError if an entry of the answer is an error
     * @throws LinstorNetworkError if a message does not parse
     */
    @Override
    public <M, R> List<R> listOrThrow(Parser<M> parser, Function<M, R> wrap) {
        List<ApiCallResponse> replies = replies();
        if (replies.stream().anyMatch(ApiCallResponse::isError)) {
            throw new LinstorApiCallError(call, replies);
        }
        for (ApiCallResponse reply : replies) {
            if (reply.isWarning()) {
                LOG.warn("{} answered beside its list: {}", call, reply);
            } else {
                LOG.debug("{} answered beside its list: {}", call, reply);
            }
        }
        return bodies(call, parser).stream().map(wrap).toList();
    }

    private <M> List<M> bodies(String content, Parser<M> parser) {
        List<M> bodies = new ArrayList<>();
        for (ProtocolMessage frame : frames) {
            if (!frame.content().equals(content)) {
                continue;
            }
            try {
                bodies.addAll(frame.allBodies(parser));
            } catch (MalformedMessageException e) {
                throw new LinstorNetworkError(
                        "the controller's answer to " + call + " does not parse: " + e.getMessage(), e);
            }
        }
        return bodies;
    }
}
