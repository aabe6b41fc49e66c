/**
 * The EMULATED DRBD driver for machines without a DRBD 9 kernel module: the same states as the
 * real driver, simulated; no device is created and no data is replicated.
 */
package io.linstorj.satellite.drbd.emulated;
