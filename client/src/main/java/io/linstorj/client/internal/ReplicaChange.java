package io.linstorj.client.internal;

/**
 * What the high-level {@code Resource} does to a node's replica to reach what the caller asked,
 * given what the node has: each {@code for...} method is one of its operations, decided without I/O.
 */
public enum ReplicaChange {
    /** The node is as asked already. */
    NONE,
    /** Create a diskless replica. */
    CREATE_DISKLESS,
    /** Create a diskful replica (in the placement's storage pool). */
    CREATE_DISKFUL,
    /** Turn the diskful replica diskless (toggle disk). */
    MAKE_DISKLESS,
    /** Turn the diskless replica diskful (toggle disk, into the placement's storage pool). */
    MAKE_DISKFUL,
    /** Delete the replica. */
    DELETE;

    /** What a node holds of one resource. */
    public enum Replica {
        /** No replica. */
        NONE,
        /** A replica without local storage. */
        DISKLESS,
        /** A replica with local storage. */
        DISKFUL
    }

    /** {@code activate}: a diskless replica only where the node has none. */
    public static ReplicaChange forActivate(Replica current) {
        return current == Replica.NONE ? CREATE_DISKLESS : NONE;
    }

    /** {@code deactivate}: removes a diskless replica, never a diskful one. */
    public static ReplicaChange forDeactivate(Replica current) {
        return current == Replica.DISKLESS ? DELETE : NONE;
    }

    /** {@code diskful}: whatever the node had, it ends up diskful. */
    public static ReplicaChange forDiskful(Replica current) {
        return switch (current) {
            case NONE -> CREATE_DISKFUL;
            case DISKLESS -> MAKE_DISKFUL;
            case DISKFUL -> NONE;
        };
    }

    /** {@code diskless}: whatever the node had, it ends up diskless. */
    public static ReplicaChange forDiskless(Replica current) {
        return switch (current) {
            case NONE -> CREATE_DISKLESS;
            case DISKLESS -> NONE;
            case DISKFUL -> MAKE_DISKLESS;
        };
    }
}
