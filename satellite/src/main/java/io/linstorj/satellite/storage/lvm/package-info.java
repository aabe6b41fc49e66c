/**
 * The LVM provider (thick and thin): the lvm commands it runs, and parsers for the output of
 * {@code vgs} and {@code lvs}.
 */
package io.linstorj.satellite.storage.lvm;
