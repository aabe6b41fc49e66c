package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the volume groups of one resource group (answer of
 * {@link Linstor#volumeGroupList(String)}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #volumeGroups()} its typed, immutable view.
 */
public final class VolumeGroupListResponse {
    private final MsgLstVlmGrp protoMsg;
    private final List<VolumeGroupInfo> volumeGroups;

    /** Wraps a list message of the protocol. */
    public VolumeGroupListResponse(MsgLstVlmGrp protoMsg) {
        this.protoMsg = protoMsg;
        this.volumeGroups = ProtoViews.map(protoMsg.getVlmGrpsList(), ProtoViews::volumeGroup);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstVlmGrp protoMsg() {
        return protoMsg;
    }

    /** The volume groups, by volume number as the controller sent them. */
    public List<VolumeGroupInfo> volumeGroups() {
        return volumeGroups;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeGroupListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "VolumeGroupListResponse{volumeGroups=" + volumeGroups + "}";
    }
}
