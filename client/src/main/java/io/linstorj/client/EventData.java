package io.linstorj.client;

/**
 * The value an event of a watch carries: {@link VolumeDiskState} for
 * {@link Consts#EVENT_VOLUME_DISK_STATE}, {@link ResourceState} for
 * {@link Consts#EVENT_RESOURCE_STATE}.
 *
 * <p>Not sealed: later versions add event kinds. Test with {@code instanceof}.
 */
public interface EventData {}
