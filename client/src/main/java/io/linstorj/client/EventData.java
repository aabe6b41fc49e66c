package io.linstorj.client;

/**
 * The value an event of a watch carries: {@link VolumeDiskState} for
 * {@link Consts#EVENT_VOLUME_DISK_STATE}, {@link ResourceState} for
 * {@link Consts#EVENT_RESOURCE_STATE}, {@link SnapshotState} for
 * {@link Consts#EVENT_SNAPSHOT_DEPLOYMENT}.
 *
 * <p>Not sealed: later versions add event kinds. Test with {@code instanceof}.
 */
public interface EventData {}
