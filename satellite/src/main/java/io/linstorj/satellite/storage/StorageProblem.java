package io.linstorj.satellite.storage;

import java.util.Objects;

/**
 * A problem of a storage pool or of one of its volumes, worded for the operator.
 *
 * <p>The satellite reports a pool's problems as the pool's error state; the fields map onto an
 * ApiCallRc entry (message, cause, correction).
 * <pre>{@code
 * new StorageProblem(Reason.POOL_MISSING,
 *     "volume group 'vg0' of storage pool 'pool1' not found",
 *     "vgs does not know a volume group 'vg0' on this node",
 *     "create it (vgcreate vg0 <devices>) or set StorDriver/StorPoolName to an existing one");
 * }</pre>
 *
 * @param reason the kind of problem, for callers that choose a ret code
 * @param message what is wrong, naming the pool or volume
 * @param cause why it is wrong (often the tool's own error text)
 * @param correction what the operator can do about it
 */
public record StorageProblem(Reason reason, String message, String cause, String correction) {

    /** The kinds of storage problems. */
    public enum Reason {
        /** A program the provider needs is not installed. */
        TOOL_MISSING,
        /** The pool's directory, volume group, thin pool or zpool dataset does not exist. */
        POOL_MISSING,
        /** The pool exists but cannot be used (not writable, not a directory, not a thin pool). */
        POOL_UNUSABLE,
        /**
         * The pool's directory is marked as another storage pool's (another pool, node or
         * cluster), so this pool must not use it.
         */
        OWNED_ELSEWHERE,
        /** The pool's properties are missing or invalid. */
        CONFIGURATION,
        /** The requested size is smaller than the volume; volumes never shrink. */
        SHRINK_REFUSED,
        /** Storage with a LinstorJ volume's name exists but LinstorJ did not create it. */
        FOREIGN_VOLUME,
        /** A storage command failed. */
        COMMAND_FAILED,
        /** The storage cannot be changed while other storage depends on it (a ZFS snapshot with clones). */
        IN_USE,
        /** The request asks for something this satellite does not implement. */
        UNSUPPORTED
    }

    /** Creates a problem; every field is required. */
    public StorageProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(correction, "correction");
    }

    /** Returns the problem as one line: message, cause and correction. */
    public String describe() {
        return message + " (cause: " + cause + "; correction: " + correction + ")";
    }
}
