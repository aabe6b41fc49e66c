package io.linstorj.rest.json;

import java.util.List;

/** The bodies of the resource actions: toggle disk and make available. */
public final class ResourceActionBodies {
    private ResourceActionBodies() {}

    /** ToggleDiskDiskful: the optional body of the (deprecated) toggle-disk paths. */
    public record ToggleDisk(List<String> layerList) {

        /** Refuses a layer list LinstorJ cannot build. */
        public ToggleDisk checked() {
            SpecFields.layerList("layer_list", layerList);
            return this;
        }
    }

    /** ResourceMakeAvailable. */
    public record MakeAvailable(
            List<String> layerList,
            Boolean diskful,
            List<Integer> drbdTcpPorts,
            List<String> snapNames,
            Boolean copyAllSnaps) {

        /** Refuses what LinstorJ cannot honour: other layers, fixed ports, snapshots. */
        public MakeAvailable checked() {
            SpecFields.layerList("layer_list", layerList);
            SpecFields.empty(
                    "drbd_tcp_ports",
                    drbdTcpPorts,
                    "LinstorJ allocates one DRBD port per resource "
                            + "definition; a replica cannot be given ports of its own.");
            SpecFields.empty("snap_names", snapNames, "LinstorJ has no snapshots.");
            SpecFields.notTrue("copy_all_snaps", copyAllSnaps, "LinstorJ has no snapshots.");
            return this;
        }

        /** Whether a diskful replica was asked for ({@code false} when absent, as the spec's default). */
        public boolean wantsDiskful() {
            return Boolean.TRUE.equals(diskful);
        }
    }
}
