package io.linstorj.controller.transport;

import io.linstorj.controller.snapshot.CloneRequest;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotRestoreRequest;
import io.linstorj.controller.snapshot.SnapshotView;
import io.linstorj.protocol.proto.MsgCloneRscDfn;
import io.linstorj.protocol.proto.MsgCrtSnapshot;
import io.linstorj.protocol.proto.MsgLstSnapshot;
import io.linstorj.protocol.proto.MsgRestoreSnapshot;
import io.linstorj.protocol.proto.Snapshot;
import io.linstorj.protocol.proto.SnapshotVolumeDefinition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Translates LinstorJ's snapshot and clone messages to the snapshot services' records and back. */
final class SnapshotMessages {
    private SnapshotMessages() {}

    static SnapshotCreateRequest createRequest(MsgCrtSnapshot proto) {
        return new SnapshotCreateRequest(
                proto.getResourceName(), proto.getSnapshotName(), proto.getNodeNamesList(), proto.getPropsMap());
    }

    static SnapshotRestoreRequest restoreRequest(MsgRestoreSnapshot proto, List<String> nodeNames) {
        return new SnapshotRestoreRequest(
                proto.getResourceName(), proto.getSnapshotName(), proto.getToResourceName(), nodeNames);
    }

    static CloneRequest cloneRequest(MsgCloneRscDfn proto) {
        return new CloneRequest(
                proto.getResourceName(),
                proto.getCloneName(),
                proto.getProps().getOverridePropsMap(),
                proto.getProps().getDeletePropsList(),
                proto.getProps().getDeleteNamespacesList());
    }

    /** The list as REST's view shows it: props are the resource definition's with the snapshot's over them. */
    static MsgLstSnapshot snapshotList(List<SnapshotView> views) {
        MsgLstSnapshot.Builder list = MsgLstSnapshot.newBuilder();
        for (SnapshotView view : views) {
            Map<String, String> props = new TreeMap<>(view.resourceDefinitionProps());
            props.putAll(view.definition().props());
            Snapshot.Builder snapshot = Snapshot.newBuilder()
                    .setName(view.definition().name())
                    .setResourceName(view.definition().resourceName())
                    .addAllFlags(view.flags())
                    .putAllProps(props);
            view.nodes().forEach(node -> snapshot.addNodes(node.snapshot().nodeName()));
            view.definition()
                    .volumeSizesKib()
                    .forEach((number, size) -> snapshot.addVolumeDefinitions(SnapshotVolumeDefinition.newBuilder()
                            .setVolumeNumber(number)
                            .setSizeKib(size)));
            list.addSnapshots(snapshot);
        }
        return list.build();
    }
}
