package io.linstorj.client;

import io.linstorj.protocol.proto.MsgLstCtrlProps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The controller's properties: the answer of {@link Linstor#controllerProps()}.
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #props()} its immutable view.
 */
public final class ControllerPropsResponse {
    private final MsgLstCtrlProps protoMsg;
    private final Map<String, String> props;

    /** Wraps the protocol's controller-properties message. */
    public ControllerPropsResponse(MsgLstCtrlProps protoMsg) {
        this.protoMsg = protoMsg;
        this.props = Map.copyOf(protoMsg.getPropsMap());
    }

    /** The protocol message as the controller sent it. */
    public MsgLstCtrlProps protoMsg() {
        return protoMsg;
    }

    /** The controller's properties, key to value. */
    public Map<String, String> props() {
        return props;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ControllerPropsResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The properties, readable. */
    @Override
    public String toString() {
        return "ControllerPropsResponse{props=" + props + "}";
    }
}
