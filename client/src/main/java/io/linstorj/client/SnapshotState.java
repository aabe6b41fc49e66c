package io.linstorj.client;

import java.util.List;

/**
 * The data of a {@link Consts#EVENT_SNAPSHOT_DEPLOYMENT} event: how the taking of a snapshot on
 * all its nodes at one point in time stands.
 *
 * @param state {@link #SUSPENDING}, {@link #TAKING}, {@link #SUCCESSFUL} or {@link #FAILED}
 * @param reports why it failed (message, cause, correction); empty otherwise
 */
public record SnapshotState(String state, List<ApiCallResponse> reports) implements EventData {
    /** Every node suspends I/O. */
    public static final String SUSPENDING = "Suspending";
    /** Every node suspended I/O and takes its copies. */
    public static final String TAKING = "Taking";
    /** Taken on every node and recorded. */
    public static final String SUCCESSFUL = "Successful";
    /** Given up: no node holds copies of it. */
    public static final String FAILED = "Failed";

    /** Creates the state; the reports are copied. */
    public SnapshotState {
        reports = List.copyOf(reports);
    }

    /** True once the snapshot was taken on every node or given up: no further state follows. */
    public boolean isFinal() {
        return SUCCESSFUL.equals(state) || FAILED.equals(state);
    }
}
