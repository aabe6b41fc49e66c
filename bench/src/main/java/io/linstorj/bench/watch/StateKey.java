package io.linstorj.bench.watch;

/**
 * One disk state of one volume: what a {@code VlmDiskState} event says, and what the controller
 * observed from the satellite's report. Names as the controller sends them.
 *
 * @param nodeName the node the volume is on
 * @param resourceName its resource
 * @param volumeNumber its number
 * @param diskState the disk state reached, e.g. {@code UpToDate}, {@code Diskless}
 */
public record StateKey(String nodeName, String resourceName, int volumeNumber, String diskState) {}
