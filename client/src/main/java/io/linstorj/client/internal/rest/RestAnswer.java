package io.linstorj.client.internal.rest;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.internal.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to one call over REST: the ApiCallRc entries of a mutation or refusal, or the list
 * messages built from a list's JSON, in the protocol's form.
 *
 * @param call the call's name on the client protocol, e.g. {@code LstNode}
 * @param replies the entries
 * @param messages the list messages built from the JSON (empty for a mutation or a refusal)
 */
record RestAnswer(String call, List<ApiCallResponse> replies, List<MessageLite> messages) implements Answer {
    private static final Logger LOG = LoggerFactory.getLogger(RestAnswer.class);

    RestAnswer {
        replies = List.copyOf(replies);
        messages = List.copyOf(messages);
    }

    static RestAnswer ofReplies(String call, List<ApiCallResponse> replies) {
        return new RestAnswer(call, replies, List.of());
    }

    static RestAnswer ofList(String call, MessageLite message) {
        return new RestAnswer(call, List.of(), List.of(message));
    }

    @Override
    public <M, R> List<R> listOrThrow(Parser<M> parser, Function<M, R> wrap) {
        if (replies.stream().anyMatch(ApiCallResponse::isError)) {
            throw new LinstorApiCallError(call, replies);
        }
        replies.forEach(reply -> LOG.debug("{} answered beside its list: {}", call, reply));
        List<R> wrapped = new ArrayList<>();
        for (MessageLite message : messages) {
            wrapped.add(wrap.apply(as(parser, message)));
        }
        return List.copyOf(wrapped);
    }

    /**
     * The message in the caller's type. It was built for this very call, so it is of the type
     * {@code parser} reads (a generated message's parser is its type's one instance) and is
     * handed over as it is: re-reading a list of 20,000 definitions would cost a serialization
     * and a parse. Only a message of another type is re-read, to fail clearly if it does not fit.
     */
    @SuppressWarnings("unchecked")
    private <M> M as(Parser<M> parser, MessageLite message) {
        if (message.getParserForType() == parser) {
            return (M) message;
        }
        try {
            return parser.parseFrom(message.toByteString());
        } catch (InvalidProtocolBufferException e) {
            throw new LinstorNetworkError(
                    "the answer to " + call + " does not fit its list message: " + e.getMessage(), e);
        }
    }
}
