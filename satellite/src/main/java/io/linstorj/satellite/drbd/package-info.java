/**
 * The DRBD layer of the satellite: the desired configuration of a resource as the local node
 * sees it ({@link io.linstorj.satellite.drbd.DrbdResource}), its DRBD 9 configuration file
 * ({@link io.linstorj.satellite.drbd.ResFileRenderer}, {@link io.linstorj.satellite.drbd.ResFileWriter}),
 * the observed states ({@link io.linstorj.satellite.drbd.DrbdResourceState}) and the driver seam
 * ({@link io.linstorj.satellite.drbd.DrbdDriver}) with its real ({@code kernel}) and emulated
 * ({@code emulated}) implementations, chosen by {@link io.linstorj.satellite.drbd.DrbdDriverSelector}.
 */
package io.linstorj.satellite.drbd;
