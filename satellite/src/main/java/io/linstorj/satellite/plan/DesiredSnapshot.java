package io.linstorj.satellite.plan;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot the node must hold, and where the controller's snapshot of all replicas stands.
 *
 * @param resourceName the resource
 * @param snapshotName the snapshot
 * @param volumes      the volumes it copies on this node
 * @param stage        the stage whose part this node does
 */
public record DesiredSnapshot(String resourceName, String snapshotName, List<Volume> volumes, Stage stage) {

    /** Creates a value; the list is copied. */
    public DesiredSnapshot {
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(snapshotName, "snapshotName");
        Objects.requireNonNull(stage, "stage");
        volumes = List.copyOf(volumes);
    }

    /** {@code resource/snapshot}, unique on a node. */
    public String key() {
        return resourceName + "/" + snapshotName;
    }

    /**
     * One volume of the snapshot.
     *
     * @param volumeNumber    the volume
     * @param storagePoolName the pool that holds the volume and its snapshot
     */
    public record Volume(int volumeNumber, String storagePoolName) {
        /** Creates a value. */
        public Volume {
            Objects.requireNonNull(storagePoolName, "storagePoolName");
        }
    }

    /** The controller moves every node of a snapshot through the stages together. */
    public enum Stage {
        /** Hold the copies, take nothing, resume I/O if it is still suspended. */
        KEEP,
        /** Suspend the resource's I/O and report it suspended; take nothing yet. */
        SUSPEND,
        /** With I/O still suspended since SUSPEND, take the missing copies. */
        TAKE
    }
}
