package io.linstorj.client;

/**
 * One volume definition of a snapshot.
 *
 * @param volumeNumber the volume's number
 * @param sizeKib its size in KiB when the snapshot was taken
 */
public record SnapshotVolumeInfo(int volumeNumber, long sizeKib) {}
