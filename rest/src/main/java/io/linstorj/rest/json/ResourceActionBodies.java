package io.linstorj.rest.json;

import java.util.List;

/** The bodies of the resource actions: toggle disk and make available. */
public final class ResourceActionBodies {
    /** Why {@code snap_names} and {@code copy_all_snaps} are refused, here and on resource create. */
    static final String NO_SNAPSHOT_COPIES =
            "LinstorJ takes snapshots on the replicas that exist; it does not copy snapshots onto a new replica.";

    private ResourceActionBodies() {}

    /** ToggleDiskDiskful: the optional body of the (deprecated) toggle-disk paths. */
    @SpecSchema("ToggleDiskDiskful")
    public record ToggleDisk(List<String> layerList) {

        /** Refuses a layer list LinstorJ cannot build. */
        public ToggleDisk checked() {
            SpecFields.layerList("layer_list", layerList);
            return this;
        }
    }

    /** ResourceMakeAvailable. */
    @SpecSchema("ResourceMakeAvailable")
    public record MakeAvailable(
            List<String> layerList,
            Boolean diskful,
            List<Integer> drbdTcpPorts,
            List<String> snapNames,
            Boolean copyAllSnaps) {

        /** Refuses (501) what LinstorJ cannot honour: other layers, fixed ports, snapshot copies. */
        public MakeAvailable checked() {
            SpecFields.layerList("layer_list", layerList);
            SpecFields.notSupported(
                    "drbd_tcp_ports",
                    SpecFields.given(drbdTcpPorts),
                    "LinstorJ allocates one DRBD port per resource definition; a replica cannot be given ports of its own.",
                    "Leave drbd_tcp_ports out or send it empty.");
            SpecFields.notSupported(
                    "snap_names",
                    SpecFields.given(snapNames),
                    NO_SNAPSHOT_COPIES,
                    "Leave snap_names out or send it empty; restore a snapshot with POST .../snapshot-restore-resource.");
            SpecFields.notSupported(
                    "copy_all_snaps",
                    Boolean.TRUE.equals(copyAllSnaps),
                    NO_SNAPSHOT_COPIES,
                    "Leave copy_all_snaps out or send false.");
            return this;
        }

        /** Whether a diskful replica was asked for ({@code false} when absent, as the spec's default). */
        public boolean wantsDiskful() {
            return Boolean.TRUE.equals(diskful);
        }
    }
}
