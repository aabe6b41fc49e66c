package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The controller's properties: the answer of {@link Linstor#controllerProps()}.
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #props()} its immutable view.
 */
public final class ControllerPropsResponse {
    private final MsgLstCtrlCfgProps protoMsg;
    private final Map<String, String> props;

    /** Wraps the protocol's controller-properties message. */
    public ControllerPropsResponse(MsgLstCtrlCfgProps protoMsg) {
        this.protoMsg = protoMsg;
        this.props = Map.copyOf(ProtoViews.props(protoMsg.getPropsList()));
    }

    /** The protocol message as the controller sent it. */
    public MsgLstCtrlCfgProps protoMsg() {
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
