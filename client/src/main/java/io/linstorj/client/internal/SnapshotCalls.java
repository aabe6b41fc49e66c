package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import java.time.Duration;
import java.util.List;

/**
 * The snapshot calls of a transport. They stand apart from {@link Transport#call} because the two
 * transports carry them in different shapes: REST on LINSTOR's snapshot paths, the client protocol
 * in LINSTOR's snapshot messages (with LinstorJ's additions), both answering alike. Mutations answer the controller's
 * entries (a refusal is data); the list throws {@link io.linstorj.client.LinstorApiCallError}
 * when refused.
 */
public interface SnapshotCalls {
    /** Takes snapshot {@code snapshot} of {@code resource} on {@code nodes} (empty: every node holding it). */
    List<ApiCallResponse> create(String resource, String snapshot, List<String> nodes, Duration timeout);

    /**
     * The snapshots on {@code nodes} of {@code resources} (empty: all), as the wire schemas'
     * message (over REST built from the JSON).
     */
    MsgLstSnapshotDfn list(List<String> nodes, List<String> resources, Duration timeout);

    /** Deletes a snapshot, or only its parts on {@code nodes} (empty: all of it). */
    List<ApiCallResponse> delete(String resource, String snapshot, List<String> nodes, Duration timeout);

    /** Gives {@code toResource} (a definition without volume definitions) the snapshot's volume definitions. */
    List<ApiCallResponse> restoreVolumeDefinitions(
            String resource, String snapshot, String toResource, Duration timeout);

    /** Creates replicas of {@code toResource} from the snapshot on {@code nodes} (empty: the snapshot's nodes). */
    List<ApiCallResponse> restore(
            String resource, String snapshot, String toResource, List<String> nodes, Duration timeout);

    /** Puts every replica of {@code resource} back to the snapshot. */
    List<ApiCallResponse> rollback(String resource, String snapshot, Duration timeout);

    /** Starts cloning {@code resource} into a new definition {@code cloneName} with its resources. */
    List<ApiCallResponse> clone(String resource, String cloneName, Duration timeout);

    /**
     * How clone {@code cloneName} of {@code resource} stands: {@code CLONING}, {@code COMPLETE} or
     * {@code FAILED}; throws {@link io.linstorj.client.LinstorApiCallError} when it is no clone of it.
     */
    String cloneStatus(String resource, String cloneName, Duration timeout);
}
