/**
 * The DRBD driver for machines with the DRBD 9 kernel module: drbd-utils command lines, the
 * {@code drbdsetup events2} parser and the state tracker fed by it.
 */
package io.linstorj.satellite.drbd.kernel;
