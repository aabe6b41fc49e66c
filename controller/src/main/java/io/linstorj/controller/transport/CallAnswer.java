package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import java.util.List;

/**
 * The answer to one API call: the ANSWER frame's content name ("Reply" or the list call's name)
 * and its body messages.
 *
 * @param content the msg_content of the ANSWER frame
 * @param bodies the body messages
 */
public record CallAnswer(String content, List<? extends MessageLite> bodies) {
    /** Creates an answer; the bodies are copied. */
    public CallAnswer {
        bodies = List.copyOf(bodies);
    }
}
