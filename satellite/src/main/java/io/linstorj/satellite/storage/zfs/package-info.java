/**
 * The ZFS provider (zvols, thick and thin): the zfs commands it runs, and parsers for the
 * output of {@code zfs list} and the pool's space.
 */
package io.linstorj.satellite.storage.zfs;
