package io.linstorj.controller.event;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.snapshot.SnapshotProgressListener;
import java.util.List;

/**
 * Feeds the event hub from the snapshot coordinator: each snapshot definition being taken is a
 * {@code SnapshotDeployment} stream whose value is its stage; its deletion closes the stream as
 * removed. Streams exist from the moment a snapshot is asked for; a controller that restarts
 * opens one for every stored snapshot, SUCCESSFUL or FAILED (see
 * {@link io.linstorj.controller.snapshot.SnapshotCoordinator#failUnfinished}).
 */
public final class SnapshotEvents implements SnapshotProgressListener {
    private final EventHub hub;

    /** Creates the feeder for {@code hub}. */
    public SnapshotEvents(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void progressed(String resourceName, String snapshotName, Stage stage, List<ApiCallRc> reports) {
        String state = switch (stage) {
            case SUSPENDING -> EventValue.SnapshotDeployment.SUSPENDING;
            case TAKING -> EventValue.SnapshotDeployment.TAKING;
            case SUCCESSFUL -> EventValue.SnapshotDeployment.SUCCESSFUL;
            case FAILED -> EventValue.SnapshotDeployment.FAILED;
        };
        hub.update(
                StreamKey.snapshotDeployment(resourceName, snapshotName),
                new EventValue.SnapshotDeployment(state, reports));
    }

    @Override
    public void removed(String resourceName, String snapshotName) {
        hub.removed(StreamKey.snapshotDeployment(resourceName, snapshotName));
    }
}
