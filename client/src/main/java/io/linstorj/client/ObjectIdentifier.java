package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a watch: which objects' events it receives. Every field left out matches
 * anything; {@code ObjectIdentifier.builder().build()} watches every object.
 *
 * <pre>{@code
 * ObjectIdentifier rsc1 = ObjectIdentifier.builder().resourceName("rsc1").build();
 * ObjectIdentifier rsc1OnAlpha = rsc1.toBuilder().nodeName("alpha").volumeNumber(0).build();
 * }</pre>
 *
 * @param nodeName only events of objects on this node; null for any node
 * @param resourceName only events of this resource; null for any resource
 * @param volumeNumber only events of this volume number; null for any volume
 * @param snapshotName only events of this snapshot (of {@code resourceName}); null for any
 */
public record ObjectIdentifier(
        @Nullable String nodeName,
        @Nullable String resourceName,
        @Nullable Integer volumeNumber,
        @Nullable String snapshotName) {

    /**
     * Creates a filter.
     *
     * @throws IllegalArgumentException if a name is blank, the volume number negative, or a
     *     snapshot is named without its resource
     */
    public ObjectIdentifier {
        requireNotBlank(nodeName, "node name");
        requireNotBlank(resourceName, "resource name");
        requireNotBlank(snapshotName, "snapshot name");
        if (volumeNumber != null && volumeNumber < 0) {
            throw new IllegalArgumentException("volume number must not be negative: " + volumeNumber);
        }
        if (snapshotName != null && resourceName == null) {
            throw new IllegalArgumentException(
                    "snapshot '" + snapshotName + "' needs its resource name: " + "snapshots are named per resource");
        }
    }

    /** A filter that matches every object. */
    public static ObjectIdentifier all() {
        return new ObjectIdentifier(null, null, null, null);
    }

    /** A builder of a filter; every field is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this filter's fields, to derive another one. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.nodeName = nodeName;
        builder.resourceName = resourceName;
        builder.volumeNumber = volumeNumber;
        builder.snapshotName = snapshotName;
        return builder;
    }

    private static void requireNotBlank(@Nullable String name, String what) {
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank; leave it out to match any");
        }
    }

    /** Builds an {@link ObjectIdentifier}; each setter checks its argument at once. */
    public static final class Builder {
        private @Nullable String nodeName;
        private @Nullable String resourceName;
        private @Nullable Integer volumeNumber;
        private @Nullable String snapshotName;

        private Builder() {}

        /**
         * Matches only objects on node {@code name}.
         *
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder nodeName(String name) {
            requireNotBlank(name, "node name");
            this.nodeName = name;
            return this;
        }

        /**
         * Matches only resource {@code name} (its volumes and snapshots).
         *
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder resourceName(String name) {
            requireNotBlank(name, "resource name");
            this.resourceName = name;
            return this;
        }

        /**
         * Matches only volume {@code number}.
         *
         * @throws IllegalArgumentException if the number is negative
         */
        public Builder volumeNumber(int number) {
            if (number < 0) {
                throw new IllegalArgumentException("volume number must not be negative: " + number);
            }
            this.volumeNumber = number;
            return this;
        }

        /**
         * Matches only snapshot {@code name}; needs {@link #resourceName(String)} as well.
         *
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder snapshotName(String name) {
            requireNotBlank(name, "snapshot name");
            this.snapshotName = name;
            return this;
        }

        /**
         * The filter.
         *
         * @throws IllegalStateException if a snapshot is named without its resource
         */
        public ObjectIdentifier build() {
            if (snapshotName != null && resourceName == null) {
                throw new IllegalStateException(
                        "snapshot '" + snapshotName + "' needs its resource name: " + "call resourceName(...) too");
            }
            return new ObjectIdentifier(nodeName, resourceName, volumeNumber, snapshotName);
        }
    }
}
