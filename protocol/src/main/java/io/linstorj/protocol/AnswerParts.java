package io.linstorj.protocol;

import com.google.protobuf.ByteString;
import io.linstorj.protocol.proto.MsgHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an answer too large for one frame into {@code Part} frames and joins them again.
 *
 * <pre>
 * before:  ANSWER(id, "LstKvs") [body 0, body 1, ...]            (payload P of n bytes, n &gt; max)
 * after:   ANSWER(id, "Part") [P[0, max)]  ANSWER(id, "Part") [P[max, 2 max)]  ...  then COMPLETE(id)
 * </pre>
 *
 * <p>Each part's single body is the next slice of the whole answer's serialized payload (its
 * {@code MsgHeader} included), so the split knows nothing about the messages inside and any
 * answer, however large, fits frames of a fixed size. An answer that fits one part is sent as it
 * is, so small answers look as they always did. The receiver feeds every {@code Part} of a call
 * to an {@link Assembler} and decodes the joined payload when the call's COMPLETE arrives.
 *
 * <p>Splitting is an opt-in per call: a sender splits only the answer to an API_CALL whose header
 * set {@code accepts_parts} ({@link ProtocolMessage#acceptsParts()}); LINSTOR's clients never set
 * it and know no parts.
 */
public final class AnswerParts {
    /** Largest part body the controller sends: far below any endpoint's maximum frame. */
    public static final int DEFAULT_PART_BYTES = 1024 * 1024;

    private AnswerParts() {}

    /**
     * Returns {@code answer} itself when its payload has at most {@code maxPartBytes} bytes, else
     * its {@code Part} frames in order.
     */
    public static List<ProtocolMessage> split(ProtocolMessage answer, int maxPartBytes) {
        if (maxPartBytes <= 0) {
            throw new IllegalArgumentException("maxPartBytes must be positive: " + maxPartBytes);
        }
        if (ProtocolMessageEncoder.encodedSize(answer) <= maxPartBytes) {
            return List.of(answer);
        }
        ByteString whole = ProtocolMessageEncoder.toByteString(answer);
        MsgHeader partHeader = ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, answer.apiCallId(), ApiCalls.PART);
        List<ProtocolMessage> parts = new ArrayList<>(whole.size() / maxPartBytes + 1);
        for (int offset = 0; offset < whole.size(); offset += maxPartBytes) {
            // substring shares the bytes of whole: the parts cost no second copy.
            ByteString slice = whole.substring(offset, Math.min(whole.size(), offset + maxPartBytes));
            parts.add(new ProtocolMessage(partHeader, List.of(slice)));
        }
        return parts;
    }

    /** True when {@code frame} is one part of a split answer. */
    public static boolean isPart(ProtocolMessage frame) {
        return frame.type() == MsgHeader.MsgType.ANSWER && ApiCalls.PART.equals(frame.content());
    }

    /** Joins the parts of one answer; not thread-safe. */
    public static final class Assembler {
        private final long maxBytes;
        private ByteString joined = ByteString.EMPTY;

        /** Creates an assembler refusing answers longer than {@code maxBytes}. */
        public Assembler(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        /**
         * Appends the body of {@code part}.
         *
         * @throws MalformedMessageException if it is not one body or the answer grows past the maximum
         */
        public void append(ProtocolMessage part) {
            if (part.bodies().size() != 1) {
                throw new MalformedMessageException("an answer part must carry exactly one body, not "
                        + part.bodies().size());
            }
            ByteString body = part.bodies().get(0);
            if ((long) joined.size() + body.size() > maxBytes) {
                throw new MalformedMessageException(
                        "answer to call " + part.apiCallId() + " exceeds the maximum of " + maxBytes + " bytes");
            }
            // A rope: concatenation links the slices without copying them.
            joined = joined.concat(body);
        }

        /** Bytes joined so far. */
        public int size() {
            return joined.size();
        }

        /**
         * Decodes the joined payload into the original answer.
         *
         * @throws MalformedMessageException if it does not decode
         */
        public ProtocolMessage finish() {
            return ProtocolMessageDecoder.decode(joined);
        }
    }
}
